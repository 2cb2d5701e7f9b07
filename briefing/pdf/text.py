"""Plain-text helpers for the PDF: escaping, dates, subject line, reference and file name.

Nothing here touches reportlab; every function takes strings or dicts and returns strings.
"""

import datetime
import re
from xml.sax.saxutils import escape

from briefing.countries import code_for_name
from briefing.vocabulary import VISIT_TYPE_LABELS, label

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def clean(value: object) -> str:
    """The value as stripped text; None becomes the empty string."""
    if value is None:
        return ""
    return str(value).strip()


def esc(value: object) -> str:
    """User text made safe for Paragraph markup; line breaks are kept."""
    return escape(clean(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def paragraphs(value: object) -> list[str]:
    """User text split into paragraphs at blank lines, each escaped for Paragraph markup."""
    blocks = re.split(r"\n\s*\n", clean(value).replace("\r\n", "\n"))
    return [esc(block) for block in blocks if block.strip()]


def parse_iso(value: object) -> datetime.date | None:
    """A date from an ISO "YYYY-MM-DD" string, or None when absent or malformed."""
    try:
        return datetime.date.fromisoformat(clean(value)[:10])
    except ValueError:
        return None


def format_date(day: datetime.date) -> str:
    """A date as a briefing prints it: "3 June 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_iso(value: object) -> str:
    """An ISO date string as "3 June 2025"; malformed text is returned as it is."""
    day = parse_iso(value)
    return format_date(day) if day else clean(value)


def format_date_range(start: object, end: object) -> str:
    """Two ISO dates as "3–5 June 2025", "30 June – 2 July 2025" or "30 December 2025 – 2 January 2026"."""
    first, last = parse_iso(start), parse_iso(end)
    if first is None and last is None:
        return clean(start) or clean(end)
    if first is None:
        return f"until {format_date(last)}"
    if last is None or last <= first:
        return format_date(first)
    if first.year != last.year:
        return f"{format_date(first)} – {format_date(last)}"
    if first.month != last.month:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_date(last)}"
    return f"{first.day}–{last.day} {_MONTHS[last.month - 1]} {last.year}"


def _partial_parts(value: object) -> tuple[int, int, int] | None:
    match = _PARTIAL_DATE.match(clean(value))
    if not match:
        return None
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if not 0 <= month <= 12 or not 0 <= day <= 31 or (day and not month):
        return None
    return year, month, day


def format_partial_date(value: object) -> str:
    """A "YYYY", "YYYY-MM" or "YYYY-MM-DD" date as "2019", "March 2019" or "12 March 2019"."""
    parts = _partial_parts(value)
    if parts is None:
        return clean(value)
    year, month, day = parts
    if not month:
        return str(year)
    if not day:
        return f"{_MONTHS[month - 1]} {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def partial_date_key(value: object) -> tuple[int, int, int, int]:
    """A sort key putting dated entries earliest first (year before its months) and undated last."""
    parts = _partial_parts(value)
    if parts is None:
        return (1, 0, 0, 0)
    return (0, *parts)


def safe_link(value: object) -> str | None:
    """The value when it is an http(s) address, else None."""
    text = clean(value)
    match = _SCHEME.match(text)
    if match and match.group(1).lower() in ("http", "https") and text[match.end():].startswith("//"):
        return text
    return None


def printable_source(value: object) -> tuple[str, str | None] | None:
    """The source as (text, link): http(s) addresses become links, prose stays text.

    Any other address (javascript:, file:, data:, mailto: ...) is left out: None.
    """
    text = clean(value)
    if not text:
        return None
    link = safe_link(text)
    if link:
        return text, link
    if _SCHEME.match(text) and not any(character.isspace() for character in text):
        return None
    return text, None


def place(document: dict) -> str:
    """The city and host country, "Astana, Kazakhstan", as far as they are known.

    A ministerial meeting is often held in a third country ("New York"), so its city
    stands alone when there is one.
    """
    city, host = clean(document.get("city")), clean(document.get("host_country"))
    if city and clean(document.get("visit_type")) == "meeting":
        return city
    return ", ".join(part for part in (city, host) if part)


def visit_type_label(value: object) -> str:
    """The visit type as printed; the form's hint "(not a visit)" is left to the form."""
    if clean(value) == "meeting":
        return "Ministerial meeting"
    return label(VISIT_TYPE_LABELS, clean(value))


def dates(document: dict) -> str:
    """The visit's date range, formatted."""
    return format_date_range(document.get("start_date"), document.get("end_date"))


def heads_of_delegation(document: dict, side: str) -> list[dict]:
    """The participants of one side marked head of delegation, in document order."""
    return [
        person for person in document.get("participants") or []
        if clean(person.get("side")) == side and clean(person.get("role")) == "head of delegation"
    ]


def visitor_phrase(document: dict) -> str:
    """Who visits: the guest head of delegation's title with the country, or the delegation."""
    guest = clean(document.get("guest_country"))
    heads = heads_of_delegation(document, "guest")
    title = clean(heads[0].get("title")) if heads else ""
    if title:
        if title[:1].isupper() and not title.lower().startswith("the "):
            title = f"the {title}"
        if guest and guest.casefold() not in title.casefold():
            title = f"{title} of {guest}"
        return title
    return f"the delegation of {guest}" if guest else ""


def subject_line(document: dict) -> str:
    """ "Visit of <guest head of delegation's title, or guest country> to <host>, <dates>".

    A ministerial meeting reads "Meeting with <guest ...>, <place>, <dates>" instead.
    """
    visitor = visitor_phrase(document)
    host = clean(document.get("host_country"))
    if not visitor and not host:
        subject = clean(document.get("title"))
    elif clean(document.get("visit_type")) == "meeting":
        where = place(document)
        subject = "Meeting" + (f" with {visitor}" if visitor else "") + (f", {where}" if where else "")
    else:
        subject = "Visit" + (f" of {visitor}" if visitor else "") + (f" to {host}" if host else "")
    when = dates(document)
    return f"{subject}, {when}" if subject and when else subject or when


def derived_reference(document: dict) -> str:
    """A stable reference from the visit: "BRF-<start date>-<guest code>-<host code>".

    Parts that are unknown are left out; with no date the first eight characters of the
    uuid take its place so that undated visits still differ.
    """
    start = parse_iso(document.get("start_date"))
    codes = [code_for_name(clean(document.get(key))) for key in ("guest_country", "host_country")]
    parts = ["BRF"]
    if start:
        parts.append(start.isoformat())
    else:
        uuid = re.sub(r"[^0-9A-Za-z]", "", clean(document.get("uuid")))[:8].upper()
        if uuid:
            parts.append(uuid)
    parts.extend(code for code in codes if code)
    return "-".join(parts)


def suggested_file_name(document: dict) -> str:
    """A file name such as "2025-06-03 Burkina Faso – Kazakhstan briefing.pdf" (guest – host)."""
    start = parse_iso(document.get("start_date"))
    countries = " – ".join(
        name for name in (clean(document.get("guest_country")), clean(document.get("host_country"))) if name
    )
    topic = countries or clean(document.get("title"))
    stem = " ".join(part for part in (start.isoformat() if start else "", topic, "briefing") if part)
    stem = " ".join(_UNSAFE_FILE_CHARS.sub(" ", stem).split()).strip(". ")
    return f"{stem[:150].rstrip()}.pdf"
