"""The note's baseline: bare reportlab laying out the same paragraphs and tables, nothing of Briefing's own.

`contents()` takes the paragraphs (markup and style) and tables (cells and column widths) out of
the note's story once; `render_bare()` then has reportlab build them into a PDF with a
SimpleDocTemplate: no page furniture, no keep-with-next logic, no Briefing code.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable, Spacer

_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def contents(story: list[Flowable]) -> list[tuple]:
    """The story as plain data: ("p", markup, style), ("t", rows, widths, repeat rows) and ("space", height)."""
    items: list[tuple] = []
    for flowable in story:
        if isinstance(flowable, Paragraph):
            items.append(("p", flowable.text, flowable.style))
        elif isinstance(flowable, Table):
            rows = [[_cell(value) for value in row] for row in flowable._cellvalues]
            items.append(("t", rows, flowable._argW, flowable.repeatRows))
        elif isinstance(flowable, KeepTogether):
            items += contents(flowable._content)
        elif isinstance(flowable, HRFlowable | Spacer) and not isinstance(flowable, CondPageBreak):
            items.append(("space", flowable.wrap(0, 0)[1]))
    return items


def _cell(value: Any) -> Any:
    if isinstance(value, Paragraph):
        return ("p", value.text, value.style)
    if isinstance(value, list | tuple):
        return [_cell(item) for item in value]
    return value if isinstance(value, str) else ""


def _flowable(item: Any) -> Any:
    if isinstance(item, tuple) and item[0] == "p":
        return Paragraph(item[1], item[2])
    if isinstance(item, list):
        return [_flowable(value) for value in item]
    return item


def render_bare(items: list[tuple]) -> bytes:
    """The contents laid out on A4 by reportlab alone."""
    story: list[Flowable] = []
    for item in items:
        if item[0] == "p":
            story.append(Paragraph(item[1], item[2]))
        elif item[0] == "t":
            table = Table([[_flowable(value) for value in row] for row in item[1]], colWidths=item[2],
                          repeatRows=item[3])
            table.setStyle(_GRID)
            story.append(table)
        else:
            story.append(Spacer(0, item[1]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()
