"""The record's prose and labels: title, visit type, status, significance, history, summary."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from briefing.extract.dates import find_mentions, is_backdrop
from briefing.extract.text import Article, Sentence, is_speech
from briefing.vocabulary import VISIT_TYPE_LABELS

DATA = Path(__file__).parent / "data"
_DATE_PREFIX = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\s*")
_VISIT_TYPE = re.compile(r"\b(state|official|working|private)\s+visit\b(?!s)", re.IGNORECASE)
_VISIT_WORD = re.compile(r"\b(?:[Vv]isit(?:ed|ing)?\b(?!s)|[Tt]rip\b|[Tt]our\b"
                         r"|(?:arrived|arrives|landed|reached|came)\s+(?:in\s+|to\s+|at\s+)?(?:the\s+)?[A-Z])")
_COMPLETED = re.compile(
    r"\b(?:returned|concluded|wrapped up|ended|completed)\s+(?:\S+\s+){0,6}?(?:visit|trip|tour)\b"
    r"|\breturned (?:home|to)\b|\bat the end of (?:a|an|his|her|the|their)\b[^.]{0,40}\bvisit\b|\bleft for home\b",
    re.IGNORECASE)
_SIGNIFICANCE = re.compile(
    r"\bfirst(?:-ever| ever)? (?:\w+ ){0,2}visit\b|\bfor the first time\b|\bhistoric\b|\bmilestone\b|\blandmark\b"
    r"|\bimportant step\b|\bnew (?:stage|chapter|horizons|page)\b|\bhad (?:ever )?visited\b[^.]{0,80}\bbefore\b"
    r"|\bnever before\b|\banniversary of (?:the establishment of )?diplomatic relations\b", re.IGNORECASE)
_HISTORY_HINT = re.compile(r"\b(?:in recent years|previous(?:ly)?|earlier visit|last visited|dated|signed on)\b",
                           re.IGNORECASE)
# Page furniture above a headline: breadcrumbs, bylines, release numbers.
_NAVIGATION = re.compile(r"\s[>\u00bb|]\s|^(?:source|by|home|news|press release|press statement|release)\b.{0,25}$"
                         r"|^(?:source|by)\s*:", re.IGNORECASE)
_SLUG_NOISE = re.compile(r"^(?:[a-z]*\d[a-z\d]*|articleshow|html?|php|aspx?|index|news|en)$", re.IGNORECASE)


def headline(article: Article) -> tuple[int, int] | None:
    """The span of the article's headline when its first lines have one."""
    for start, end in article.lines[:4]:
        prefix = _DATE_PREFIX.match(article.norm, start, end)
        if prefix:
            start = prefix.end()
        text = article.norm[start:end].strip()
        if not text or _is_date_line(text) or _NAVIGATION.search(text) or len(text.split()) < 3:
            continue
        if len(text.split()) <= 30 and not text.endswith((".", "!", "?", ":", ",")):
            offset = article.norm.index(text, start)
            return offset, offset + len(text)
        return None
    return None


def _is_date_line(text: str) -> bool:
    mentions = [m for m in find_mentions(text) if m.kind in ("date", "range")]
    return bool(mentions) and len(text) <= 60


def title_from_url(url: str | None) -> str | None:
    """A readable title from the last words-like part of a URL ("nz-samoa-renew-statement")."""
    if not url or "://" not in url:
        return None
    path = unquote(urlparse(url).path)
    for segment in reversed([s for s in re.split(r"[/:]", path) if s]):
        words = [w for w in re.split(r"[-_\s]+", re.sub(r"\.\w+$", "", segment)) if w and not _SLUG_NOISE.match(w)]
        if len(words) >= 3:
            text = " ".join(words)
            return text[:1].upper() + text[1:]
    return None


def visit_type(article: Article, skip: set[int]) -> tuple[str | None, tuple[int, int] | None]:
    """state/official/working/private when the text says so; 'meeting' when it never speaks of a visit."""
    sentences = [s for s in article.sentences if s.start not in skip]
    for sentence in sentences:
        match = _VISIT_TYPE.search(sentence.text)
        if match:
            return match.group(1).lower(), (sentence.at(match.start()), sentence.at(match.end()))
    if any(_VISIT_WORD.search(s.text) for s in sentences):
        return None, None
    return "meeting", None


def status(article: Article, skip: set[int]) -> tuple[str | None, tuple[int, int] | None]:
    """'completed' when the text reports the visit as over."""
    for sentence in article.sentences:
        match = _COMPLETED.search(sentence.text)
        if match and sentence.start not in skip and not is_speech(sentence, article.norm):
            return "completed", (sentence.at(match.start()), sentence.at(match.end()))
    return None, None


def significance(article: Article) -> tuple[str, tuple[int, int]] | None:
    """The sentence that says why the visit matters (a first visit, a milestone)."""
    for sentence in article.sentences:
        if _SIGNIFICANCE.search(sentence.text) and not is_speech(sentence, article.norm):
            return article.clean(sentence.start, sentence.end), (sentence.start, sentence.end)
    return None


def history(article: Article, reference_year: int | None, visit_start: dt.date | None,
            date_lines: set[int]) -> list[tuple[str | None, str, Sentence]]:
    """Earlier events the text recalls: (date as YYYY[-MM[-DD]] or None, text, sentence)."""
    entries = []
    for sentence in article.sentences:
        if is_speech(sentence, article.norm) or sentence.line in date_lines:
            continue
        earlier = _earlier_date(sentence, reference_year, visit_start)
        if earlier or is_backdrop(sentence.text, reference_year) or _HISTORY_HINT.search(sentence.text):
            entries.append((earlier, article.clean(sentence.start, sentence.end), sentence))
    return entries[:6]


def _earlier_date(sentence: Sentence, reference_year: int | None, visit_start: dt.date | None) -> str | None:
    for mention in find_mentions(sentence.text):
        if mention.year is None or mention.kind == "range":
            continue
        if mention.kind == "date":
            when = dt.date(mention.year, mention.month, mention.day) if _valid(mention) else None
            if when and ((visit_start and when < visit_start) or (reference_year and mention.year < reference_year)):
                return when.isoformat()
        elif reference_year and mention.year < reference_year:
            return f"{mention.year}-{mention.month:02d}" if mention.month else str(mention.year)
    return None


def _valid(mention) -> bool:
    try:
        dt.date(mention.year, mention.month, mention.day)
    except ValueError:
        return False
    return True


def format_span(start: dt.date | None, end: dt.date | None,
                partial: tuple[tuple[int, int] | None, tuple[int, int] | None]) -> str:
    """'3-5 June 2025', 'from 8 February 2024', or '3-5 June (year not stated)'."""
    if start and end:
        if start == end:
            return _day(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}\u2013{end.day} {start:%B %Y}"
        return f"{_day(start)} \u2013 {_day(end)}"
    if start:
        return f"starting {_day(start)}"
    if end:
        return f"ending {_day(end)}"
    first, last = partial
    if first or last:
        names = [dt.date(2000, m, 1).strftime("%B") for m, _ in filter(None, (first, last))]
        days = [d for _, d in filter(None, (first, last))]
        if first and last and first != last:
            return f"{days[0]} {names[0]} \u2013 {days[1]} {names[1]} (year not stated)"
        return f"{days[0]} {names[0]} (year not stated)"
    return ""


def _day(when: dt.date) -> str:
    return f"{when.day} {when:%B %Y}"


@cache
def _templates(language: str) -> dict[str, str]:
    with open(DATA / language / "summary.json", encoding="utf-8") as file:
        return json.load(file)


def local_summary(document: dict, language: str) -> str:
    """The summary in the release's language (French, Russian), from that language's summary.json: the
    countries and visit type in its words, dates in its form, names and titles as the release wrote them."""
    from briefing.notes import note_text

    words, say = note_text(language), _templates(language)
    guests = [p for p in document["participants"] if p["side"] == "guest"]
    hosts = [p for p in document["participants"] if p["side"] == "host"]
    host, guest = words.country(document["host_country"]), words.country(document["guest_country"])
    city, kind = document["city"], document["visit_type"]
    when = words.date_range(document["start_date"], document["end_date"])
    where = say["where_city"].format(country=host, city=city) if host and city else (host or city or "")
    visitor = _person(guests[0]) if guests else (say["delegation_of"].format(country=guest) if guest
                                                 else say["delegation"])
    if kind == "meeting":
        other = _person(hosts[0]) if hosts else host
        lead = say["lead_meeting" if other else "lead_meeting_alone"].format(where=where, visitor=visitor, other=other)
    else:
        label = words.vocabulary("visit_type", kind) if kind else say["visit"]
        lead = say["lead"].format(label=label, visitor=visitor, where=where) if where else \
            say["lead_no_place"].format(label=label, visitor=visitor)
    # A date may end in an abbreviation's full stop ("2025 г."): the sentence then has no second one.
    parts = [(lead + (say["when"].format(dates=when) if when else "")).removesuffix(".") + "."]
    others = hosts[1:] if kind == "meeting" else hosts
    if others:
        parts.append(say["talks_with"].format(people=_join([_person(p) for p in others], say["and"])))
    if document["agreements"]:
        titles = [a["title"] for a in document["agreements"]]
        parts.append(say["signed"].format(titles=_join(titles, say["and"])) if len(titles) <= 3 else
                     say["signed_many"].format(count=len(titles), titles=_join(titles[:2], say["and"])))
    if document["cooperation_areas"]:
        parts.append(say["topics"].format(topics=", ".join(a["topic"] for a in document["cooperation_areas"][:8])))
    return " ".join(parts)


def local_composed_title(document: dict, language: str) -> str:
    """A title made from the record in the release's language (French, Russian) when the text has none."""
    from briefing.notes import note_text

    words, say = note_text(language), _templates(language)
    guests = [p["name"] for p in document["participants"] if p["side"] == "guest"]
    hosts = [p["name"] for p in document["participants"] if p["side"] == "host"]
    host, guest = words.country(document["host_country"]), words.country(document["guest_country"])
    kind = document["visit_type"]
    if kind == "meeting":
        sides = [s for s in (guests[0] if guests else guest, hosts[0] if hosts else host) if s]
        return say["title_meeting"].format(sides=say["and"].join(sides)) if sides else say["meeting"]
    label = words.vocabulary("visit_type", kind) if kind else say["visit"]
    visitor = guests[0] if guests else (say["delegation_of_title"].format(country=guest) if guest else "")
    if visitor and host:
        return say["title"].format(label=label, visitor=visitor, host=host)
    return " — ".join(filter(None, [label, visitor, host]))


def summary(document: dict, partial: tuple[tuple[int, int] | None, tuple[int, int] | None]) -> str:
    """A few factual sentences composed from the extracted record (an English release)."""
    guests = [p for p in document["participants"] if p["side"] == "guest"]
    hosts = [p for p in document["participants"] if p["side"] == "host"]
    host, guest, city = document["host_country"], document["guest_country"], document["city"]
    kind = document["visit_type"]
    when = format_span(_date(document["start_date"]), _date(document["end_date"]), partial)
    where = f"{host} ({city})" if host and city else (host or city or "")
    visitor = _person(guests[0]) if guests else (f"a delegation of {guest}" if guest else "a delegation")
    if kind == "meeting":
        lead = f"Meeting in {where} between {visitor}"
        lead += f" and {_person(hosts[0])}" if hosts else f" and {host}" if host else ""
    else:
        label = VISIT_TYPE_LABELS.get(kind, "Visit") if kind else "Visit"
        lead = f"{label} of {visitor} to {where}" if where else f"{label} of {visitor}"
    parts = [lead + (f", {when}" if when else "") + "."]
    others = hosts[1:] if kind == "meeting" else hosts
    if others:
        parts.append("Talks with " + _join([_person(p) for p in others]) + ".")
    if document["agreements"]:
        titles = [a["title"] for a in document["agreements"]]
        parts.append(f"Signed: {_join(titles)}." if len(titles) <= 3 else
                     f"Signed {len(titles)} documents, including {_join(titles[:2])}.")
    if document["cooperation_areas"]:
        parts.append("Topics: " + ", ".join(a["topic"] for a in document["cooperation_areas"][:8]) + ".")
    return " ".join(parts)


def composed_title(document: dict) -> str:
    """A title made from the record when the text has none: 'Official visit of X to Japan'."""
    guests = [p["name"] for p in document["participants"] if p["side"] == "guest"]
    hosts = [p["name"] for p in document["participants"] if p["side"] == "host"]
    host, guest, kind = document["host_country"], document["guest_country"], document["visit_type"]
    if kind == "meeting":
        sides = [s for s in (guests[0] if guests else guest, hosts[0] if hosts else host) if s]
        return "Meeting of " + " and ".join(sides) if sides else "Meeting"
    label = VISIT_TYPE_LABELS.get(kind, "Visit") if kind else "Visit"
    visitor = guests[0] if guests else (f"the {guest} delegation" if guest else "")
    return " ".join(filter(None, [label, f"of {visitor}" if visitor else "", f"to {host}" if host else ""]))


def _person(participant: dict) -> str:
    return f"{participant['name']} ({participant['title']})" if participant.get("title") else participant["name"]


def _join(items: list[str], last: str = " and ") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
