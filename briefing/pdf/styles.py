"""Paragraph and table styles of the ministry template, built once per process."""

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from briefing.pdf import fonts

INK = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5B636D")
RULE = colors.HexColor("#9AA2AC")
HAIRLINE = colors.HexColor("#C9CED4")
HEADER_FILL = colors.HexColor("#E9EBEE")
BOX_FILL = colors.HexColor("#F4F5F7")
LINK = colors.HexColor("#1F4E8C")

BODY_SIZE = 9.5
TABLE_SIZE = 9


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the note and dossier use."""

    body: ParagraphStyle
    body_muted: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    quote: ParagraphStyle
    quote_speaker: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    caption: ParagraphStyle
    doc_kind: ParagraphStyle
    title: ParagraphStyle
    organisation: ParagraphStyle
    memo_label: ParagraphStyle
    memo_value: ParagraphStyle
    memo_subject: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_header: ParagraphStyle
    cover_country: ParagraphStyle
    cover_line: ParagraphStyle
    toc_entry: ParagraphStyle
    toc_page: ParagraphStyle
    visit_title: ParagraphStyle
    visit_subtitle: ParagraphStyle
    closing: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared style set (fonts are registered on first use)."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=BODY_SIZE, leading=12.4, textColor=INK,
        spaceAfter=5, splitLongWords=1,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=TABLE_SIZE, leading=11.4, spaceAfter=0)
    heading = ParagraphStyle(
        "heading", parent=body, fontName=fonts.BOLD, fontSize=10.5, leading=13.5,
        spaceBefore=6, spaceAfter=6,
    )
    return Styles(
        body=body,
        body_muted=ParagraphStyle("body_muted", parent=body, textColor=MUTED, fontSize=9, leading=12),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=fonts.REGULAR,
            spaceAfter=3,
        ),
        numbered=ParagraphStyle(
            "numbered", parent=body, leftIndent=16, bulletIndent=0, bulletFontName=fonts.BOLD,
            spaceAfter=3,
        ),
        quote=ParagraphStyle(
            "quote", parent=body, fontName=fonts.ITALIC, leftIndent=14, rightIndent=14, spaceAfter=1,
        ),
        quote_speaker=ParagraphStyle(
            "quote_speaker", parent=body, fontSize=9, leading=12, textColor=MUTED, leftIndent=14,
            spaceAfter=7,
        ),
        heading=heading,
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=fonts.BOLD, fontSize=BODY_SIZE, spaceBefore=4,
            spaceAfter=3, keepWithNext=1,
        ),
        caption=ParagraphStyle(
            "caption", parent=body, fontName=fonts.BOLD, fontSize=BODY_SIZE, spaceBefore=2, spaceAfter=4,
        ),
        doc_kind=ParagraphStyle(
            "doc_kind", parent=body, fontName=fonts.BOLD, fontSize=8.5, leading=11, textColor=MUTED,
            spaceBefore=8, spaceAfter=2,
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18, spaceAfter=7,
        ),
        organisation=ParagraphStyle(
            "organisation", parent=body, fontName=fonts.BOLD, fontSize=11, leading=14, spaceAfter=0,
        ),
        memo_label=ParagraphStyle(
            "memo_label", parent=cell, fontName=fonts.BOLD, textColor=MUTED, fontSize=9.5, leading=12,
        ),
        memo_value=ParagraphStyle("memo_value", parent=cell, fontSize=9.5, leading=12),
        memo_subject=ParagraphStyle(
            "memo_subject", parent=cell, fontName=fonts.BOLD, fontSize=9.5, leading=12,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED, fontSize=8.5, leading=10.5),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=fonts.BOLD, fontSize=8.5),
        cover_country=ParagraphStyle(
            "cover_country", parent=body, fontName=fonts.BOLD, fontSize=28, leading=34, spaceAfter=6,
        ),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=12, leading=16, textColor=MUTED),
        toc_entry=ParagraphStyle("toc_entry", parent=cell, fontSize=BODY_SIZE, leading=13),
        toc_page=ParagraphStyle(
            "toc_page", parent=cell, fontSize=BODY_SIZE, leading=13, alignment=TA_RIGHT,
        ),
        visit_title=ParagraphStyle(
            "visit_title", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18, spaceAfter=2,
        ),
        visit_subtitle=ParagraphStyle(
            "visit_subtitle", parent=body, textColor=MUTED, spaceAfter=4,
        ),
        closing=ParagraphStyle("closing", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
    )


def grid_table_style(extra: tuple = (), row_rules: bool = True) -> TableStyle:
    """Data tables: grey header row repeated on each page, hairlines between rows if asked."""
    rules = [("LINEBELOW", (0, 1), (-1, -1), 0.35, HAIRLINE)] if row_rules else []
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        *rules,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        *extra,
    ])


def plain_table_style(extra: tuple = ()) -> TableStyle:
    """Layout tables without rules (memo block, history list, key facts)."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *extra,
    ])
