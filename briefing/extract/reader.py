"""Assemble the visit document from the rules, recording the evidence for each field."""

from __future__ import annotations

import datetime as dt
import re

from briefing.countries import name_for_code
from briefing.extract import lexical_reader
from briefing.extract.agreements import FoundAgreement, find_agreements
from briefing.extract.areas import Area, find_areas
from briefing.extract.cues import person_cues, visiting_countries
from briefing.extract.dates import (
    Anchor,
    article_anchor,
    find_mentions,
    is_backdrop,
    reference_year,
    resolve,
    sign_off_lines,
)
from briefing.extract.delegations import Participant, participants
from briefing.extract.gazetteer import city_countries, country_code
from briefing.extract.language import detect_language
from briefing.extract.model import Evidence, Extraction
from briefing.extract.names import name_key, same_person
from briefing.extract.narrative import (
    composed_title,
    headline,
    history,
    significance,
    status,
    summary,
    title_from_url,
    visit_type,
)
from briefing.extract.people import Person, find_people
from briefing.extract.places import (
    city_name,
    dateline,
    decide_sides,
    destinations,
    publisher_country,
    resolve_place,
    visit_city,
)
from briefing.extract.quotes import find_quotes
from briefing.extract.roles import level_for_title, organization_for_title
from briefing.extract.text import Article, Sentence
from briefing.extract.timing import VisitDates, visit_dates

_BEFORE_PARENTHESIS = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\(\s*$")


class _Evidence(dict):
    """Evidence by field path; a field without a passage gets none."""

    def note(self, path: str, span: tuple[int, int] | None, confidence: float) -> None:
        """Record where a field comes from, when there is a passage to show."""
        if span and span[1] > span[0]:
            self[path] = Evidence(span[0], span[1], round(confidence, 2))


def extract(text: str, today: dt.date | None = None, language: str | None = None) -> Extraction:
    """Read a press release into a visit document, with evidence offsets into `text`.

    The language ("en", "fr", "ru") is detected from the text unless given; French and Russian are read
    by the reader their data files describe, English by the rules of this module.
    """
    language = language or detect_language(text)
    if language != "en":
        return lexical_reader.read(text, language, today)
    article = Article(text)
    evidence = _Evidence()
    anchor = article_anchor(article, today)
    written_in = reference_year(article, anchor)
    backdrop = {s.start for s in article.sentences if is_backdrop(s.text, written_in)}
    head = headline(article)

    people = find_people(article)
    cues = person_cues(article, people, backdrop)
    places = destinations(article, backdrop)
    filed_from = dateline(article)
    sides = decide_sides(article, people, cues, visiting_countries(article, backdrop), places, filed_from, backdrop)
    host, guest = sides.host, sides.guest
    evidence.note("host_country", sides.host_span, sides.host_confidence)
    evidence.note("guest_country", sides.guest_span, sides.guest_confidence)
    city = visit_city(article, host, places, filed_from, backdrop)
    if city:
        evidence.note("city", (city.start, city.end), 0.8)

    taking_part = participants(people, cues, host, guest, publisher_country(article))
    dates = visit_dates(article, anchor, lambda offset: _elsewhere(article, offset, host),
                        lambda name: _is_host_place(name, host))
    for field, dated in (("start_date", dates.start), ("end_date", dates.end)):
        if dated:
            evidence.note(field, (dated.start, dated.end), dated.confidence)

    agreements = find_agreements(article, head, written_in)
    areas = find_areas(article, agreements, backdrop)
    kind, kind_span = visit_type(article, backdrop)
    evidence.note("visit_type", kind_span, 0.9)
    done, done_span = status(article, backdrop)
    evidence.note("status", done_span, 0.7)
    why = significance(article)
    if why:
        evidence.note("significance", why[1], 0.6)
    if article.source_span and _is_url(article.source):
        evidence.note("source", article.source_span, 1.0)

    document = {
        "title": _title(article, head, evidence),
        "host_country": name_for_code(host),
        "guest_country": name_for_code(guest),
        "city": city_name(article, city) if city else None,
        "start_date": dates.start.date.isoformat() if dates.start else None,
        "end_date": dates.end.date.isoformat() if dates.end else None,
        "visit_type": kind,
        "level": None,
        "status": done,
        "summary": "",
        "significance": why[0] if why else None,
        "source": article.source if _is_url(article.source) else None,
        "participants": _participants(taking_part, evidence),
        "cooperation_areas": _areas(areas, evidence),
        "agreements": _agreements(article, agreements, taking_part, anchor, document_dates=dates, evidence=evidence),
        "history": _history(article, written_in, dates.start.date if dates.start else None,
                            _date_lines(article, anchor), evidence),
        "quotes": _quotes(article, people, evidence),
        "talking_points": [],
        "follow_ups": [],
    }
    _level(document, taking_part, cues, evidence)
    document["summary"] = summary(document, dates.partial)
    document["title"] = document["title"] or composed_title(document)
    return Extraction(document, dict(evidence))


def _level(document: dict, taking_part: list[Participant], cues: dict, evidence: _Evidence) -> None:
    """The guest head's level; a counterpart holds the same office ("his Russian counterpart")."""
    head = next((p for p in taking_part if p.side == "guest" and p.role == "head of delegation"), None)
    if head is None:
        return
    for person in (head.person, cues[id(head.person)].counterpart_of):
        if person is not None and person.title:
            document["level"] = level_for_title(person.title)
            if person.title_span:
                evidence.note("level", person.title_span, 0.7)
            return


def _is_url(value: str | None) -> bool:
    return bool(value) and bool(re.match(r"(?:https?://|www\.)\S+$", value))


def _title(article: Article, head: tuple[int, int] | None, evidence: _Evidence) -> str:
    if head:
        evidence.note("title", head, 0.9)
        return article.clean(*head)
    from_url = title_from_url(article.source)
    if from_url:
        evidence.note("title", article.source_span, 0.5)
        return from_url
    return ""


def _elsewhere(article: Article, offset: int, host: str | None) -> bool:
    """True for a date written right after another country, as in 'Guyana (April 21-23)'."""
    before = _BEFORE_PARENTHESIS.search(article.norm[max(0, offset - 50):offset])
    if not before or host is None:
        return False
    place = resolve_place(article, offset - len(before.group(0)), before.group(1))
    return place is not None and place.code != host


def _is_host_place(name: str, host: str | None) -> bool:
    return host is not None and (country_code(name) == host or host in city_countries(name))


def _participants(taking_part: list[Participant], evidence: _Evidence) -> list[dict]:
    result = []
    for index, item in enumerate(taking_part):
        person = item.person
        first = person.first
        evidence.note(f"participants[{index}].name", (first.name_start, first.name_end), 0.85)
        evidence.note(f"participants[{index}].title", person.title_span, 0.8)
        evidence.note(f"participants[{index}].side", person.title_span or (first.name_start, first.name_end),
                      item.confidence)
        result.append({
            "name": person.name,
            "title": person.title,
            "side": item.side,
            "role": item.role,
            "organization": organization_for_title(person.title, name_for_code(person.country)),
        })
    return result


def _areas(areas: list[Area], evidence: _Evidence) -> list[dict]:
    result = []
    for index, area in enumerate(areas):
        evidence.note(f"cooperation_areas[{index}].topic", (area.start, area.end), area.confidence)
        result.append({"topic": area.topic, "category": area.category, "notes": area.notes})
    return result


def _agreements(article: Article, agreements: list[FoundAgreement], taking_part: list[Participant],
                anchor: Anchor | None, document_dates: VisitDates, evidence: _Evidence) -> list[dict]:
    result = []
    for index, agreement in enumerate(agreements):
        evidence.note(f"agreements[{index}].title", (agreement.start, agreement.end), agreement.confidence)
        evidence.note(f"agreements[{index}].kind", (agreement.start, agreement.end), agreement.confidence)
        signing = agreement.signing
        signatories = [p.person.name for p in taking_part
                       if any(m.sentence.start == signing.start for m in p.person.mentions)]
        result.append({
            "title": agreement.title,
            "kind": agreement.kind,
            "status": "signed",
            "signed_on": _signed_on(article, signing, anchor, document_dates),
            "signatories": signatories,
        })
    return result


def _signed_on(article: Article, signing: Sentence, anchor: Anchor | None, dates: VisitDates) -> str | None:
    """The date given where the signing is told, else the visit's day when it lasted one day."""
    for mention in find_mentions(article.norm, signing.start, signing.end):
        if mention.kind in ("date", "relative", "weekday"):
            when = resolve(mention, anchor)
            if when:
                return when.isoformat()
    if dates.start and dates.end and dates.start.date == dates.end.date:
        return dates.start.date.isoformat()
    return None


def _date_lines(article: Article, anchor: Anchor | None) -> set[int]:
    """Lines that date the article (a date line, tweet sign-offs) rather than tell of the past."""
    lines = {index for index, _, _ in sign_off_lines(article)}
    if anchor and anchor.date_line:
        lines |= {i for i, (start, end) in enumerate(article.lines) if start <= anchor.start <= end}
    return lines


def _history(article: Article, reference_year: int | None, visit_start: dt.date | None, date_lines: set[int],
             evidence: _Evidence) -> list[dict]:
    result = []
    for index, (when, text, sentence) in enumerate(history(article, reference_year, visit_start, date_lines)):
        evidence.note(f"history[{index}].text", (sentence.start, sentence.end), 0.5)
        result.append({"date": when, "text": text})
    return result


def _quotes(article: Article, people: list[Person], evidence: _Evidence) -> list[dict]:
    result = []
    for quote in find_quotes(article):
        key = name_key(quote.speaker or "")
        person = next((p for p in people if same_person(p.key, key)), None)
        index = len(result)
        evidence.note(f"quotes[{index}].text", (quote.start, quote.end), 0.8)
        evidence.note(f"quotes[{index}].speaker", quote.speaker_span, 0.7)
        result.append({"speaker": person.name if person else quote.speaker, "text": quote.text})
    return result
