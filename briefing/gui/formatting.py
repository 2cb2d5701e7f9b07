"""How dates and stored values read in the window: "3–5 June 2025", "Head of delegation"."""

from __future__ import annotations

import datetime as dt

from briefing.gui.language import current, tr

# After a day's number: Russian wants the genitive ("3 июня").
_MONTHS = (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"),
           tr("August"), tr("September"), tr("October"), tr("November"), tr("December"))


def _parse(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# The list's short forms: the first three letters would make "jui" of both juin and juillet.
_SHORT_MONTHS = (tr("Jan", "short month"), tr("Feb", "short month"), tr("Mar", "short month"),
                 tr("Apr", "short month"), tr("May", "short month"), tr("Jun", "short month"),
                 tr("Jul", "short month"), tr("Aug", "short month"), tr("Sep", "short month"),
                 tr("Oct", "short month"), tr("Nov", "short month"), tr("Dec", "short month"))


def _month(date: dt.date, short: bool) -> str:
    return (_SHORT_MONTHS if short else _MONTHS)[date.month - 1]


def format_date(value: str | None, short: bool = False) -> str:
    """An ISO date as "3 June 2025" ("3 Jun 2025" when short); other text as it is."""
    date = _parse(value)
    if date is None:
        return value or ""
    return f"{date.day} {_month(date, short)} {date.year}"


def date_range(start: str | None, end: str | None, short: bool = False) -> str:
    """Two ISO dates as one range: "3–5 June 2025", "30 June – 2 July 2025"; empty when both are missing."""
    first, last = _parse(start), _parse(end)
    if first is None or last is None or last < first:
        parts = [format_date(start, short), format_date(end, short)]
        if parts[0] and parts[1]:
            return f"{parts[0]} – {parts[1]}"
        if parts[1]:
            return tr("until {0}").format(parts[1])
        return parts[0]
    if first == last:
        return format_date(start, short)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_month(last, short)} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_month(first, short)} – {last.day} {_month(last, short)} {last.year}"
    return f"{format_date(start, short)} – {format_date(end, short)}"


def count_phrase(count: int, noun: str) -> str:
    """ "1 visit", "2 visits", "1,204 visits": `count` of a noun ("visit", "quote", …) in the window's language,
    in the plural form its grammar wants."""
    phrases = {
        "visit": lambda: tr("%Ln visit(s)", None, count),
        "quote": lambda: tr("%Ln quote(s)", None, count),
        "history note": lambda: tr("%Ln history note(s)", None, count),
        "problem": lambda: tr("%Ln problem(s)", None, count),
        "page": lambda: tr("%Ln page(s)", None, count),
        "participant link": lambda: tr("%Ln participant link(s)", None, count),
        "cooperation area": lambda: tr("%Ln cooperation area(s)", None, count),
        "agreement": lambda: tr("%Ln agreement(s)", None, count),
        "history entry": lambda: tr("%Ln history entry(s)", None, count),
        "talking point": lambda: tr("%Ln talking point(s)", None, count),
        "follow-up action": lambda: tr("%Ln follow-up action(s)", None, count),
        "copy": lambda: tr("%Ln copy(s)", None, count),
    }
    if current() != "en":
        return phrases[noun]()
    plural = {"history entry": "history entries", "copy": "copies"}.get(noun, noun + "s")
    return f"{count:,} {noun if count == 1 else plural}"


def size_phrase(size: int) -> str:
    """ "640 KB", "8.5 MB", "85 MB", "1.4 GB", "5 GB" (in units of 1024)."""
    for unit, scale in ((tr("{0} GB"), 1024 ** 3), (tr("{0} MB"), 1024 ** 2)):
        if size >= scale:
            value = size / scale
            return unit.format(f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}")
    return tr("{0} KB").format(-(-size // 1024))


def join_phrases(phrases: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + tr(" and ") + phrases[-1]


def first_line(text: str, limit: int = 160) -> str:
    """The first line of a text, cut with an ellipsis past `limit` characters."""
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
