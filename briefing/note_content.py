"""What each section of a briefing note and of a dossier says, as plain text in the note's language.

Every function takes the visit document (or the note's options) and the note's words
(`briefing.notes.note_text`) and returns strings, tuples and small records; an empty result means the
section has nothing to say. The PDF (briefing/pdf/) and the Word document (briefing/docx/) both draw
what these return, so the two say the same and differ only in how it is set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from briefing import vocabulary as v
from briefing.countries import code_for_name
from briefing.notes import NoteText
from briefing.pdf.options import NoteOptions
from briefing.pdf.text import (
    clean,
    dates,
    derived_reference,
    format_date,
    format_iso,
    format_partial_date,
    parse_iso,
    partial_date_key,
    place,
    printable_source,
    subject_line,
    visit_type_label,
    visitor,
)


def reference_for(document: dict, options: NoteOptions) -> str:
    """The reference printed on the note: the chosen one, else one derived from the visit."""
    return clean(options.reference) or derived_reference(document)


def author_for(options: NoteOptions) -> str:
    """The document's author: the organisation, else the sender or drafter."""
    return clean(options.organisation) or clean(options.sender) or clean(options.drafter)


def items(document: dict, key: str) -> list:
    """The non-empty entries of one of the document's lists."""
    return [item for item in document.get(key) or [] if item]


def plain_paragraphs(value: object) -> list[str]:
    """User text split into paragraphs at blank lines (line breaks inside a paragraph are kept)."""
    blocks = re.split(r"\n\s*\n", clean(value).replace("\r\n", "\n"))
    return [block.strip() for block in blocks if block.strip()]


def purpose(document: dict, words: NoteText) -> str:
    """One or two sentences: why the note exists and what it prepares the reader for."""
    who, where, when = visitor(document, words), place(document, words), dates(document, words)
    if not (who or where):
        return ""
    kind = clean(document.get("visit_type"))
    status = clean(document.get("status"))
    status = status if status in ("under way", "completed") else "planned"
    kinds = words.strings["purpose"].get("kinds_by_lead", {}).get(status) or words["purpose.kinds"]
    form = "meeting" if kind == "meeting" else "visit"
    sentence = words[f"purpose.{form}"].format(lead=words["purpose.lead"][status], kind=kinds.get(kind, kinds[""]))
    if who:
        sentence += words[f"purpose.{form}_visitor"].format(visitor=who)
    if where:
        sentence += words[f"purpose.{form}_place"].format(place=where)
    if when:
        sentence += words["purpose.dates"].format(dates=when)
    if not sentence.endswith(words["purpose.end"]):
        sentence += words["purpose.end"]
    agreements = items(document, "agreements")
    pending = sum(1 for item in agreements if clean(item.get("status")) == "to be signed")
    signed = sum(1 for item in agreements if clean(item.get("status")) in ("signed", "in force"))
    if pending and status != "completed":
        sentence += " " + words.counted("purpose.pending", pending)
    elif signed and status == "completed":
        sentence += " " + words.counted("purpose.signed", signed)
    return sentence


@dataclass(frozen=True)
class Summary:
    """The summary's paragraphs, the significance's, and the source as (text, link or None)."""

    paragraphs: list[str]
    significance: list[str]
    source: tuple[str, str | None] | None


def summary(document: dict) -> Summary:
    """The summary paragraphs, the significance and the printable source."""
    return Summary(plain_paragraphs(document.get("summary")), plain_paragraphs(document.get("significance")),
                   printable_source(document.get("source")))


def key_facts(document: dict, words: NoteText) -> list[tuple[str, str]]:
    """(label, value) for dates, place, visit type, level and status, as far as they are known."""
    facts = (
        (words["facts.dates"], dates(document, words)),
        (words["facts.place"], place(document, words)),
        (words["facts.visit_type"], visit_type_label(document.get("visit_type"), words)),
        (words["facts.level"], words.vocabulary("level", clean(document.get("level")))),
        (words["facts.status"], words.vocabulary("visit_status", clean(document.get("status")))),
    )
    return [(label, value) for label, value in facts if value]


@dataclass(frozen=True)
class Participant:
    """One line of a participants table."""

    name: str
    is_head: bool
    title: str
    organisation: str  # empty when the title already names it


@dataclass(frozen=True)
class ParticipantGroup:
    """One side's table: its caption and members, head of delegation first."""

    caption: str
    members: list[Participant]


def _side(person: dict) -> str:
    side = clean(person.get("side"))
    return side if side in ("guest", "host") else ""


def participant_groups(document: dict, words: NoteText) -> list[ParticipantGroup]:
    """One group per side, guests first, then anyone without a side."""
    people = [p for p in items(document, "participants") if clean(p.get("name")) or clean(p.get("title"))]
    groups = []
    for side in ("guest", "host", ""):
        members = [p for p in people if _side(p) == side]
        if not members:
            continue
        if side:
            country = words.country(clean(document.get(f"{side}_country")))
            caption = " — ".join(part for part in (country, words[f"participants.{side}"]) if part)
            caption = caption[:1].upper() + caption[1:]
        else:
            caption = words["participants.other"]
        members.sort(key=lambda person: clean(person.get("role")) != "head of delegation")
        rows = []
        for person in members:
            title, organisation = clean(person.get("title")), clean(person.get("organization"))
            if organisation.casefold() in title.casefold():
                organisation = ""
            rows.append(Participant(clean(person.get("name")), clean(person.get("role")) == "head of delegation",
                                    title, organisation))
        groups.append(ParticipantGroup(caption, rows))
    return groups


def area_groups(document: dict, words: NoteText) -> list[tuple[str, list[tuple[str, str]]]]:
    """(category label, [(topic, notes)]) in the vocabulary's order of categories."""
    order = {category: index for index, category in enumerate(v.AREA_CATEGORIES)}
    areas = [a for a in items(document, "cooperation_areas") if clean(a.get("topic")) or clean(a.get("notes"))]

    def category_of(area: dict) -> str:
        return clean(area.get("category")) or "other"

    areas.sort(key=lambda area: (order.get(category_of(area), len(order)), category_of(area)))
    return [
        (words.vocabulary("area_category", category),
         [(clean(area.get("topic")), clean(area.get("notes"))) for area in group])
        for category, group in groupby(areas, key=category_of)
    ]


def agreement_columns(document: dict) -> list[str]:
    """The agreement table's columns: title, kind and status, then date and signatories when any has one."""
    agreements = items(document, "agreements")
    if not agreements:
        return []
    columns = ["title", "kind", "status"]
    if any(clean(item.get("signed_on")) for item in agreements):
        columns.append("signed")
    if any(clean(name) for item in agreements for name in item.get("signatories") or []):
        columns.append("signatories")
    return columns


def agreement_cell(item: dict, column: str, words: NoteText) -> str:
    """The text one agreement shows in `column` (signatories one a line)."""
    if column == "title":
        return clean(item.get("title"))
    if column == "kind":
        return words.vocabulary("agreement_kind", clean(item.get("kind")))
    if column == "status":
        return words.vocabulary("agreement_status", clean(item.get("status")))
    if column == "signed":
        return format_iso(item.get("signed_on"), words)
    return "\n".join(clean(name) for name in item.get("signatories") or [] if clean(name))


@dataclass(frozen=True)
class Background:
    """The history, earliest first and undated last, as (date, text); `dated` when any entry has a date;
    then the quotes as (text, speaker)."""

    history: list[tuple[str, str]]
    dated: bool
    quotes: list[tuple[str, str]]


def background(document: dict, words: NoteText) -> Background:
    """Dated history, earliest first and undated last, then quotes."""
    history = [entry for entry in items(document, "history") if clean(entry.get("text"))]
    history.sort(key=lambda entry: partial_date_key(entry.get("date")))
    quotes = [(clean(quote.get("text")), clean(quote.get("speaker")))
              for quote in items(document, "quotes") if clean(quote.get("text"))]
    dated = any(partial_date_key(entry.get("date"))[0] == 0 for entry in history)
    return Background([(format_partial_date(entry.get("date"), words), clean(entry.get("text")))
                       for entry in history], dated, quotes)


def talking_points(document: dict) -> list[str]:
    """The key messages, in order."""
    return [clean(point) for point in document.get("talking_points") or [] if clean(point)]


def follow_up_rows(document: dict, words: NoteText) -> list[tuple[str, str, str, str]]:
    """(action, owner, due date, status) of each follow-up action."""
    return [
        (clean(item.get("action")), clean(item.get("owner")), format_iso(item.get("due"), words),
         words.vocabulary("follow_up_status", clean(item.get("status"))))
        for item in items(document, "follow_ups") if clean(item.get("action"))
    ]


def prepared_by(options: NoteOptions, words: NoteText) -> str:
    """ "A. Seitkali, Africa Division, tel. +7 7172 00 00 00": the drafter, unit and telephone given."""
    telephone = clean(options.drafter_telephone)
    parts = (clean(options.drafter), clean(options.drafter_unit),
             words["clearance.telephone"].format(number=telephone) if telephone else "")
    return ", ".join(part for part in parts if part)


def clearance(options: NoteOptions, words: NoteText) -> list[tuple[str, str]]:
    """(label, value): who prepared the note (with the date), cleared and approved it; empty when nobody is named."""
    drafter = prepared_by(options, words)
    lines = [
        (words["clearance.prepared_by"], f"{drafter}, {format_date(options.effective_date(), words)}" if drafter
         else ""),
        (words["clearance.cleared_by"], clean(options.cleared_by)),
        (words["clearance.approved_by"], clean(options.approved_by)),
    ]
    return [(label, value) for label, value in lines if value]


@dataclass(frozen=True)
class TimelineEvent:
    """One line of a dossier's bilateral timeline: a visit (with its place) or an agreement signed."""

    when: str
    title: str
    where: str
    kind: str
    is_visit: bool


def timeline(documents: Sequence[dict], words: NoteText) -> list[TimelineEvent]:
    """The visits and their agreements, earliest first; undated last; on the same day a visit precedes what was
    signed during it."""
    events: list[tuple[tuple, TimelineEvent]] = []
    for document in documents:
        start = parse_iso(document.get("start_date"))
        title = clean(document.get("title")) or subject_line(document, words)
        kind = visit_type_label(document.get("visit_type"), words) or words["dossier.visit"]
        events.append(((start is None, start or date.min, 0),
                       TimelineEvent(dates(document, words), title, place(document, words), kind, True)))
        for agreement in document.get("agreements") or []:
            signed = parse_iso(agreement.get("signed_on"))
            day = signed or start
            status = words.vocabulary("agreement_status", clean(agreement.get("status")))
            agreement_kind = words.vocabulary("agreement_kind", clean(agreement.get("kind"))) or words[
                "dossier.agreement"]
            shown_date = format_iso(agreement.get("signed_on"), words) or dates(document, words)
            events.append(((day is None, day or date.min, 1), TimelineEvent(
                shown_date, clean(agreement.get("title")), "",
                ", ".join(part for part in (agreement_kind, status.lower()) if part), False)))
    events.sort(key=lambda event: event[0])
    return [event for _, event in events]


def newest_first(documents: Sequence[dict]) -> list[dict]:
    """The visits sorted by start date, newest first; undated visits last."""
    dated = [d for d in documents if parse_iso(d.get("start_date"))]
    undated = [d for d in documents if not parse_iso(d.get("start_date"))]
    return sorted(dated, key=lambda d: parse_iso(d.get("start_date")), reverse=True) + undated


def dossier_reference(country_name: str, options: NoteOptions) -> str:
    """The chosen reference, else "DOS-<country code>-<date>"."""
    if clean(options.reference):
        return clean(options.reference)
    code = code_for_name(clean(country_name)) or clean(country_name).upper().replace(" ", "")[:12]
    return "-".join(part for part in ("DOS", code, options.effective_date().isoformat()) if part)


def year_span(documents: Sequence[dict]) -> str:
    """The years the visits span: "2019–2025", one year alone, or empty when none is dated."""
    years = sorted({day.year for d in documents if (day := parse_iso(d.get("start_date")))})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def dossier_facts(documents: Sequence[dict], options: NoteOptions, reference: str,
                  words: NoteText) -> list[tuple[str, str]]:
    """(label, value) on the dossier's cover: visits and years, agreements, date, reference, addressees, drafting."""
    count = len(documents)
    visits = words.counted("dossier.visit_count", count) if count else words["dossier.no_visits"]
    span = year_span(documents)
    agreements = sum(len(d.get("agreements") or []) for d in documents)
    facts = [
        (words["dossier.visits"], f"{visits}, {span}" if span else visits),
        (words["dossier.agreements"], str(agreements) if agreements else ""),
        (words["memo.date"], format_date(options.effective_date(), words)),
        (words["memo.reference"], reference),
        (words["memo.to"], clean(options.recipient)),
        (words["memo.from"], clean(options.sender)),
        (words["clearance.prepared_by"], prepared_by(options, words)),
        (words["clearance.cleared_by"], clean(options.cleared_by)),
        (words["clearance.approved_by"], clean(options.approved_by)),
    ]
    return [(label, value) for label, value in facts if value]


def visit_facts(document: dict, words: NoteText) -> str:
    """A visit's line over its title in a dossier: "3–5 June 2025 · Astana, Kazakhstan · Official visit"."""
    return " · ".join(part for part in (
        dates(document, words), place(document, words), visit_type_label(document.get("visit_type"), words)
    ) if part)


def visit_title(document: dict, words: NoteText) -> str:
    """A visit's title in a dossier: its own, else its subject line."""
    return clean(document.get("title")) or subject_line(document, words) or words["dossier.visit"]
