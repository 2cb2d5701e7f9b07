"""The ministry's Word template: the export keeps its page set-up, styles and header, and adds the banner and
page fields; a template that cannot be used is refused with its reason (the export keeps the built-in look)."""

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor

from briefing.cli import main
from briefing.docx import render_dossier_docx, render_note_docx
from briefing.docx.template import TemplateRefused, read_template
from tests.docx.test_note_docx import instructions, opened
from tests.pdf.samples import burkina_visit, options

LETTER_LANDSCAPE = (Mm(279.4), Mm(215.9))
TEAL = RGBColor(0x00, 0x66, 0x66)


def ministry_template(path) -> None:
    """A template as a ministry would make it: Letter landscape, its own Heading 1, its address in the header."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = LETTER_LANDSCAPE
    heading = document.styles["Heading 1"]
    heading.font.name, heading.font.size, heading.font.color.rgb = "Georgia", Pt(15), TEAL
    section.header.paragraphs[0].text = "Ministry of Foreign Affairs · Astana"
    document.add_paragraph("Text of the template that the note replaces.")
    document.save(str(path))


def test_the_note_keeps_the_templates_page_heading_style_and_header(tmp_path):
    ministry_template(tmp_path / "ministry.docx")
    template = read_template(tmp_path / "ministry.docx")
    document = opened(render_note_docx(burkina_visit(), options(classification="restricted", template_docx=template)))
    section = document.sections[0]
    assert (section.page_width, section.page_height) == LETTER_LANDSCAPE
    heading = document.styles["Heading 1"].font
    assert (heading.name, heading.size, heading.color.rgb) == ("Georgia", Pt(15), TEAL)
    assert [p.text for p in section.header.paragraphs] == ["Ministry of Foreign Affairs · Astana", "RESTRICTED"]
    assert [p.text for p in section.footer.paragraphs][-1] == "RESTRICTED"
    assert instructions(section.footer) == ["PAGE", "NUMPAGES"]
    page_line = section.footer.paragraphs[0]
    inherited = {stop.position for stop in page_line.style.paragraph_format.tab_stops}
    assert inherited  # the template's Footer style has its own tab stops, set for portrait paper
    stops = {stop.position: stop.alignment for stop in page_line.paragraph_format.tab_stops}
    assert stops == {**dict.fromkeys(inherited, WD_TAB_ALIGNMENT.CLEAR),
                     section.page_width - section.left_margin - section.right_margin: WD_TAB_ALIGNMENT.RIGHT}
    body = [p.text for p in document.paragraphs]
    assert "Text of the template that the note replaces." not in body
    assert "Purpose" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_the_dossier_starts_from_the_template_too(tmp_path):
    ministry_template(tmp_path / "ministry.docx")
    template = read_template(tmp_path / "ministry.docx")
    document = opened(render_dossier_docx("KZ", [burkina_visit()], options(template_docx=template)))
    section = document.sections[0]
    assert (section.page_width, section.page_height) == LETTER_LANDSCAPE
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert section.header.paragraphs[0].text == "Ministry of Foreign Affairs · Astana"
    assert instructions(section.footer) == ["PAGE", "NUMPAGES"]


def test_a_file_that_is_not_a_word_document_is_refused_with_its_reason(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"just some text")
    with pytest.raises(TemplateRefused, match=r"^is not a Word document \(\.docx\), or it is damaged$"):
        read_template(tmp_path / "notes.docx")
    with pytest.raises(TemplateRefused, match=r"^cannot be found$"):
        read_template(tmp_path / "gone.docx")


def test_the_command_line_uses_the_template_and_falls_back_with_a_notice(tmp_path, capsys):
    db = str(tmp_path / "export.sqlite")
    ministry_template(tmp_path / "ministry.docx")
    out = tmp_path / "note.docx"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--template",
                 str(tmp_path / "ministry.docx")]) == 0
    assert docx.Document(str(out)).sections[0].page_width == LETTER_LANDSCAPE[0]
    capsys.readouterr()
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 damaged")
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--template",
                 str(tmp_path / "broken.docx")]) == 0
    assert capsys.readouterr().err == (f"briefing: the Word template {tmp_path / 'broken.docx'} is not a Word "
                                       "document (.docx), or it is damaged; the built-in look is used\n")
    built_in = docx.Document(io.BytesIO(out.read_bytes())).sections[0]
    assert round(built_in.page_width.mm) == 210
    assert built_in.header.paragraphs[0].text == "OFFICIAL"
