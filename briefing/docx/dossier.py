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
from briefing.note_wording import word
from briefing.pdf.options import VISIT_SECTION_KEYS, NoteOptions, RenderCancelled
from briefing.pdf.text import clean, dates


def _cover(doc, country_name: str, visits: Sequence[dict], options: NoteOptions, reference: str) -> None:
    masthead(doc, options)
    spacer(doc, 150)
    add_text(doc.add_paragraph(), word("dossier_kind"), bold=True, muted=True, size=8.5)
    country = doc.add_paragraph(clean(country_name) or "Country", style="Title")
    country.runs[0].font.size = Pt(28)
    line = doc.add_paragraph()
    add_text(line, word("dossier_line"), size=12).font.color.rgb = MUTED
    ruled_paragraph(doc, "bottom")
    facts = content.dossier_facts(visits, options, reference)
    table = layout_table(doc, len(facts), (0.18, 0.82))
    for row, (label, value) in zip(table.rows, facts, strict=True):
        set_cell(row.cells[0], label, bold=True, muted=True)
        set_cell(row.cells[1], value)


def _contents(doc, visits: Sequence[dict]) -> None:
    doc.add_heading(word("contents"), 1)
    table = layout_table(doc, len(visits), (0.3, 0.7))
    for row, document in zip(table.rows, visits, strict=True):
        set_cell(row.cells[0], dates(document))
        set_cell(row.cells[1], content.visit_title(document))


def _timeline(doc, visits: Sequence[dict]) -> None:
    events = content.timeline(list(visits))
    if not events:
        return
    spacer(doc, 12)
    doc.add_heading(word("timeline"), 1)
    table = data_table(doc, [word("date"), word("visit_or_agreement"), word("kind")], (0.24, 0.48, 0.28))
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
    visits = content.newest_first(documents)
    reference = content.dossier_reference(country_name, options)
    doc = new_document(options.paper, options.classification, reference)
    _cover(doc, country_name, visits, options, reference)
    if visits:
        page_break(doc)
        _contents(doc, visits)
        _timeline(doc, visits)
    for done, document in enumerate(visits, start=1):
        if is_cancelled is not None and is_cancelled():
            raise RenderCancelled()
        page_break(doc)
        add_text(doc.add_paragraph(style="Subtitle"), content.visit_facts(document))
        doc.add_heading(content.visit_title(document), 1)
        body_sections(doc, document, options, 2, VISIT_SECTION_KEYS)
        if progress is not None:
            progress(done, len(visits))
    properties = Properties(title=content.dossier_title(country_name), subject=content.dossier_subject(visits),
                            author=author_for(options), reproducible=options.reproducible)
    return saved(doc, properties)
