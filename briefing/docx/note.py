"""The briefing note for one visit as a Word document: header block, then the chosen sections in order."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from docx.document import Document
from docx.shared import Mm, Pt

from briefing import note_content as content
from briefing.docx.document import (
    BOX_FILL,
    Properties,
    add_text,
    data_table,
    layout_table,
    new_document,
    numbered_list,
    rule_above,
    ruled_paragraph,
    saved,
    set_cell,
)
from briefing.note_content import author_for, reference_for
from briefing.notes import NoteText, note_text
from briefing.pdf.options import SECTION_KEYS, NoteOptions
from briefing.pdf.text import clean, format_date, subject_line

LOGO_HEIGHT = Mm(16)


def masthead(doc: Document, options: NoteOptions) -> None:
    """The logo and the organisation's name (the classification is in the page header)."""
    organisation = clean(options.organisation)
    if not (organisation or options.logo_png):
        return
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(2)
    if options.logo_png:
        paragraph.add_run().add_picture(io.BytesIO(options.logo_png), height=LOGO_HEIGHT)
        paragraph.add_run("   ")
    if organisation:
        add_text(paragraph, organisation, bold=True, size=11)


def memo_block(doc: Document, options: NoteOptions, title: str, subject: str, reference: str,
               words: NoteText) -> None:
    """The document kind and title, then To / From / Date / Reference and the subject."""
    kind = doc.add_paragraph()
    add_text(kind, words["document.kind"], bold=True, muted=True, size=8.5)
    kind.paragraph_format.space_before = Pt(6)
    kind.paragraph_format.space_after = Pt(0)
    if title:
        doc.add_paragraph(title, style="Title")
    left = [(words[f"memo.{key}"], clean(value)) for key, value in (("to", options.recipient),
                                                                    ("from", options.sender))]
    left = [(label, value) for label, value in left if value]
    right = [(words["memo.date"], format_date(options.effective_date(), words)), (words["memo.reference"], reference)]
    rows = max(len(left), len(right)) + (1 if subject else 0)
    table = layout_table(doc, rows, (0.11, 0.49, 0.13, 0.27))
    for index in range(max(len(left), len(right))):
        cells = table.rows[index].cells
        for offset, pairs in ((0, left), (2, right)):
            if index < len(pairs):
                set_cell(cells[offset], pairs[index][0], bold=True, muted=True)
                set_cell(cells[offset + 1], pairs[index][1])
    if subject:
        cells = table.rows[-1].cells
        set_cell(cells[0], words["memo.subject"], bold=True, muted=True)
        merged = cells[1].merge(cells[3])
        set_cell(merged, subject, bold=True)
        for cell in table.rows[-1].cells:
            cell.paragraphs[0].paragraph_format.space_before = Pt(4)
    ruled_paragraph(doc, "bottom")


def purpose(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    sentence = content.purpose(document, note_text(options.language))
    if sentence:
        doc.add_paragraph(sentence)
    return bool(sentence)


def summary(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    words = note_text(options.language)
    said = content.summary(document)
    for text in said.paragraphs:
        add_text(doc.add_paragraph(), text)
    for index, text in enumerate(said.significance):
        paragraph = doc.add_paragraph()
        if index == 0:
            paragraph.add_run(words["summary.significance"] + " ").bold = True
        add_text(paragraph, text)
    if said.source:
        paragraph = doc.add_paragraph()
        add_text(paragraph, words["summary.source"].format(source=said.source[0]), muted=True, size=9)
    return bool(said.paragraphs or said.significance or said.source)


def key_facts(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    facts = content.key_facts(document, note_text(options.language))
    if not facts:
        return False
    per_row = 3
    table = layout_table(doc, (len(facts) + per_row - 1) // per_row, (0.13, 0.2, 0.13, 0.2, 0.13, 0.21), BOX_FILL)
    for index, (label, value) in enumerate(facts):
        cells = table.rows[index // per_row].cells
        set_cell(cells[2 * (index % per_row)], label, bold=True, muted=True)
        set_cell(cells[2 * (index % per_row) + 1], value)
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.space_before = Pt(2)
            cell.paragraphs[0].paragraph_format.space_after = Pt(2)
    return True


def participants(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    words = note_text(options.language)
    groups = content.participant_groups(document, words)
    for group in groups:
        doc.add_heading(group.caption, level + 1)
        table = data_table(doc, [words["participants.name"], words["participants.title"]], (0.36, 0.64))
        for person in group.members:
            cells = table.add_row().cells
            set_cell(cells[0], person.name, bold=person.is_head)
            if person.is_head:
                add_text(cells[0].add_paragraph(), words["participants.head"], muted=True, size=8.5)
            set_cell(cells[1], person.title)
            if person.organisation:
                target = cells[1].add_paragraph() if person.title else cells[1].paragraphs[0]
                add_text(target, person.organisation, muted=True, size=8.5)
    return bool(groups)


def cooperation(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    words = note_text(options.language)
    groups = content.area_groups(document, words)
    if not groups:
        return False
    headers = [words[f"cooperation.{key}"] for key in ("area", "topic", "notes")]
    table = data_table(doc, headers, (0.23, 0.25, 0.52))
    for category, topics in groups:
        for index, (topic, notes) in enumerate(topics):
            cells = table.add_row().cells
            if index == 0:
                set_cell(cells[0], category, bold=True)
            set_cell(cells[1], topic)
            set_cell(cells[2], notes)
    return True


_AGREEMENT_WIDTHS = {"title": 0.0, "kind": 0.18, "status": 0.14, "signed": 0.18, "signatories": 0.2}


def agreements(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    columns = content.agreement_columns(document)
    if not columns:
        return False
    widths = [_AGREEMENT_WIDTHS[column] for column in columns]
    widths[0] = 1 - sum(widths)
    words = note_text(options.language)
    table = data_table(doc, [words[f"agreements.{column}"] for column in columns], widths)
    for item in content.items(document, "agreements"):
        cells = table.add_row().cells
        for cell, column in zip(cells, columns, strict=True):
            set_cell(cell, content.agreement_cell(item, column, words), bold=column == "title")
    return True


def background(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    words = note_text(options.language)
    said = content.background(document, words)
    if said.history and not said.dated:
        for _, text in said.history:
            add_text(doc.add_paragraph(style="List Bullet"), text)
    elif said.history:
        table = layout_table(doc, len(said.history), (0.18, 0.82))
        for row, (day, text) in zip(table.rows, said.history, strict=True):
            set_cell(row.cells[0], day, bold=True)
            set_cell(row.cells[1], text)
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.space_after = Pt(3)
    if said.quotes:
        if said.history:
            doc.add_heading(words["background.quotes"], level + 1)
        for text, speaker in said.quotes:
            add_text(doc.add_paragraph(style="Quote"), f"“{text}”", italic=True)
            if speaker:
                add_text(doc.add_paragraph(), f"— {speaker}", muted=True, size=9)
    return bool(said.history or said.quotes)


def talking_points(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    points = content.talking_points(document)
    if points:
        numbered_list(doc, points)
    return bool(points)


def follow_ups(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    words = note_text(options.language)
    rows = content.follow_up_rows(document, words)
    if not rows:
        return False
    headers = [words[f"follow_ups.{key}"] for key in ("action", "owner", "due", "status")]
    table = data_table(doc, headers, (0.4, 0.29, 0.18, 0.13))
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            set_cell(cell, text)
    return True


def clearance(doc: Document, document: dict, options: NoteOptions, level: int) -> bool:
    """The closing block, as in the PDF: small, under a hairline, kept on one page."""
    lines = content.clearance(options, note_text(options.language))
    if not lines:
        return False
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(8)
    paragraph.paragraph_format.keep_together = True
    rule_above(paragraph)
    for index, (label, value) in enumerate(lines):
        if index:
            add_text(paragraph, " · ", size=8.5)
        add_text(paragraph, label, bold=True, size=8.5)
        add_text(paragraph, f"  {value}", size=8.5)
    return True


Writer = Callable[[Document, dict, NoteOptions, int], bool]
WRITERS: dict[str, Writer] = {
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
UNHEADED = frozenset({"clearance"})


def body_sections(doc: Document, document: dict, options: NoteOptions, level: int = 1,
                  keys: Iterable[str] = SECTION_KEYS) -> None:
    """The chosen sections among `keys`, in print order, each under a heading of `level`; empty ones left out."""
    for key in keys:
        if key not in options.sections:
            continue
        heading = None if key in UNHEADED else doc.add_heading(note_text(options.language).heading(key), level)
        if not WRITERS[key](doc, document, options, level) and heading is not None:
            heading._element.getparent().remove(heading._element)


def render_note_docx(document: dict, options: NoteOptions | None = None) -> bytes:
    """The briefing note for one visit document as .docx bytes."""
    options = options or NoteOptions()
    words = note_text(options.language)
    subject = subject_line(document, words)
    title = clean(document.get("title"))
    reference = reference_for(document, options)
    doc = new_document(options.paper, options.printed_classification(), reference, words, options.template_docx)
    masthead(doc, options)
    memo_block(doc, options, title, subject, reference, words)
    body_sections(doc, document, options)
    properties = Properties(
        title=title or subject or words["document.title"],
        subject=words["document.subject"].format(subject=subject) if subject else words["document.title"],
        author=author_for(options),
        reproducible=options.reproducible,
    )
    return saved(doc, properties)
