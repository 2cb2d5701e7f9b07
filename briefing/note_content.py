"""What each section of a briefing note says, as plain text: the PDF and the Word document lay out the same.

Every function takes the visit document (and the note's options where they matter) and returns strings,
tuples and small records; an empty result means the section has nothing to say. Nothing here knows how
the text is set, so both renderers print the same content in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from briefing import vocabulary as v
from briefing.countries import code_for_name
from briefing.note_wording import word
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
    visitor_phrase,
)

_VISIT_NOUNS = {
    "state": "state visit",
    "official": "official visit",
    "working": "working visit",
    "private": "private visit",
    "meeting": "meeting",
}


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


def purpose(document: dict) -> str:
    """One or two sentences: why the note exists and what it prepares the reader for."""
    visitor, where, when = visitor_phrase(document), place(document), dates(document)
    if not (visitor or where):
        return ""
    noun = _VISIT_NOUNS.get(clean(document.get("visit_type")), "visit")
    status = clean(document.get("status"))
    lead = {"completed": "To record the outcome of", "under way": "To brief you during"}.get(
        status, "To brief you ahead of"
    )
    if noun == "meeting":
        sentence = f"{lead} the meeting" + (f" with {visitor}" if visitor else "") + (f" in {where}" if where else "")
    else:
        sentence = f"{lead} the {noun}" + (f" of {visitor}" if visitor else "") + (f" to {where}" if where else "")
    sentence += (f", {when}" if when else "") + "."
    agreements = items(document, "agreements")
    pending = sum(1 for item in agreements if clean(item.get("status")) == "to be signed")
    signed = sum(1 for item in agreements if clean(item.get("status")) in ("signed", "in force"))
    if pending and status != "completed":
        sentence += f" {_count(pending, 'document')} {'is' if pending == 1 else 'are'} due to be signed."
    elif signed and status == "completed":
        sentence += f" {_count(signed, 'document')} {'was' if signed == 1 else 'were'} signed."
    return sentence


def _count(number: int, noun: str) -> str:
    words = ("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")
    amount = words[number] if number < len(words) else str(number)
    return f"{amount} {noun}{'' if number == 1 else 's'}"


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


def key_facts(document: dict) -> list[tuple[str, str]]:
    """(label, value) for dates, place, visit type, level and status, as far as they are known."""
    facts = (
        (word("dates"), dates(document)),
        (word("place"), place(document)),
        (word("visit_type"), visit_type_label(document.get("visit_type"))),
        (word("level"), v.label(v.LEVEL_LABELS, clean(document.get("level")))),
        (word("status"), v.label(v.VISIT_STATUS_LABELS, clean(document.get("status")))),
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


def participant_groups(document: dict) -> list[ParticipantGroup]:
    """One group per side, guests first, then anyone without a side."""
    people = [p for p in items(document, "participants") if clean(p.get("name")) or clean(p.get("title"))]
    countries = {"guest": clean(document.get("guest_country")), "host": clean(document.get("host_country"))}
    side_words = {"guest": word("guest_side"), "host": word("host_side")}
    groups = []
    for side in ("guest", "host", ""):
        members = [p for p in people if _side(p) == side]
        if not members:
            continue
        if side:
            caption = " — ".join(part for part in (countries[side], side_words[side]) if part)
            caption = caption[:1].upper() + caption[1:]
        else:
            caption = word("other_participants")
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


def area_groups(document: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """(category label, [(topic, notes)]) in the vocabulary's order of categories."""
    order = {category: index for index, category in enumerate(v.AREA_CATEGORIES)}
    areas = [a for a in items(document, "cooperation_areas") if clean(a.get("topic")) or clean(a.get("notes"))]

    def category_of(area: dict) -> str:
        return clean(area.get("category")) or "other"

    areas.sort(key=lambda area: (order.get(category_of(area), len(order)), category_of(area)))
    return [
        (v.label(v.AREA_CATEGORY_LABELS, category),
         [(clean(area.get("topic")), clean(area.get("notes"))) for area in group])
        for category, group in groupby(areas, key=category_of)
    ]


# An agreements column: its key, header and the cell text of one agreement (signatories one a line).
AGREEMENT_COLUMNS = ("title", "kind", "status", "signed", "signatories")


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


def agreement_cell(item: dict, column: str) -> str:
    """The text one agreement shows in `column`."""
    if column == "title":
        return clean(item.get("title"))
    if column == "kind":
        return v.label(v.AGREEMENT_KIND_LABELS, clean(item.get("kind")))
    if column == "status":
        return v.label(v.AGREEMENT_STATUS_LABELS, clean(item.get("status")))
    if column == "signed":
        return format_iso(item.get("signed_on"))
    return "\n".join(clean(name) for name in item.get("signatories") or [] if clean(name))


@dataclass(frozen=True)
class Background:
    """The history, earliest first and undated last, as (date, text); `dated` when any entry has a date;
    then the quotes as (text, speaker)."""

    history: list[tuple[str, str]]
    dated: bool
    quotes: list[tuple[str, str]]


def background(document: dict) -> Background:
    """Dated history, earliest first and undated last, then quotes."""
    history = [entry for entry in items(document, "history") if clean(entry.get("text"))]
    history.sort(key=lambda entry: partial_date_key(entry.get("date")))
    quotes = [(clean(quote.get("text")), clean(quote.get("speaker")))
              for quote in items(document, "quotes") if clean(quote.get("text"))]
    dated = any(partial_date_key(entry.get("date"))[0] == 0 for entry in history)
    return Background([(format_partial_date(entry.get("date")), clean(entry.get("text"))) for entry in history],
                      dated, quotes)


def talking_points(document: dict) -> list[str]:
    """The key messages, in order."""
    return [clean(point) for point in document.get("talking_points") or [] if clean(point)]


def follow_up_rows(document: dict) -> list[tuple[str, str, str, str]]:
    """(action, owner, due date, status) of each follow-up action."""
    return [
        (clean(item.get("action")), clean(item.get("owner")), format_iso(item.get("due")),
         v.label(v.FOLLOW_UP_STATUS_LABELS, clean(item.get("status"))))
        for item in items(document, "follow_ups") if clean(item.get("action"))
    ]


def prepared_by(options: NoteOptions) -> str:
    """ "A. Seitkali, Africa Division, tel. +7 7172 00 00 00": the drafter, unit and telephone given."""
    telephone = clean(options.drafter_telephone)
    parts = (clean(options.drafter), clean(options.drafter_unit),
             f"{word('telephone')} {telephone}" if telephone else "")
    return ", ".join(part for part in parts if part)


def clearance(options: NoteOptions) -> list[tuple[str, str]]:
    """(label, value): who prepared the note (with the date), cleared and approved it; empty when nobody is named."""
    drafter = prepared_by(options)
    lines = [
        (word("prepared_by"), f"{drafter}, {format_date(options.effective_date())}" if drafter else ""),
        (word("cleared_by"), clean(options.cleared_by)),
        (word("approved_by"), clean(options.approved_by)),
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


def timeline(documents: list[dict]) -> list[TimelineEvent]:
    """The visits and their agreements, earliest first; undated last; on the same day a visit precedes what was
    signed during it."""
    events: list[tuple[tuple, TimelineEvent]] = []
    for document in documents:
        start = parse_iso(document.get("start_date"))
        title = clean(document.get("title")) or subject_line(document)
        kind = visit_type_label(document.get("visit_type")) or "Visit"
        events.append(((start is None, start or date.min, 0),
                       TimelineEvent(dates(document), title, place(document), kind, True)))
        for agreement in document.get("agreements") or []:
            signed = parse_iso(agreement.get("signed_on"))
            day = signed or start
            status = v.label(v.AGREEMENT_STATUS_LABELS, clean(agreement.get("status")))
            agreement_kind = v.label(v.AGREEMENT_KIND_LABELS, clean(agreement.get("kind"))) or "Agreement"
            shown_date = format_iso(agreement.get("signed_on")) or dates(document)
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


def dossier_title(country_name: str) -> str:
    """The dossier's document title: "Kazakhstan: country dossier"."""
    return f"{clean(country_name)}: country dossier" if clean(country_name) else word("dossier")


def dossier_subject(documents: Sequence[dict]) -> str:
    """The dossier's document subject: "Country dossier, 3 visits"."""
    return f"{word('dossier')}, {len(documents)} visit{'' if len(documents) == 1 else 's'}"


def _year_span(documents: Sequence[dict]) -> str:
    years = sorted({day.year for d in documents if (day := parse_iso(d.get("start_date")))})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def dossier_facts(documents: Sequence[dict], options: NoteOptions, reference: str) -> list[tuple[str, str]]:
    """(label, value) on the dossier's cover: visits and years, agreements, date, reference, addressees, drafting."""
    count = len(documents)
    visits = f"{count} visit{'' if count == 1 else 's'}" if count else "No visits recorded"
    span = _year_span(documents)
    agreements = sum(len(d.get("agreements") or []) for d in documents)
    facts = [
        (word("visits"), f"{visits}, {span}" if span else visits),
        (word("agreements"), str(agreements) if agreements else ""),
        (word("date"), format_date(options.effective_date())),
        (word("reference"), reference),
        (word("to"), clean(options.recipient)),
        (word("from"), clean(options.sender)),
        (word("prepared_by"), prepared_by(options)),
        (word("cleared_by"), clean(options.cleared_by)),
        (word("approved_by"), clean(options.approved_by)),
    ]
    return [(label, value) for label, value in facts if value]


def visit_facts(document: dict) -> str:
    """A visit's line over its title in a dossier: "3–5 June 2025 · Astana, Kazakhstan · Official visit"."""
    return " · ".join(part for part in (
        dates(document), place(document), visit_type_label(document.get("visit_type"))
    ) if part)


def visit_title(document: dict) -> str:
    """A visit's title in a dossier: its own, else its subject line."""
    return clean(document.get("title")) or subject_line(document) or "Visit"
