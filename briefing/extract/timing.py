"""Which dates are the visit's: its first and last day, and how sure the reader is of each.

Each date expression gets a role from the words around it: a start ("arrived ... on June 3",
"from July 28"), an end ("through June 5", "returned last night (30)", "closing ceremony"),
both (a range), or a plain event ("talks on February 13"). Dates of earlier documents
("dated", "anniversary of") and of other legs of a tour ("Guyana (April 21-23)") are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.extract.dates import (
    Anchor,
    DateMention,
    dateline_place,
    duration_days,
    find_mentions,
    in_dateline,
    local_anchor,
    resolve,
    sign_off_lines,
)
from briefing.extract.text import Article, is_speech

_START = re.compile(r"\b(?:arriv\w*|reach(?:ed|es)?|land(?:ed|s)?|came|comes|began|begun|begins|start(?:ed|s|ing)?"
                    r"|kick\w* off|open(?:ed|s)|commenc\w*)\b", re.IGNORECASE)
_END = re.compile(r"\b(?:conclud\w*|closing|close of|wrapped up|wraps up|ended|ends|end of|returned|returns|"
                  r"left|leaves|depart\w*|final day|last day)\b", re.IGNORECASE)
_JUST_BEFORE_START = re.compile(r"\b(?:from|starting|beginning)\s*$", re.IGNORECASE)
_JUST_BEFORE_END = re.compile(r"\b(?:through|until|till|to)\s*$", re.IGNORECASE)
_NOT_THE_VISIT = re.compile(r"\b(?:dated|anniversary of|since|established|founded)\b", re.IGNORECASE)
_LIST_LINK = re.compile(r"^\s*,?\s*(?:and|as well as)?\s*$")
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to)\b",
                     re.IGNORECASE)
_STARTED_NOW = re.compile(r"\b(?:has|have)\s+(?:started|begun|arrived|kicked off)\b|\b(?:arrives|begins|starts)\b",
                          re.IGNORECASE)
# How sure a date is: the text gives the year (3), a reference date gives it (2), or it is
# worked out from a weekday or a count of days (1).
_CONFIDENCE = {3: 0.95, 2: 0.85, 1: 0.6}


@dataclass(frozen=True)
class Dated:
    """A resolved date with where it comes from and how certain it is."""

    date: dt.date
    start: int
    end: int
    rank: int

    @property
    def confidence(self) -> float:
        """The reader's certainty, 0..1."""
        return _CONFIDENCE[self.rank]


@dataclass(frozen=True)
class VisitDates:
    """The visit's first and last day, with month/day kept when the year is unknown."""

    start: Dated | None
    end: Dated | None
    partial: tuple[tuple[int, int] | None, tuple[int, int] | None]


def visit_dates(article: Article, anchor: Anchor | None, is_elsewhere: Callable[[int], bool],
                is_host_place: Callable[[str], bool]) -> VisitDates:
    """The visit's dates; `is_elsewhere(offset)` tells a date of another leg of a tour."""
    starts: list[Dated] = []
    ends: list[Dated] = []
    events: list[Dated] = []
    partial_start = partial_end = partial_event = None
    # Date lines and tweet sign-offs date the writing, not the visit.
    skip = {s for _, s, _ in sign_off_lines(article)} | ({anchor.start} if anchor else set())
    for sentence in article.sentences:
        if is_speech(sentence, article.norm):
            continue
        mentions = [m for m in find_mentions(article.norm, sentence.start, sentence.end)
                    if m.kind in ("range", "date", "relative", "weekday") and m.start not in skip]
        excluded = False
        previous_end = sentence.start
        for mention in mentions:
            before = article.norm[previous_end:mention.start]
            excluded = bool(_NOT_THE_VISIT.search(before)) or (excluded and bool(_LIST_LINK.match(before)))
            window_start = previous_end
            previous_end = mention.end
            if excluded or is_elsewhere(mention.start) or in_dateline(article, mention):
                continue
            reference = local_anchor(article, mention.start, anchor)
            role = _role(article.norm[window_start:mention.start], article.norm[mention.end:sentence.end])
            rank = _rank(mention, reference)
            first = resolve(mention, reference, future=bool(_FUTURE.search(article.norm[sentence.start:mention.start])))
            if mention.kind == "range":
                last = resolve(mention, reference, second=True)
                if first and last:
                    starts.append(Dated(first, mention.start, mention.end, rank))
                    ends.append(Dated(last, mention.start, mention.end, rank))
                partial_start = partial_start or (mention.month, mention.day)
                partial_end = partial_end or (mention.end_month, mention.end_day)
                continue
            if first is None:
                if mention.kind == "date" and role == "start":
                    partial_start = partial_start or (mention.month, mention.day)
                elif mention.kind == "date" and role == "end":
                    partial_end = partial_end or (mention.month, mention.day)
                elif mention.kind == "date":
                    partial_event = partial_event or (mention.month, mention.day)
                continue
            dated = Dated(first, mention.start, mention.end, rank)
            {"start": starts, "end": ends}.get(role, events).append(dated)
    start, end = _choose(starts, ends, events)
    start, end = _started_now(article, anchor, start, end)
    if start is None and end is None:
        start, end = _filed_on_the_day(article, anchor, is_host_place)
    start, end = _apply_duration(article, start, end, is_host_place)
    if start and end and end.date < start.date:
        end = None
    if not (partial_start or partial_end):
        partial_start = partial_end = partial_event
    return VisitDates(start, end, (partial_start, partial_end))


def _role(before: str, after: str) -> str:
    if _JUST_BEFORE_START.search(before):
        return "start"
    if _JUST_BEFORE_END.search(before):
        return "end"
    last_start = max((m.end() for m in _START.finditer(before)), default=-1)
    last_end = max((m.end() for m in _END.finditer(before)), default=-1)
    if last_start >= 0 or last_end >= 0:
        return "start" if last_start > last_end else "end"
    if _END.search(after):
        return "end"
    if _START.search(after):
        return "start"
    return "event"


def _rank(mention: DateMention, reference: Anchor | None) -> int:
    if mention.kind in ("range", "date"):
        if mention.explicit_year:
            return 3
        return 2 if reference and reference.from_text else 1
    if mention.kind == "relative":
        return 2
    return 1


def _best(candidates: list[Dated]) -> Dated | None:
    return max(candidates, key=lambda d: (d.rank, -d.start), default=None)


def _choose(starts: list[Dated], ends: list[Dated], events: list[Dated]) -> tuple[Dated | None, Dated | None]:
    start, end = _best(starts), _best(ends)
    if start is None and end is None and events:
        top = max(e.rank for e in events)
        chosen = [e for e in events if e.rank == top]
        return min(chosen, key=lambda e: e.date), max(chosen, key=lambda e: e.date)
    return start, end


def _filed_on_the_day(article: Article, anchor: Anchor | None, is_host_place: Callable[[str], bool]
                      ) -> tuple[Dated | None, Dated | None]:
    """'ASTANA, 4 July 2024 - ... met ...': a report filed from the host's city dates its lead's meeting."""
    place = dateline_place(article, anchor.start) if anchor and anchor.date and anchor.date_line else None
    if not place or not is_host_place(place):
        return None, None
    lead = next((s for s in article.sentences if s.end > anchor.end + 1 and not is_speech(s, article.norm)), None)
    if lead is None:
        return None, None
    dated = Dated(anchor.date, anchor.start, anchor.end, 1)
    role = _role("", article.norm[max(anchor.end, lead.start):lead.end])
    return (None if role == "end" else dated), (None if role == "start" else dated)


def _started_now(article: Article, anchor: Anchor | None, start: Dated | None, end: Dated | None
                 ) -> tuple[Dated | None, Dated | None]:
    """'FM X has started a two-day visit' is dated by its own date line (or tweet sign-off)."""
    if start is not None:
        return start, end
    for sentence in article.sentences:
        match = _STARTED_NOW.search(sentence.text)
        if match and "visit" in sentence.text.lower() and not is_speech(sentence, article.norm):
            reference = local_anchor(article, sentence.start, anchor)
            if reference and reference.date and reference.from_text:
                return Dated(reference.date, sentence.at(match.start()), sentence.at(match.end()), 1), end
    return start, end


def _apply_duration(article: Article, start: Dated | None, end: Dated | None,
                    is_host_place: Callable[[str], bool]) -> tuple[Dated | None, Dated | None]:
    """'a three-day visit' gives the missing end (or start), unless it is a visit somewhere else."""
    if (start is None) == (end is None):
        return start, end
    for sentence in article.sentences:
        found = duration_days(sentence.text)
        if not found:
            continue
        days, first, last, after = found
        target = re.match(r"\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*)", after)
        if target and not is_host_place(target.group(1)):
            continue
        span = (sentence.at(first), sentence.at(last))
        if start and end is None:
            return start, Dated(start.date + dt.timedelta(days=days - 1), *span, 1)
        if end and start is None:
            return Dated(end.date - dt.timedelta(days=days - 1), *span, 1), end
    return start, end
