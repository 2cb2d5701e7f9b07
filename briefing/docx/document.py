"""The Word document's frame: page set-up, a sober look for Word's own styles, the banner in header and footer,
"Page X of Y" as fields, tables whose header row repeats, and the document properties."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table

from briefing import __version__
from briefing.notes import NoteText

INK = RGBColor(0x1B, 0x1F, 0x24)
MUTED = RGBColor(0x5B, 0x63, 0x6D)
HEADER_FILL = "E9EBEE"
BOX_FILL = "F4F5F7"
RULE = "9AA2AC"
HAIRLINE = "C9CED4"
FONT = "Arial"
TABLE_STYLE = "Table Grid"
PAGE_SIZES = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
# The fixed moment a reproducible file is stamped with (the PDF's, too: reportlab's invariant date).
REPRODUCIBLE_TIME = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Properties:
    """The document properties Word shows under File → Info."""

    title: str
    subject: str
    author: str
    reproducible: bool


def new_document(paper: str, classification: str, reference: str, words: NoteText,
                 template: bytes | None = None) -> Document:
    """An empty document on the paper, with the look set and the furniture on every page (in `words`' language).

    From a `template` (checked by briefing.docx.template) the document keeps the template's styles, page set-up,
    header and footer, and only its body is cleared; the banner and the page numbers are added to its header and
    footer."""
    if template is not None:
        return _from_template(template, classification, reference, words)
    document = Document()
    _sober_styles(document)
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = PAGE_SIZES[paper]
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(24)
    section.header_distance, section.footer_distance = Mm(8), Mm(6)
    _furniture(section, classification, reference, words)
    _language(document, words.language)
    return document


def _from_template(template: bytes, classification: str, reference: str, words: NoteText) -> Document:
    from briefing.docx.template import template_document

    document = template_document(template)
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    for section in document.sections:
        _furniture(section, classification, reference, words)
    _language(document, words.language)
    return document


def text_width(document: Document) -> int:
    """The width of the text column, in EMU."""
    return text_width_of(document.sections[0])


def _set_font(style, size: float, bold: bool = False, italic: bool = False, color: RGBColor = INK) -> None:
    font = style.font
    font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
    font.color.rgb = color
    # The template's theme fonts would win over the name: name the font for every script.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)


def _spacing(style, before: float, after: float, keep_with_next: bool = False) -> None:
    paragraph = style.paragraph_format
    paragraph.space_before, paragraph.space_after = Pt(before), Pt(after)
    paragraph.line_spacing = 1.1
    paragraph.keep_with_next = keep_with_next


def _no_rule(style) -> None:
    properties = style.element.get_or_add_pPr()
    for old in properties.findall(qn("w:pBdr")):
        properties.remove(old)


# Word refuses a file whose elements are out of the schema's order: each is inserted before its successors.
_AFTER_PARAGRAPH_BORDERS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_AFTER_TABLE_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_CELL_SHADING = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def _rule(properties, edge: str, color: str, size: int) -> None:
    """A line along one edge of a paragraph (`properties` is its, or its style's, w:pPr)."""
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)
    properties.insert_element_before(borders, *_AFTER_PARAGRAPH_BORDERS)


def _bottom_rule(style, color: str, size: int) -> None:
    _no_rule(style)
    _rule(style.element.get_or_add_pPr(), "bottom", color, size)


def ruled_paragraph(document: Document, edge: str, color: str = RULE, size: int = 6):
    """An empty paragraph drawing a rule across the column (a thin line between parts of the note)."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(4)
    _rule(paragraph._p.get_or_add_pPr(), edge, color, size)
    return paragraph


def rule_above(paragraph, color: str = HAIRLINE, size: int = 4) -> None:
    """A hairline above the paragraph."""
    _rule(paragraph._p.get_or_add_pPr(), "top", color, size)


def _sober_styles(document: Document) -> None:
    """Word's own styles, restyled close to the PDF: one sans-serif face, black ink, thin rules."""
    styles = document.styles
    _set_font(styles["Normal"], 9.5)
    _spacing(styles["Normal"], 0, 4)
    _set_font(styles["Title"], 14, bold=True)
    _spacing(styles["Title"], 0, 6)
    _no_rule(styles["Title"])
    _set_font(styles["Heading 1"], 10.5, bold=True)
    _spacing(styles["Heading 1"], 8, 4, keep_with_next=True)
    _bottom_rule(styles["Heading 1"], RULE, 4)
    _set_font(styles["Heading 2"], 9.5, bold=True)
    _spacing(styles["Heading 2"], 4, 3, keep_with_next=True)
    _set_font(styles["Heading 3"], 9.5, bold=True)
    _spacing(styles["Heading 3"], 4, 3, keep_with_next=True)
    _set_font(styles["Subtitle"], 9.5, color=MUTED)
    _spacing(styles["Subtitle"], 0, 2)
    for name in ("List Number", "List Bullet"):
        _set_font(styles[name], 9.5)
        _spacing(styles[name], 0, 3)
    _set_font(styles["Quote"], 9.5, italic=True)
    _spacing(styles["Quote"], 2, 1)
    for name in ("Header", "Footer"):
        _set_font(styles[name], 7.5, color=MUTED)
        _spacing(styles[name], 0, 0)
        styles[name].paragraph_format.tab_stops.clear_all()  # the template's are set for its own paper
    table = styles[TABLE_STYLE]
    _set_font(table, 9)
    table.paragraph_format.space_after = Pt(0)
    _table_rules(table)


def _table_rules(style) -> None:
    """Data tables as in the PDF: a rule above and below, hairlines between rows, no vertical lines."""
    properties = style.element.find(qn("w:tblPr"))
    for old in properties.findall(qn("w:tblBorders")):
        properties.remove(old)
    _table_borders(properties, (("top", "single", RULE, 6), ("left", "nil", "", 0), ("bottom", "single", RULE, 6),
                                ("right", "nil", "", 0), ("insideH", "single", HAIRLINE, 4), ("insideV", "nil", "", 0)))


def _table_borders(properties, edges: tuple[tuple[str, str, str, int], ...]) -> None:
    """Table borders (edge, kind, colour, size) into a table's or table style's w:tblPr."""
    borders = OxmlElement("w:tblBorders")
    for edge, kind, color, size in edges:
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), kind)
        if size:
            element.set(qn("w:sz"), str(size))
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), color)
        borders.append(element)
    properties.insert_element_before(borders, *_AFTER_TABLE_BORDERS)


def field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES…) in `paragraph`, showing `shown` until Word or a printer updates it."""
    def char(kind: str) -> None:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def _banner(paragraph, label: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(label)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = INK


def _language(document: Document, language: str) -> None:
    """Word's proofing language for the text, so its spelling checker reads the note in the note's language."""
    fonts = document.styles["Normal"].element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), language)
    fonts.insert_element_before(tag, "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _furniture(section, classification: str, reference: str, words: NoteText) -> None:
    """The classification centred at the top and bottom of every page; above the bottom one the reference
    and "Page X of Y" (fields, so they stay right after edits)."""
    if classification:
        _banner(_free_paragraph(section.header), classification)
    footer = section.footer
    line = _free_paragraph(footer)
    stops = line.paragraph_format.tab_stops
    for inherited in line.style.paragraph_format.tab_stops:  # a template's, set for its own paper
        stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(text_width_of(section), WD_TAB_ALIGNMENT.RIGHT)
    if reference:
        line.add_run(reference)
    line.add_run("\t")
    before, between, after = re.split(r"\{number\}|\{total\}", words["page"])
    line.add_run(before)
    field(line, "PAGE", "1")
    line.add_run(between)
    field(line, "NUMPAGES", "1")
    line.add_run(after)
    if classification:
        banner = footer.add_paragraph()
        banner.paragraph_format.space_before = Pt(4)
        _banner(banner, classification)


def _free_paragraph(part):
    """The header's or footer's only paragraph when it is empty, else a new one after what it holds (a
    template's logo or address stays)."""
    paragraphs = part.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].text and not paragraphs[0]._p.xpath(".//w:drawing"):
        return paragraphs[0]
    return part.add_paragraph()


def text_width_of(section) -> int:
    """The width of a section's text column, in EMU."""
    return section.page_width - section.left_margin - section.right_margin


def shade(cell, fill: str) -> None:
    """Fill a table cell with a colour."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shading.set(qn(f"w:{key}"), value)
    properties.insert_element_before(shading, *_AFTER_CELL_SHADING)


def _repeat_as_header(row) -> None:
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _no_borders(table: Table) -> None:
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    _table_borders(table._tbl.tblPr, tuple((edge, "nil", "", 0) for edge in edges))


def set_cell(cell, text: str, bold: bool = False, muted: bool = False, size: float | None = None) -> None:
    """Put text in a table cell (line breaks kept)."""
    paragraph = cell.paragraphs[0]
    add_text(paragraph, text, bold=bold, muted=muted, size=size)


def add_text(paragraph, text: str, bold: bool = False, muted: bool = False, size: float | None = None,
             italic: bool = False):
    """A run of text in the paragraph, its line breaks kept as Word line breaks; returns the last run."""
    run = None
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        if index:
            run._r.insert(0, OxmlElement("w:br"))
        run.bold = bold or None
        run.italic = italic or None
        if muted:
            run.font.color.rgb = MUTED
        if size:
            run.font.size = Pt(size)
    return run


def data_table(document: Document, header: Sequence[str], widths: Sequence[float]) -> Table:
    """A data table in the table style whose shaded header row repeats on every page; `widths` are fractions
    of the text column. Rows are added by the caller and may break across pages."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _fix_widths(table, document, widths)
    row = table.rows[0]
    _repeat_as_header(row)
    for cell, label in zip(row.cells, header, strict=True):
        set_cell(cell, label, bold=True, size=8.5)
        shade(cell, HEADER_FILL)
    return table


def layout_table(document: Document, rows: int, widths: Sequence[float], fill: str | None = None) -> Table:
    """A borderless table that only places things side by side (memo block, key facts, history)."""
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = document.styles["Normal Table"]
    _no_borders(table)
    _fix_widths(table, document, widths)
    if fill:
        for row in table.rows:
            for cell in row.cells:
                shade(cell, fill)
    return table


def _fix_widths(table: Table, document: Document, fractions: Sequence[float]) -> None:
    table.autofit = False
    width = text_width(document)
    for column, fraction in zip(table.columns, fractions, strict=True):
        column.width = int(width * fraction)
        for cell in column.cells:
            cell.width = int(width * fraction)


def numbered_list(document: Document, items: Sequence[str]) -> None:
    """Paragraphs in Word's List Number style, numbered from 1 (each list of a dossier starts afresh)."""
    style = document.styles["List Number"]
    numbering = document.part.numbering_part.numbering_definitions._numbering
    abstract = numbering.num_having_numId(style.element.pPr.numPr.numId.val).abstractNumId.val
    restart = numbering.add_num(abstract)
    restart.add_lvlOverride(ilvl=0).add_startOverride(1)
    for text in items:
        paragraph = document.add_paragraph(style=style)
        add_text(paragraph, text)
        number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = 0
        number.get_or_add_numId().val = restart.numId


def page_break(document: Document) -> None:
    """Start a new page."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def spacer(document: Document, points: float) -> None:
    """An empty paragraph of about this height."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(points)


def saved(document: Document, properties: Properties) -> bytes:
    """The document as .docx bytes with its properties; byte-identical for equal input when reproducible."""
    core = document.core_properties
    moment = REPRODUCIBLE_TIME if properties.reproducible else datetime.datetime.now(datetime.UTC)
    core.title, core.subject, core.author = properties.title, properties.subject, properties.author
    core.last_modified_by = properties.author
    core.created = core.modified = moment.replace(microsecond=0)
    core.revision = 1
    core.comments = f"Made with Briefing {__version__}"
    core.keywords = core.category = ""
    core.language = "en"
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    return _stamped(data, moment) if properties.reproducible else data


def _stamped(data: bytes, moment: datetime.datetime) -> bytes:
    """The package re-written with every member dated `moment` (zip entries otherwise carry the clock)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=moment.timetuple()[:6])
            stamped.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamped, source.read(info.filename))
    return buffer.getvalue()
