"""The body sections of a briefing note, each drawn from what briefing.note_content says it holds.

Every builder takes (document, options, width) and returns the section's flowables
without its heading; an empty list means the section has nothing to say.
"""

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether

from briefing import note_content as content
from briefing.notes import note_text
from briefing.pdf.flowables import Para, captioned, cell, data_table, layout_table
from briefing.pdf.options import NoteOptions
from briefing.pdf.styles import BOX_FILL, HAIRLINE, LINK, plain_table_style, styles
from briefing.pdf.text import esc

_FACTS_PER_ROW = 3

Builder = Callable[[dict, NoteOptions, float], list[Flowable]]


def purpose(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """One or two sentences: why the note exists and what it prepares the reader for."""
    sentence = content.purpose(document, note_text(options.language))
    return [Para(esc(sentence), styles().body)] if sentence else []


def summary(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """The summary paragraphs, the significance and the source."""
    s = styles()
    words = note_text(options.language)
    said = content.summary(document)
    flowables: list[Flowable] = [Para(esc(block), s.body) for block in said.paragraphs]
    for index, block in enumerate(said.significance):
        lead = f"<b>{esc(words['summary.significance'])}</b> " if index == 0 else ""
        flowables.append(Para(lead + esc(block), s.body))
    if said.source:
        source_text, link = said.source
        shown = esc(source_text)
        if link:
            shown = f'<a href="{escape(link, {chr(34): "&quot;"})}" color="{LINK.hexval()}">{shown}</a>'
        flowables.append(Para(esc(words["summary.source"]).format(source=shown), s.body_muted))
    return flowables


def key_facts(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A shaded box with dates, place, visit type, level and status."""
    facts = content.key_facts(document, note_text(options.language))
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


def _participant_rows(members: list[content.Participant], head_label: str) -> list[list[Flowable]]:
    s = styles()
    rows = []
    for person in members:
        name = cell(esc(person.name), s.cell_bold if person.is_head else s.cell)
        markup = esc(person.title)
        if person.organisation:
            muted = s.cell_muted
            line = f'<font color="{muted.textColor.hexval()}" size="{muted.fontSize}">{esc(person.organisation)}</font>'
            markup = f"{markup}<br/>{line}" if markup else line
        name_cell: list[Flowable] | Flowable = name
        if person.is_head:
            name_cell = [name, cell(esc(head_label), s.cell_muted)]
        rows.append([name_cell, cell(markup)])
    return rows


def participants(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """One table per side, guests first, each with its head of delegation on top."""
    s = styles()
    words = note_text(options.language)
    flowables: list[Flowable] = []
    for group in content.participant_groups(document, words):
        table = data_table([words["participants.name"], words["participants.title"]],
                           _participant_rows(group.members, words["participants.head"]),
                           [0.36 * width, 0.64 * width])
        table.spaceAfter = 6
        flowables += captioned(Para(esc(group.caption), s.caption), table)
    return flowables


def cooperation(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """Topics grouped by category in the vocabulary's order, each with its notes."""
    s = styles()
    words = note_text(options.language)
    rows: list[list[Flowable]] = []
    group_ends: list[int] = []
    for category, topics in content.area_groups(document, words):
        label = cell(esc(category), s.cell_bold)
        for index, (topic, notes) in enumerate(topics):
            rows.append([label if index == 0 else cell(""), cell(esc(topic)), cell(esc(notes))])
        group_ends.append(len(rows))
    if not rows:
        return []
    # Hairlines only between categories: the rows of one category read as a group.
    style = tuple(("LINEBELOW", (0, row), (-1, row), 0.35, HAIRLINE) for row in group_ends)
    fractions = (0.23, 0.25, 0.52)
    headers = [words["cooperation.area"], words["cooperation.topic"], words["cooperation.notes"]]
    return [data_table(headers, rows, [f * width for f in fractions], style, row_rules=False)]


# Fixed widths fit "Memorandum of understanding", "To be signed" and "15 September 2025"
# on at most two lines; the title takes whatever is left.
_AGREEMENT_WIDTHS = {"title": 0.0, "kind": 34 * mm, "status": 24 * mm, "signed": 31 * mm, "signatories": 36 * mm}


def agreements(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A table of agreements: title, kind, status, date signed and signatories.

    The date and signatories columns are left out when no agreement has one.
    """
    s = styles()
    words = note_text(options.language)
    columns = content.agreement_columns(document)
    if not columns:
        return []
    widths = [_AGREEMENT_WIDTHS[column] for column in columns]
    widths[0] = width - sum(widths)
    rows = [
        [cell(esc(content.agreement_cell(item, column, words)), s.cell_bold if column == "title" else None)
         for column in columns]
        for item in content.items(document, "agreements")
    ]
    return [data_table([words[f"agreements.{column}"] for column in columns], rows, widths)]


def background(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """Dated history, earliest first and undated last, then quotes."""
    s = styles()
    words = note_text(options.language)
    said = content.background(document, words)
    flowables: list[Flowable] = []
    if said.history and not said.dated:
        flowables += [Para(esc(entry), s.bullet, bulletText="•") for _, entry in said.history]
    elif said.history:
        rows = [[cell(esc(when), s.cell_bold), cell(esc(entry))] for when, entry in said.history]
        style = plain_table_style((("BOTTOMPADDING", (0, 0), (-1, -1), 4),))
        flowables.append(layout_table(rows, [30 * mm, width - 30 * mm], style))
    if said.quotes:
        if said.history:
            flowables.append(Para(esc(words["background.quotes"]), s.subheading))
        for quote, speaker in said.quotes:
            flowables.append(Para(f"“{esc(quote)}”", s.quote))
            if speaker:
                flowables.append(Para(f"— {esc(speaker)}", s.quote_speaker))
    return flowables


def talking_points(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """The key messages, numbered."""
    return [Para(esc(point), styles().numbered, bulletText=f"{n}.")
            for n, point in enumerate(content.talking_points(document), 1)]


def follow_ups(document: dict, options: NoteOptions, width: float) -> list[Flowable]:
    """A table of follow-up actions: action, owner, due date and status."""
    words = note_text(options.language)
    rows = [[cell(esc(value)) for value in row] for row in content.follow_up_rows(document, words)]
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
