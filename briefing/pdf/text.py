"""Plain-text helpers for the PDF: escaping, dates, subject line, reference and file name.

Nothing here touches reportlab; every function takes strings or dicts and returns strings.
"""

import datetime
import re
from xml.sax.saxutils import escape

from briefing.countries import code_for_name
from briefing.notes import NoteText, note_text

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


def format_date(day: datetime.date, words: NoteText | None = None) -> str:
    """A date as a briefing prints it: "3 June 2025" ("3 juin 2025" in French words)."""
    return (words or note_text()).date(day)


def format_iso(value: object, words: NoteText | None = None) -> str:
    """An ISO date string as "3 June 2025"; malformed text is returned as it is."""
    return (words or note_text()).iso_date(value)


def format_date_range(start: object, end: object, words: NoteText | None = None) -> str:
    """Two ISO dates as "3–5 June 2025", "30 June – 2 July 2025" or "30 December 2025 – 2 January 2026"."""
    return (words or note_text()).date_range(start, end)


def _partial_parts(value: object) -> tuple[int, int, int] | None:
    match = _PARTIAL_DATE.match(clean(value))
    if not match:
        return None
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if not 0 <= month <= 12 or not 0 <= day <= 31 or (day and not month):
        return None
    return year, month, day


def format_partial_date(value: object, words: NoteText | None = None) -> str:
    """A "YYYY", "YYYY-MM" or "YYYY-MM-DD" date as "2019", "March 2019" or "12 March 2019"."""
    return (words or note_text()).partial_date(value)


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


def place(document: dict, words: NoteText | None = None) -> str:
    """The city and host country, "Astana, Kazakhstan", as far as they are known (the country in `words`'
    language, the city as typed).

    A ministerial meeting is often held in a third country ("New York"), so its city
    stands alone when there is one.
    """
    words = words or note_text()
    city, host = clean(document.get("city")), words.country(clean(document.get("host_country")))
    if city and clean(document.get("visit_type")) == "meeting":
        return city
    return ", ".join(part for part in (city, host) if part)


def visit_type_label(value: object, words: NoteText | None = None) -> str:
    """The visit type as printed; the form's hint "(not a visit)" is left to the form."""
    words = words or note_text()
    if clean(value) == "meeting":
        return words["facts.meeting"]
    return words.vocabulary("visit_type", clean(value))


def dates(document: dict, words: NoteText | None = None) -> str:
    """The visit's date range, formatted."""
    return format_date_range(document.get("start_date"), document.get("end_date"), words)


def heads_of_delegation(document: dict, side: str) -> list[dict]:
    """The participants of one side marked head of delegation, in document order."""
    return [
        person for person in document.get("participants") or []
        if clean(person.get("side")) == side and clean(person.get("role")) == "head of delegation"
    ]


def visitor_phrase(document: dict) -> str:
    """Who visits, in English: the guest head of delegation's title with the country, or the delegation."""
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


def countries_phrase(document: dict, words: NoteText | None = None) -> str:
    """The two countries, guest first: "Burkina Faso – Kazakhstan" (in `words`' language)."""
    words = words or note_text()
    return " – ".join(name for name in (words.country(clean(document.get(key)))
                                        for key in ("guest_country", "host_country")) if name)


def visitor(document: dict, words: NoteText) -> str:
    """Who visits as the language's phrases name them: the English phrase, or the two countries in
    languages whose grammar would decline a country's name."""
    return visitor_phrase(document) if words["subject.visitor"] == "english" else countries_phrase(document, words)


def subject_line(document: dict, words: NoteText | None = None) -> str:
    """ "Visit of <guest head of delegation's title, or guest country> to <host>, <dates>"; in French
    "Visite de travail : Burkina Faso – Kazakhstan, 3–5 juin 2025".

    A ministerial meeting reads "Meeting with <guest ...>, <place>, <dates>" instead.
    """
    words = words or note_text()
    who = visitor(document, words)
    host = words.country(clean(document.get("host_country")))
    if not who and not host:
        subject = clean(document.get("title"))
    elif clean(document.get("visit_type")) == "meeting":
        where = place(document, words)
        subject = (words["subject.meeting"] + (words["subject.meeting_visitor"].format(visitor=who) if who else "")
                   + (words["subject.meeting_place"].format(place=where) if where else ""))
    else:
        kind = visit_type_label(document.get("visit_type"), words) or words["dossier.visit"]
        subject = (words["subject.visit"].format(kind=kind)
                   + (words["subject.visit_visitor"].format(visitor=who) if who else "")
                   + (words["subject.visit_host"].format(host=host) if host else ""))
    when = dates(document, words)
    return words["subject.dates"].format(subject=subject, dates=when) if subject and when else subject or when


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


def safe_file_name(stem: str) -> str:
    """A file name's stem without the characters file systems refuse, at most 150 characters, with ".pdf"."""
    stem = " ".join(_UNSAFE_FILE_CHARS.sub(" ", stem).split()).strip(". ")
    return f"{stem[:150].rstrip()}.pdf"


def suggested_file_name(document: dict, words: NoteText | None = None) -> str:
    """A file name such as "2025-06-03 Burkina Faso – Kazakhstan briefing.pdf" (guest – host), in
    `words`' language: "… note d'information.pdf"."""
    words = words or note_text()
    start = parse_iso(document.get("start_date"))
    topic = countries_phrase(document, words) or clean(document.get("title"))
    return safe_file_name(" ".join(part for part in (start.isoformat() if start else "", topic,
                                                     words["document.file_name"]) if part))


def dossier_file_name(country_name: str, day: datetime.date, words: NoteText | None = None) -> str:
    """A dossier's file name: "2025-06-10 Kazakhstan country dossier.pdf", "… Казахстан страновое досье.pdf"."""
    words = words or note_text()
    return safe_file_name(words["dossier.file_name"].removesuffix(".pdf").format(
        date=day.isoformat(), country=words.country(country_name)))
