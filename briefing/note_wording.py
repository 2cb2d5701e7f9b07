"""Every heading and label a briefing note or dossier prints, in one place for the PDF and the Word document.

The keys are what the renderers ask for; the texts are English. No Qt and no layout library here, so a
translation of the note replaces these texts without touching either renderer.
"""

# The note's body sections in print order, with the heading each prints (and a GUI's checkbox shows).
SECTION_HEADINGS: dict[str, str] = {
    "purpose": "Purpose",
    "summary": "Summary",
    "key_facts": "Key facts",
    "participants": "Participants",
    "cooperation": "Cooperation areas",
    "agreements": "Agreements",
    "background": "Background",
    "talking_points": "Key messages",
    "follow_ups": "Follow-up actions",
    "clearance": "Drafting and clearance",
}

NOTE_WORDS: dict[str, str] = {
    # Header block and page furniture.
    "note_kind": "BRIEFING NOTE",
    "note": "Briefing note",
    "dossier_kind": "COUNTRY DOSSIER",
    "dossier": "Country dossier",
    "to": "To",
    "from": "From",
    "date": "Date",
    "reference": "Reference",
    "subject": "Subject",
    "page_of": "Page {page} of {pages}",
    # Key facts.
    "dates": "Dates",
    "place": "Place",
    "visit_type": "Visit type",
    "level": "Level",
    "status": "Status",
    # Summary.
    "significance": "Significance.",
    "source": "Source:",
    # Participants.
    "guest_side": "guest delegation",
    "host_side": "host side",
    "other_participants": "Other participants",
    "head_of_delegation": "Head of delegation",
    "name": "Name",
    "title_and_organisation": "Title and organisation",
    # Cooperation areas, agreements, follow-ups.
    "area": "Area",
    "topic": "Topic",
    "notes": "Notes",
    "title": "Title",
    "kind": "Kind",
    "signed": "Signed",
    "signatories": "Signatories",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    # Background.
    "quotes": "Quotes",
    # Drafting and clearance.
    "prepared_by": "Prepared by",
    "cleared_by": "Cleared by",
    "approved_by": "Approved by",
    "telephone": "tel.",
    # The dossier.
    "dossier_line": "Bilateral visits, agreements and briefing notes",
    "contents": "Contents",
    "timeline": "Bilateral timeline",
    "visit_or_agreement": "Visit or agreement",
    "visits": "Visits",
    "agreements": "Agreements",
}


def word(key: str) -> str:
    """The printed text for `key` (a key of NOTE_WORDS)."""
    return NOTE_WORDS[key]


def page_of(page: int, pages: int) -> str:
    """ "Page 2 of 5"."""
    return NOTE_WORDS["page_of"].format(page=page, pages=pages)
