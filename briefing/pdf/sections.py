"""The body sections of a briefing note, each built from the visit document.

Every builder takes (document, options, width) and returns the section's flowables
without its heading; an empty list means the section has nothing to say.
"""

from collections.abc import Callable
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether

from briefing import note_content as content
from briefing import vocabulary as v
from briefing.notes import note_text
from briefing.pdf import text
from briefing.pdf.flowables import Para, captioned, cell, data_table, layout_table
from briefing.pdf.options import NoteOptions
from briefing.pdf.styles import BOX_FILL, HAIRLINE, LINK, plain_table_style, styles
from briefing.pdf.text import (
    clean,
    dates,
    esc,
    format_iso,
    format_partial_date,
    paragraphs,
    partial_date_key,
    place,
    printable_source,
    visit_type_label,
)

_FACTS_PER_ROW = 3
_SIDES = ("guest", "host")

Builder = Callable[[dict, NoteOptions, float], list[Flowable]]


def _items(document: dict, key: str) -> list:
    return [item for item in document.get(key) or [] if item]


def purpose(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """One or two sentences: why the note exists and what it prepares the reader for."""
    words = note_text(options.language)
    visitor, where, when = text.visitor(document, words), place(document, words), dates(document, words)
    if not (visitor or where):
        return []
    kind = clean(document.get("visit_type"))
    status = clean(document.get("status"))
    status = status if status in ("under way", "completed") else "planned"
    # A language may decline the visit's noun after each lead ("Подготовка к визиту", "Итоги визита").
    kinds = words.strings["purpose"].get("kinds_by_lead", {}).get(status) or words["purpose.kinds"]
    lead = words["purpose.lead"][status]
    form = "meeting" if kind == "meeting" else "visit"
    sentence = words[f"purpose.{form}"].format(lead=lead, kind=kinds.get(kind, kinds[""]))
    if visitor:
        sentence += words[f"purpose.{form}_visitor"].format(visitor=visitor)
    if where:
        sentence += words[f"purpose.{form}_place"].format(place=where)
    if when:
        sentence += words["purpose.dates"].format(dates=when)
    if not sentence.endswith(words["purpose.end"]):  # "3–5 июня 2025 г." ends the sentence already
        sentence += words["purpose.end"]
    agreements = _items(document, "agreements")
    pending = sum(1 for item in agreements if clean(item.get("status")) == "to be signed")
    signed = sum(1 for item in agreements if clean(item.get("status")) in ("signed", "in force"))
    if pending and status != "completed":
        sentence += " " + words.counted("purpose.pending", pending)
    elif signed and status == "completed":
        sentence += " " + words.counted("purpose.signed", signed)
    return [Para(esc(sentence), styles().body)]


def summary(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """The summary paragraphs, the significance and the source."""
    s = styles()
    words = note_text(options.language)
    flowables: list[Flowable] = [Para(block, s.body) for block in paragraphs(document.get("summary"))]
    for index, block in enumerate(paragraphs(document.get("significance"))):
        lead = f"<b>{esc(words['summary.significance'])}</b> " if index == 0 else ""
        flowables.append(Para(lead + block, s.body))
    source = printable_source(document.get("source"))
    if source:
        source_text, link = source
        shown = esc(source_text)
        if link:
            shown = f'<a href="{escape(link, {chr(34): "&quot;"})}" color="{LINK.hexval()}">{shown}</a>'
        flowables.append(Para(esc(words["summary.source"]).format(source=shown), s.body_muted))
    return flowables


def key_facts(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A shaded box with dates, place, visit type, level and status."""
    words = note_text(options.language)
    facts = [
        (label, value) for label, value in (
            (words["facts.dates"], dates(document, words)),
            (words["facts.place"], place(document, words)),
            (words["facts.visit_type"], visit_type_label(document.get("visit_type"), words)),
            (words["facts.level"], words.vocabulary("level", clean(document.get("level")))),
            (words["facts.status"], words.vocabulary("visit_status", clean(document.get("status")))),
        ) if value
    ]
    if not facts:
        return []
    s = styles()
    pairs = [[cell(esc(label), s.memo_label), cell(esc(value), s.memo_value)] for label, value in facts]
    pairs += [[cell(""), cell("")]] * (-len(pairs) % _FACTS_PER_ROW)
    rows = [
        [c for pair in pairs[i:i + _FACTS_PER_ROW] for c in pair] for i in range(0, len(pairs), _FACTS_PER_ROW)
    ]
    label_width = 23 * mm
    room = width - _FACTS_PER_ROW * label_width
    value_widths = (0.36 * room, 0.35 * room, 0.29 * room)
    box = plain_table_style((
        ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
        ("BOX", (0, 0), (-1, -1), 0.5, HAIRLINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ))
    widths = [w for value_width in value_widths for w in (label_width, value_width)]
    return [layout_table(rows, widths, box)]


def _participant_rows(people: list[dict], head_label: str) -> list[list[Flowable]]:
    s = styles()
    heads_first = sorted(people, key=lambda person: clean(person.get("role")) != "head of delegation")
    rows = []
    for person in heads_first:
        is_head = clean(person.get("role")) == "head of delegation"
        name = cell(esc(person.get("name")), s.cell_bold if is_head else s.cell)
        title, organisation = clean(person.get("title")), clean(person.get("organization"))
        markup = esc(title)
        if organisation and organisation.casefold() not in title.casefold():
            muted = s.cell_muted
            line = f'<font color="{muted.textColor.hexval()}" size="{muted.fontSize}">{esc(organisation)}</font>'
            markup = f"{markup}<br/>{line}" if markup else line
        name_cell: list[Flowable] | Flowable = name
        if is_head:
            name_cell = [name, cell(esc(head_label), s.cell_muted)]
        rows.append([name_cell, cell(markup)])
    return rows


def _side(person: dict) -> str:
    side = clean(person.get("side"))
    return side if side in _SIDES else ""


def participants(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """One table per side, guests first, each with its head of delegation on top."""
    s = styles()
    words = note_text(options.language)
    people = [p for p in _items(document, "participants") if clean(p.get("name")) or clean(p.get("title"))]
    countries = {side: words.country(clean(document.get(f"{side}_country"))) for side in _SIDES}
    flowables: list[Flowable] = []
    for side in ("guest", "host", ""):
        members = [p for p in people if _side(p) == side]
        if not members:
            continue
        if side:
            caption = " — ".join(part for part in (countries[side], words[f"participants.{side}"]) if part)
            caption = caption[:1].upper() + caption[1:]
        else:
            caption = words["participants.other"]
        table = data_table([words["participants.name"], words["participants.title"]],
                           _participant_rows(members, words["participants.head"]), [0.36 * width, 0.64 * width])
        table.spaceAfter = 6
        flowables += captioned(Para(esc(caption), s.caption), table)
    return flowables


def cooperation(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """Topics grouped by category in the vocabulary's order, each with its notes."""
    s = styles()
    words = note_text(options.language)
    order = {category: index for index, category in enumerate(v.AREA_CATEGORIES)}
    areas = [a for a in _items(document, "cooperation_areas") if clean(a.get("topic")) or clean(a.get("notes"))]

    def category_of(area: dict) -> str:
        return clean(area.get("category")) or "other"

    areas.sort(key=lambda area: (order.get(category_of(area), len(order)), category_of(area)))
    rows: list[list[Flowable]] = []
    group_ends: list[int] = []
    for category, group in groupby(areas, key=category_of):
        label = cell(esc(words.vocabulary("area_category", category)), s.cell_bold)
        for index, area in enumerate(group):
            rows.append([label if index == 0 else cell(""), cell(esc(area.get("topic"))), cell(esc(area.get("notes")))])
        group_ends.append(len(rows))
    if not rows:
        return []
    # Hairlines only between categories: the rows of one category read as a group.
    style = tuple(("LINEBELOW", (0, row), (-1, row), 0.35, HAIRLINE) for row in group_ends)
    fractions = (0.23, 0.25, 0.52)
    headers = [words["cooperation.area"], words["cooperation.topic"], words["cooperation.notes"]]
    return [data_table(headers, rows, [f * width for f in fractions], style, row_rules=False)]


def agreements(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A table of agreements: title, kind, status, date signed and signatories.

    The date and signatories columns are left out when no agreement has one.
    """
    s = styles()
    words = note_text(options.language)
    items = _items(document, "agreements")
    if not items:
        return []
    # Fixed widths fit "Memorandum of understanding", "To be signed" and "15 September 2025"
    # on at most two lines; the title takes whatever is left.
    columns = [
        (words["agreements.title"], 0.0, lambda item: cell(esc(item.get("title")), s.cell_bold)),
        (words["agreements.kind"], 34 * mm,
         lambda item: cell(esc(words.vocabulary("agreement_kind", clean(item.get("kind")))))),
        (words["agreements.status"], 24 * mm,
         lambda item: cell(esc(words.vocabulary("agreement_status", clean(item.get("status")))))),
    ]
    if any(clean(item.get("signed_on")) for item in items):
        columns.append((words["agreements.signed"], 31 * mm,
                        lambda item: cell(esc(format_iso(item.get("signed_on"), words)))))
    if any(clean(name) for item in items for name in item.get("signatories") or []):
        columns.append((words["agreements.signatories"], 36 * mm, lambda item: cell(
            "<br/>".join(esc(name) for name in item.get("signatories") or [] if clean(name))
        )))
    widths = [size for _, size, _ in columns]
    widths[0] = width - sum(widths)
    rows = [[make(item) for _, _, make in columns] for item in items]
    return [data_table([label for label, _, _ in columns], rows, widths)]


def background(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """Dated history, earliest first and undated last, then quotes."""
    s = styles()
    words = note_text(options.language)
    history = [entry for entry in _items(document, "history") if clean(entry.get("text"))]
    history.sort(key=lambda entry: partial_date_key(entry.get("date")))
    quotes = [quote for quote in _items(document, "quotes") if clean(quote.get("text"))]
    flowables: list[Flowable] = []
    if history and not any(_is_dated(entry) for entry in history):
        flowables += [Para(esc(entry.get("text")), s.bullet, bulletText="•") for entry in history]
    elif history:
        rows = [
            [cell(esc(format_partial_date(entry.get("date"), words)), s.cell_bold), cell(esc(entry.get("text")))]
            for entry in history
        ]
        style = plain_table_style((("BOTTOMPADDING", (0, 0), (-1, -1), 4),))
        flowables.append(layout_table(rows, [30 * mm, width - 30 * mm], style))
    if quotes:
        if history:
            flowables.append(Para(esc(words["background.quotes"]), s.subheading))
        for quote in quotes:
            flowables.append(Para(f"“{esc(quote.get('text'))}”", s.quote))
            speaker = esc(quote.get("speaker"))
            if speaker:
                flowables.append(Para(f"— {speaker}", s.quote_speaker))
    return flowables


def _is_dated(entry: dict) -> bool:
    return partial_date_key(entry.get("date"))[0] == 0


def talking_points(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """The key messages, numbered."""
    points = [esc(point) for point in document.get("talking_points") or [] if clean(point)]
    return [Para(point, styles().numbered, bulletText=f"{n}.") for n, point in enumerate(points, 1)]


def follow_ups(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A table of follow-up actions: action, owner, due date and status."""
    words = note_text(options.language)
    rows = [
        [
            cell(esc(item.get("action"))),
            cell(esc(item.get("owner"))),
            cell(esc(format_iso(item.get("due"), words))),
            cell(esc(words.vocabulary("follow_up_status", clean(item.get("status"))))),
        ]
        for item in _items(document, "follow_ups") if clean(item.get("action"))
    ]
    if not rows:
        return []
    # Due and status are sized for "30 September 2025" and "In progress"; the rest is shared.
    due, status = 33 * mm, 21 * mm
    rest = width - due - status
    headers = [words[f"follow_ups.{key}"] for key in ("action", "owner", "due", "status")]
    return [data_table(headers, rows, [0.58 * rest, 0.42 * rest, due, status])]


def clearance(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """The closing block: who prepared the note (name, unit, telephone, date), who cleared and who approved it.

    Set small under a hairline, without a heading, and kept in one piece: it closes the note the way a
    ministry's format does, and the heading's room would push it onto a page of its own.
    """
    lines = [f"<b>{esc(label)}</b>  {esc(value)}"
             for label, value in content.clearance(options, note_text(options.language))]
    if not lines:
        return []
    return [KeepTogether([
        HRFlowable(width="100%", thickness=0.4, color=HAIRLINE, spaceBefore=4, spaceAfter=3),
        Para(" · ".join(lines), styles().closing),
    ])]


# Sections printed without their heading (the closing block speaks for itself).
UNHEADED = frozenset({"clearance"})

BUILDERS: dict[str, Builder] = {
    "purpose": purpose,
    "summary": summary,
    "key_facts": key_facts,
    "participants": participants,
    "cooperation": cooperation,
    "agreements": agreements,
    "background": background,
    "talking_points": talking_points,
    "follow_ups": follow_ups,
    "clearance": clearance,
}
