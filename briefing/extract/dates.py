"""Date expressions in the text and the reference dates that give them a year.

Own regular expressions cover the forms press releases use ("3-5 June 2025", "June 3 through
June 5", "March 20, 2024", "on Friday", "last night (30)", "today"); nothing is parsed by a
general-purpose library, which keeps the reader fast and deterministic. Choosing which of
these dates are the visit's is the job of `visit_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.text import Article

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_RANGE_SEP = r"\s*(?:-|to|and|until|till|through)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(rf"\b(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<m1>{_MONTH}))?{_RANGE_SEP}(?P<d2>{_DAY})\s+"
                         rf"(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?!\d)")),
    ("range", re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_RANGE_SEP}(?:(?P<m2>{_MONTH})\s+)?"
                         rf"(?P<d2>{_DAY})(?![\d\w])(?:,?\s+(?P<y>{_YEAR})(?!\d))?")),
    ("date", re.compile(rf"\b(?P<y>{_YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})"
                        rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\d)")),
    ("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?![\d\w])"
                        rf"(?:,?\s+(?P<y>{_YEAR})(?!\d))?")),
    ("date", re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>{_YEAR})\b")),
    ("relative", re.compile(r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
                            r"|[Tt]his (?:morning|afternoon|evening))\b(?:\s*\((?P<d>[0-3]?\d)\))?")),
    ("weekday", re.compile(rf"\b(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ll]ate|[Ee]arly)\s+)?(?P<wd>{_WEEKDAY})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b")),
    ("month", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Oo]f)\s+(?P<y>{_YEAR})\b(?![-/]\d)")),
]
_DATE_PREFIX = re.compile(rf"^\s*date\s+(?P<iso>{_YEAR}-\d\d-\d\d)")
_URL_DATE = re.compile(rf"/(?P<y>{_YEAR})/(?P<m>[01]?\d)(?:/(?P<d>[0-3]?\d))?(?=/|$)|(?P<iso>{_YEAR}-\d\d-\d\d)")
_DATELINE_HEAD = re.compile(r"\W*[A-Z][\w'. ]{1,30},\s*")
_ANNIVERSARY = re.compile(r"\b(?P<n>\d+|" + "|".join(ORDINAL_WORDS) + r")(?:st|nd|rd|th)?\s+anniversary\s+of\b")
# A tweet's sign-off: "— Ministry of Foreign Affairs (@handle) March 20, 2024".
_SIGN_OFF = re.compile(r"\s*-\s+\S.{0,120}\)\s*(?=\S)")


@dataclass(frozen=True)
class DateMention:
    """A date expression with what it says; unresolved parts are None."""

    start: int
    end: int
    kind: str  # range, date, relative, weekday, month or year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None  # ranges only
    end_day: int | None = None
    word: str = ""  # the relative word or weekday, lower-case
    modifier: str = ""  # "last", "next" ... before a weekday

    @property
    def explicit_year(self) -> bool:
        """True when the text itself gives the year."""
        return self.year is not None


@dataclass(frozen=True)
class Anchor:
    """A reference date: a date line, a dated URL, a tweet sign-off, or a year inferred."""

    date: dt.date | None
    year: int | None
    start: int = -1
    end: int = -1
    from_text: bool = True  # False when only the caller's `today` gives the year
    date_line: bool = False  # True when a line of the article states it


def reference_year(article: Article, anchor: Anchor | None) -> int | None:
    """The year the article is written in, as far as the text shows: what is earlier is backdrop.

    That is the year of its date line or URL, else of the first full date it gives (a lead
    usually dates the visit before it recalls the past); never a year from the caller's `today`.
    """
    if anchor and anchor.from_text and anchor.year:
        return anchor.year
    return next((m.year for m in find_mentions(article.norm, article.body_start)
                 if m.kind in ("date", "range") and m.year), None)


def find_mentions(norm: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date expressions in norm[start:end], longest forms first, without overlaps."""
    end = len(norm) if end is None else end
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(norm, start, end):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            mention = _mention(kind, match)
            if mention:
                taken.append((match.start(), match.end()))
                found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _mention(kind: str, match: re.Match[str]) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    year = int(groups["y"]) if "y" in groups else None
    if kind == "range":
        d1, d2 = _day(groups["d1"]), _day(groups["d2"])
        m2 = MONTHS[_month_key(groups["m2"])] if "m2" in groups else None
        m1 = MONTHS[_month_key(groups["m1"])] if "m1" in groups else m2
        m2 = m2 or m1
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1, d1) >= (m2, d2):
            return None
        return DateMention(match.start(), match.end(), kind, year, m1, d1, m2, d2)
    if kind == "date":
        month = int(groups["mn"]) if "mn" in groups else MONTHS[_month_key(groups["m"])]
        day = _day(groups["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention(match.start(), match.end(), kind, year, month, day)
    if kind == "relative":
        day = int(groups["d"]) if "d" in groups else None
        return DateMention(match.start(), match.end(), kind, day=day, word=groups["rel"].lower())
    if kind == "weekday":
        return DateMention(match.start(), match.end(), kind, word=groups["wd"].lower(),
                           modifier=groups.get("mod", "").lower())
    if kind == "month":
        return DateMention(match.start(), match.end(), kind, year, MONTHS[_month_key(groups["m"])])
    return DateMention(match.start("y"), match.end("y"), kind, year)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_key(text: str) -> str:
    return text.rstrip(".").lower()


def sign_off_lines(article: Article) -> list[tuple[int, int, int]]:
    """(line index, date start, date end) for every tweet sign-off line that ends in a full date."""
    found = []
    for index, (start, end) in enumerate(article.lines):
        head = _SIGN_OFF.match(article.norm, start, end)
        if not head:
            continue
        dates = [m for m in find_mentions(article.norm, head.end(), end) if m.kind == "date" and m.year]
        if dates and not article.norm[dates[-1].end:end].strip():
            found.append((index, dates[-1].start, dates[-1].end))
    return found


def article_anchor(article: Article, today: dt.date | None = None) -> Anchor | None:
    """The article's own date (date line, then dated URL), else a year from context or `today`."""
    for start, end in article.lines[:8]:
        line = article.norm[start:end]
        prefix = _DATE_PREFIX.match(line)
        if prefix:
            when = dt.date.fromisoformat(prefix.group("iso"))
            return Anchor(when, when.year, start + prefix.start("iso"), start + prefix.end("iso"), date_line=True)
        short = len(" ".join(line.split())) <= 60 and not _SIGN_OFF.match(line)
        for mention in find_mentions(article.norm, start, end):
            when = resolve(mention, None)
            filed = _DATELINE_HEAD.fullmatch(article.norm, start, mention.start)  # "ABU DHABI, 27 November 2023"
            if mention.kind == "date" and mention.explicit_year and when and (short or filed):
                return Anchor(when, when.year, mention.start, mention.end, date_line=True)
    from_url = _url_anchor(article)
    if from_url and from_url.date:
        return from_url
    return from_url or _anniversary_anchor(article) or _sign_off_anchor(article) or (
        Anchor(today, today.year, from_text=False) if today else None)


def _url_anchor(article: Article) -> Anchor | None:
    if not article.source or not article.source_span:
        return None
    match = _URL_DATE.search(article.source)
    if not match:
        return None
    offset = article.source_span[0]
    span = (offset + match.start(), offset + match.end())
    try:
        if match.group("iso"):
            when = dt.date.fromisoformat(match.group("iso"))
            return Anchor(when, when.year, *span)
        year, month = int(match.group("y")), int(match.group("m"))
        if match.group("d"):
            return Anchor(dt.date(year, month, int(match.group("d"))), year, *span)
        dt.date(year, month, 1)
        return Anchor(None, year, *span)
    except ValueError:
        return None


def _anniversary_anchor(article: Article) -> Anchor | None:
    """'the first anniversary of ... 22 February 2022' puts the article in 2023."""
    for sentence in article.sentences:
        for match in _ANNIVERSARY.finditer(sentence.text):
            number = match.group("n")
            years = int(number) if number.isdigit() else ORDINAL_WORDS[number]
            later = find_mentions(article.norm, sentence.start + match.end(), sentence.end)
            dated = next((m for m in later if m.kind == "date" and m.year), None)
            if dated:
                return Anchor(None, dated.year + years, sentence.at(match.start()), dated.end)
    return None


def _sign_off_anchor(article: Article) -> Anchor | None:
    sign_offs = sign_off_lines(article)
    if not sign_offs:
        return None
    _, start, end = sign_offs[0]
    return Anchor(None, resolve(find_mentions(article.norm, start, end)[0], None).year, start, end)


def in_dateline(article: Article, mention: DateMention) -> bool:
    """True for a single date right after the city that opens a line ("Accra, July 29, GNA-")."""
    line_start = article.norm.rfind("\n", 0, mention.start) + 1
    return mention.kind == "date" and bool(_DATELINE_HEAD.fullmatch(article.norm, line_start, mention.start))


def dateline_place(article: Article, offset: int) -> str | None:
    """The place that opens the line of a date at `offset` ("ASTANA, 4 July 2024"), if the line starts so."""
    line_start = article.norm.rfind("\n", 0, offset) + 1
    head = _DATELINE_HEAD.fullmatch(article.norm, line_start, offset)
    return re.sub(r"^\W+|[\s,]+$", "", head.group()) if head else None


def local_anchor(article: Article, offset: int, anchor: Anchor | None) -> Anchor | None:
    """The anchor for a passage: the sign-off of the tweet it belongs to, else the article's."""
    line = next((i for i, (a, b) in enumerate(article.lines) if a <= offset <= b), None)
    for index, start, end in sign_off_lines(article):
        if line is not None and index - 2 <= line < index:
            when = resolve(find_mentions(article.norm, start, end)[0], None)
            return Anchor(when, when.year, start, end)
    return anchor


def resolve(mention: DateMention, anchor: Anchor | None, second: bool = False, future: bool = False
            ) -> dt.date | None:
    """The calendar date a mention gives (the range's last day when `second`), or None.

    A weekday is the last such day up to the reference date, or the next one when `future`.
    """
    if mention.kind in ("range", "date"):
        month, day = (mention.end_month, mention.end_day) if second else (mention.month, mention.day)
        return _dated(mention.year, month, day, anchor)
    if not anchor or not anchor.date or not anchor.from_text:
        return None  # "on Friday" needs the article's own date, not the day it is read
    if mention.kind == "relative":
        return _relative(mention, anchor.date)
    if mention.kind == "weekday":
        target = WEEKDAYS.index(mention.word)
        if mention.modifier == "next" or future:
            return anchor.date + dt.timedelta(days=(target - anchor.date.weekday()) % 7 or 7)
        return anchor.date - dt.timedelta(days=(anchor.date.weekday() - target) % 7)
    return None


def _dated(year: int | None, month: int, day: int, anchor: Anchor | None) -> dt.date | None:
    if year is not None:
        return _safe_date(year, month, day)
    if not anchor or anchor.year is None:
        return None
    if not anchor.date:
        return _safe_date(anchor.year, month, day)
    # Without a year the nearest such day to the reference date is meant (a January article
    # may speak of "December 28").
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - anchor.date).days), default=None)


def _relative(mention: DateMention, reference: dt.date) -> dt.date | None:
    if mention.day:  # "last night (30)": the latest such day number on or before the reference
        for back in range(0, 62):
            candidate = reference - dt.timedelta(days=back)
            if candidate.day == mention.day:
                return candidate
        return None
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(mention.word, 0)
    return reference + dt.timedelta(days=shift)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def duration_days(text: str) -> tuple[int, int, int, str] | None:
    """(days, start, end, what follows) for "a two-day visit"-like phrases in text, else None."""
    match = re.search(r"\b(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")[- ]day\b(?:\s+[\w-]+){0,2}?"
                      r"\s+(?:visit|trip|stay)\b(?P<after>.{0,60})", text, re.IGNORECASE)
    if not match:
        return None
    number = match.group("n").lower()
    days = int(number) if number.isdigit() else NUMBER_WORDS[number]
    return days, match.start(), match.end("n"), match.group("after")


_BACKDROP = re.compile(
    rf"^\W*(?:(?:In|Back in|During|Since|By)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?P<y>{_YEAR})\b"
    r"|In recent years|Last year|In the past|Previously|Earlier this year|Years ago)")
_DONE_RECENTLY = re.compile(r"\b(?:recently|previously|earlier)\W*$")  # "... were signed by Jordan and Iraq recently."


def is_backdrop(text: str, reference_year: int | None) -> bool:
    """True for a sentence about earlier events ("In October 2023 he travelled to ...").

    That is one opening with an earlier time, or one dated only in earlier years.
    """
    if _DONE_RECENTLY.search(text):
        return True
    match = _BACKDROP.match(text)
    if match:
        return match.group("y") is None or reference_year is None or int(match.group("y")) < reference_year
    if reference_year is None:
        return False
    mentions = find_mentions(text)
    earlier = any(m.year and m.year < reference_year and m.kind in ("date", "month", "year") for m in mentions)
    current = any(m.kind in ("range", "date", "relative", "weekday") and not (m.year and m.year < reference_year)
                  for m in mentions)
    return earlier and not current
