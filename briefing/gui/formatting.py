"""How dates and stored values read in the window: "3–5 June 2025", "Head of delegation"."""

from __future__ import annotations

import datetime as dt

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _parse(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _month(date: dt.date, short: bool) -> str:
    name = _MONTHS[date.month - 1]
    return name[:3] if short else name


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
            return f"until {parts[1]}"
        return parts[0]
    if first == last:
        return format_date(start, short)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_month(last, short)} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_month(first, short)} – {last.day} {_month(last, short)} {last.year}"
    return f"{format_date(start, short)} – {format_date(end, short)}"


def count_phrase(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 visit", "2 visits", "1,204 visits"."""
    return f"{count:,} {singular if count == 1 else (plural or singular + 's')}"


def size_phrase(size: int) -> str:
    """ "640 KB", "8.5 MB", "85 MB", "1.4 GB" (in units of 1024)."""
    for unit, scale in (("GB", 1024 ** 3), ("MB", 1024 ** 2)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{-(-size // 1024)} KB"


def join_phrases(phrases: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def first_line(text: str, limit: int = 160) -> str:
    """The first line of a text, cut with an ellipsis past `limit` characters."""
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
