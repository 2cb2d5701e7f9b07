"""The closed lists a visit record draws from, with the labels users see.

Values are stored and exchanged as the lower-case strings below (the visit document
uses them as they are); labels are what forms, lists and the PDF show.
"""

VISIT_TYPES = ("state", "official", "working", "private", "meeting")
VISIT_TYPE_LABELS = {
    "state": "State visit",
    "official": "Official visit",
    "working": "Working visit",
    "private": "Private visit",
    "meeting": "Ministerial meeting (not a visit)",
}

LEVELS = (
    "head of state",
    "head of government",
    "deputy head of government",
    "foreign minister",
    "minister",
    "deputy minister",
    "parliamentary",
    "senior official",
    "other",
)
LEVEL_LABELS = {
    "head of state": "Head of state",
    "head of government": "Head of government",
    "deputy head of government": "Deputy head of government",
    "foreign minister": "Foreign minister",
    "minister": "Minister",
    "deputy minister": "Deputy minister",
    "parliamentary": "Parliamentary",
    "senior official": "Senior official",
    "other": "Other",
}

VISIT_STATUSES = ("planned", "under way", "completed")
VISIT_STATUS_LABELS = {"planned": "Planned", "under way": "Under way", "completed": "Completed"}

SIDES = ("host", "guest")
SIDE_LABELS = {"host": "Host", "guest": "Guest"}

ROLES = ("head of delegation", "member")
ROLE_LABELS = {"head of delegation": "Head of delegation", "member": "Member"}

AREA_CATEGORIES = (
    "political",
    "trade and economic",
    "cultural and humanitarian",
    "security and defence",
    "other",
)
AREA_CATEGORY_LABELS = {
    "political": "Political",
    "trade and economic": "Trade and economic",
    "cultural and humanitarian": "Cultural and humanitarian",
    "security and defence": "Security and defence",
    "other": "Other",
}

AGREEMENT_KINDS = (
    "memorandum of understanding",
    "agreement",
    "treaty",
    "protocol",
    "exchange of notes",
    "declaration",
    "joint statement",
    "roadmap",
    "other",
)
AGREEMENT_KIND_LABELS = {
    "memorandum of understanding": "Memorandum of understanding",
    "agreement": "Agreement",
    "treaty": "Treaty",
    "protocol": "Protocol",
    "exchange of notes": "Exchange of notes",
    "declaration": "Declaration",
    "joint statement": "Joint statement",
    "roadmap": "Roadmap / action plan",
    "other": "Other",
}

AGREEMENT_STATUSES = ("under negotiation", "to be signed", "signed", "in force")
AGREEMENT_STATUS_LABELS = {
    "under negotiation": "Under negotiation",
    "to be signed": "To be signed",
    "signed": "Signed",
    "in force": "In force",
}

FOLLOW_UP_STATUSES = ("open", "in progress", "done", "cancelled")
FOLLOW_UP_STATUS_LABELS = {
    "open": "Open",
    "in progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
}


def label(labels: dict[str, str], value: str | None) -> str:
    """The user-facing label for a stored value; empty for none, the value itself if unknown."""
    if not value:
        return ""
    return labels.get(value, value)
