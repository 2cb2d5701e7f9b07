"""The country dossier as a Word document: cover, contents, bilateral timeline, then one part per visit.

Each visit is a Heading 1, its sections Heading 2, so Word's navigation pane and a table of contents
inserted in Word list them; the contents page lists the visits by date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.shared import Pt

from briefing import note_content as content
from briefing.docx.document import (
    MUTED,
    Properties,
    add_text,
    data_table,
    layout_table,
    new_document,
    page_break,
    ruled_paragraph,
    saved,
    set_cell,
    spacer,
)
from briefing.docx.note import body_sections, masthead
from briefing.note_content import author_for
from briefing.notes import NoteText, note_text
from briefing.pdf.options import VISIT_SECTION_KEYS, NoteOptions, RenderCancelled
from briefing.pdf.text import clean, dates


def _cover(doc, country_name: str, visits: Sequence[dict], options: NoteOptions, reference: str,
           words: NoteText) -> None:
    masthead(doc, options)
    spacer(doc, 150)
    add_text(doc.add_paragraph(), words["dossier.kind"], bold=True, muted=True, size=8.5)
    country = doc.add_paragraph(words.country(clean(country_name)) or words["dossier.country"], style="Title")
    country.runs[0].font.size = Pt(28)
    line = doc.add_paragraph()
    add_text(line, words["dossier.cover_line"], size=12).font.color.rgb = MUTED
    ruled_paragraph(doc, "bottom")
    facts = content.dossier_facts(visits, options, reference, words)
    table = layout_table(doc, len(facts), (0.18, 0.82))
    for row, (label, value) in zip(table.rows, facts, strict=True):
        set_cell(row.cells[0], label, bold=True, muted=True)
        set_cell(row.cells[1], value)


def _contents(doc, visits: Sequence[dict], words: NoteText) -> None:
    doc.add_heading(words["dossier.contents"], 1)
    table = layout_table(doc, len(visits), (0.3, 0.7))
    for row, document in zip(table.rows, visits, strict=True):
        set_cell(row.cells[0], dates(document, words))
        set_cell(row.cells[1], content.visit_title(document, words))


def _timeline(doc, visits: Sequence[dict], words: NoteText) -> None:
    events = content.timeline(visits, words)
    if not events:
        return
    spacer(doc, 12)
    doc.add_heading(words["dossier.timeline"], 1)
    headers = [words["dossier.date"], words["dossier.visit_or_agreement"], words["dossier.kind_column"]]
    table = data_table(doc, headers, (0.24, 0.48, 0.28))
    for event in events:
        cells = table.add_row().cells
        set_cell(cells[0], event.when)
        set_cell(cells[1], event.title, bold=event.is_visit)
        if event.where:
            add_text(cells[1].add_paragraph(), event.where)
        set_cell(cells[2], event.kind)


def render_dossier_docx(
    country_name: str,
    documents: Sequence[dict],
    options: NoteOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """A dossier of every visit with one country as .docx bytes, newest visit first.

    progress(done, total) is called as visits are written; when is_cancelled() returns True the
    rendering stops with RenderCancelled.
    """
    options = options or NoteOptions()
    words = note_text(options.language)
    visits = content.newest_first(documents)
    reference = content.dossier_reference(country_name, options)
    doc = new_document(options.paper, options.printed_classification(), reference, words, options.template_docx)
    _cover(doc, country_name, visits, options, reference, words)
    if visits:
        page_break(doc)
        _contents(doc, visits, words)
        _timeline(doc, visits, words)
    for done, document in enumerate(visits, start=1):
        if is_cancelled is not None and is_cancelled():
            raise RenderCancelled()
        page_break(doc)
        add_text(doc.add_paragraph(style="Subtitle"), content.visit_facts(document, words))
        doc.add_heading(content.visit_title(document, words), 1)
        body_sections(doc, document, options, 2, VISIT_SECTION_KEYS)
        if progress is not None:
            progress(done, len(visits))
    shown_name = words.country(clean(country_name))
    title = words["dossier.title"].format(country=shown_name) if shown_name else words["dossier.untitled"]
    properties = Properties(title=title, subject=words.counted("dossier.subject", len(visits)),
                            author=author_for(options), reproducible=options.reproducible)
    return saved(doc, properties)
