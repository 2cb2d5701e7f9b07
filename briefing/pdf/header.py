"""The note's header block: organisation and logo, classification, title and memo lines."""

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image

from briefing.notes import note_text
from briefing.pdf.flowables import Para, cell, layout_table
from briefing.pdf.options import NoteOptions
from briefing.pdf.styles import INK, RULE, plain_table_style, styles
from briefing.pdf.text import clean, esc, format_date

LOGO_MAX_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 40 * mm


def logo(png: bytes | None) -> Image | None:
    """The logo (a PNG checked by briefing.logo) scaled into its box, or None when there is none."""
    if not png:
        return None
    image_width, image_height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(LOGO_MAX_HEIGHT / image_height, LOGO_MAX_WIDTH / image_width)
    return Image(io.BytesIO(png), width=image_width * scale, height=image_height * scale, hAlign="LEFT")


def masthead(options: NoteOptions, width: float) -> list[Flowable]:
    """Logo and organisation, a rule below; nothing when there is neither.

    The classification is not repeated here: the banner at the top of every page carries it.
    """
    s = styles()
    picture = logo(options.logo_png)
    organisation = esc(options.organisation)
    if picture is None and not organisation:
        return []
    row: list = []
    widths: list[float] = []
    if picture is not None:
        row.append(picture)
        widths.append(picture.drawWidth + 5 * mm)
    row.append(cell(organisation, s.organisation))
    widths.append(width - sum(widths))
    table = layout_table([row], widths, plain_table_style((("VALIGN", (0, 0), (-1, -1), "MIDDLE"),)))
    return [table, HRFlowable(width="100%", thickness=0.8, color=INK, spaceBefore=5, spaceAfter=0)]


def memo_block(options: NoteOptions, title: str, subject: str, reference: str, width: float) -> list[Flowable]:
    """The document kind and title, then To / From / Date / Reference / Subject."""
    s = styles()
    words = note_text(options.language)
    left = [(words["memo.to"], clean(options.recipient)), (words["memo.from"], clean(options.sender))]
    left = [(label, value) for label, value in left if value]
    right = [(words["memo.date"], format_date(options.effective_date(), words)), (words["memo.reference"], reference)]
    rows = []
    for index in range(max(len(left), len(right))):
        row = []
        for pairs in (left, right):
            label, value = pairs[index] if index < len(pairs) else ("", "")
            row += [cell(esc(label), s.memo_label), cell(esc(value), s.memo_value)]
        rows.append(row)
    spans = []
    if subject:
        rows.append([cell(esc(words["memo.subject"]), s.memo_label), cell(esc(subject), s.memo_subject), "", ""])
        spans.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
        spans.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 5))
    label_left, label_right = 17 * mm, 20 * mm
    value_left = 0.6 * width - label_left
    widths = [label_left, value_left, label_right, width - label_left - value_left - label_right]
    flowables: list[Flowable] = [Para(esc(words["document.kind"]), s.doc_kind)]
    if title:
        flowables.append(Para(esc(title), s.title))
    flowables.append(layout_table(rows, widths, plain_table_style(tuple(spans))))
    flowables.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=6, spaceAfter=2))
    return flowables
