"""The briefing note and dossier as Word documents, read back with python-docx: styles, order, names, furniture."""

import datetime
import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from briefing.docx import render_dossier_docx, render_note_docx
from briefing.logo import prepared_logo
from briefing.pdf import SECTIONS
from tests.pdf.samples import burkina_visit, consultations_2019, empty_visit, new_york_meeting, options, person
from tests.pdf.test_note import NAMES, demo_visit


def opened(data: bytes) -> docx.document.Document:
    """The document python-docx reads from the bytes."""
    return docx.Document(io.BytesIO(data))


def headings(document, level: int = 1) -> list[str]:
    """The texts of the paragraphs in Word's Heading `level` style, in order."""
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def instructions(part) -> list[str]:
    """The field codes (PAGE, NUMPAGES…) in a header, footer or body part, in order."""
    return [code.text.strip() for code in part._element.iter(qn("w:instrText"))]


def table_texts(table) -> list[list[str]]:
    """Every row of a table as its cells' texts."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_sections_are_word_headings_in_the_order_of_the_pdf():
    document = opened(render_note_docx(burkina_visit(), options()))
    assert headings(document) == [label for key, label in SECTIONS if key != "clearance"]
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [burkina_visit()["title"]]
    assert headings(document, 2) == ["Burkina Faso — guest delegation", "Kazakhstan — host side", "Quotes"]


def test_only_the_chosen_sections_and_none_that_are_empty():
    chosen = opened(render_note_docx(burkina_visit(), options(sections=frozenset({"summary", "follow_ups"}))))
    assert headings(chosen) == ["Summary", "Follow-up actions"]
    assert headings(opened(render_note_docx(empty_visit(), options()))) == ["Purpose", "Key facts"]


def test_names_with_diacritics_and_cyrillic_are_exact_in_the_participants_tables():
    visit = burkina_visit()
    visit["participants"] += [person(name, "Minister", "guest") for name in NAMES[1:]]
    document = opened(render_note_docx(visit, options()))
    names = [row[0].split("\n")[0] for table in document.tables for row in table_texts(table)[1:]]
    for name in NAMES:
        assert name in names


def test_participants_areas_agreements_and_follow_ups_are_tables_whose_header_row_repeats():
    document = opened(render_note_docx(burkina_visit(), options()))
    data_tables = [table for table in document.tables if table.style.name == "Table Grid"]
    headers = [table_texts(table)[0] for table in data_tables]
    assert headers == [
        ["Name", "Title and organisation"], ["Name", "Title and organisation"], ["Area", "Topic", "Notes"],
        ["Title", "Kind", "Status", "Signed", "Signatories"], ["Action", "Owner", "Due", "Status"],
    ]
    for table in data_tables:
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
        assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])
    assert table_texts(data_tables[0])[1][0] == "Karamoko Jean-Marie Traoré\nHead of delegation"
    assert table_texts(data_tables[4])[1][:3] == [
        "Send the draft programme of consultations for 2026", "Department of Africa", "15 July 2025"]


def test_key_messages_are_word_list_numbers():
    document = opened(render_note_docx(burkina_visit(), options()))
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered == [point for point in burkina_visit()["talking_points"] if point.strip()]


def test_the_banner_is_in_header_and_footer_and_the_footer_counts_pages_with_fields():
    document = opened(render_note_docx(burkina_visit(), options(classification="restricted")))
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["RESTRICTED"]
    footer = [p.text for p in section.footer.paragraphs]
    assert footer[-1] == "RESTRICTED"
    assert footer[0].startswith("BRF-2025-06-03-BF-KZ\tPage ") and " of " in footer[0]
    assert instructions(section.footer) == ["PAGE", "NUMPAGES"]
    assert "RESTRICTED" not in "\n".join(p.text for p in document.paragraphs)


def test_the_closing_block_ends_the_note():
    note = render_note_docx(burkina_visit(), options(drafter_telephone="+7 7172 72 00 00", approved_by="A. Nurlanov"))
    last = opened(note).paragraphs[-1].text
    assert last == ("Prepared by  A. Seitkali, Africa Division, +7 7172 00 00 00, tel. +7 7172 72 00 00, 28 May 2025"
                    " · Cleared by  Director, Department of Africa and the Middle East · Approved by  A. Nurlanov")


def test_document_properties_title_subject_author_and_created():
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    core = opened(render_note_docx(burkina_visit(), options(reproducible=False))).core_properties
    assert core.title == "First visit of the Foreign Minister of Burkina Faso to Kazakhstan"
    assert core.subject.startswith("Briefing note: Visit of the Minister of Foreign Affairs")
    assert core.author == "Ministry of Foreign Affairs"
    assert before <= core.created.replace(tzinfo=datetime.UTC) <= datetime.datetime.now(datetime.UTC)


def test_reproducible_output_is_byte_identical():
    first = render_note_docx(burkina_visit(), options())
    assert render_note_docx(burkina_visit(), options()) == first
    assert render_note_docx(burkina_visit(), options(note_date=datetime.date(2025, 5, 29))) != first


@pytest.mark.parametrize(("paper", "width_mm"), [("a4", 210), ("letter", 215.9)])
def test_paper_size(paper, width_mm):
    section = opened(render_note_docx(burkina_visit(), options(paper=paper))).sections[0]
    assert section.page_width.mm == pytest.approx(width_mm, abs=0.1)


def test_the_logo_stands_before_the_organisation(tmp_path):
    logo = tmp_path / "crest.png"
    Image.new("RGB", (200, 100), (20, 40, 90)).save(logo)
    with_logo = render_note_docx(burkina_visit(), options(logo_png=prepared_logo(logo)))
    assert any(name.startswith("word/media/") for name in zipfile.ZipFile(io.BytesIO(with_logo)).namelist())
    first = opened(with_logo).paragraphs[0]
    assert first._p.xpath(".//pic:pic") and first.text.strip() == "Ministry of Foreign Affairs"


def test_editing_a_paragraph_keeps_the_document_valid_and_its_page_fields():
    document = opened(render_note_docx(demo_visit(), options()))
    summary = next(p for p in document.paragraphs if p.text.startswith("Karamoko Traoré"))
    summary.text = "Edited by the head of unit: Нұр-Сұлтан talks went well."
    buffer = io.BytesIO()
    document.save(buffer)
    again = opened(buffer.getvalue())
    assert any(p.text == "Edited by the head of unit: Нұр-Сұлтан talks went well." for p in again.paragraphs)
    assert instructions(again.sections[0].footer) == ["PAGE", "NUMPAGES"]
    assert headings(again)[0] == "Purpose"


def test_the_dossier_has_cover_contents_timeline_and_one_part_per_visit_newest_first():
    data = render_dossier_docx("Burkina Faso", [new_york_meeting(), consultations_2019(), burkina_visit()],
                               options())
    document = opened(data)
    titles = ["First visit of the Foreign Minister of Burkina Faso to Kazakhstan",
              "Meeting of foreign ministers on the margins of the UN General Assembly",
              "Political consultations at director level"]
    assert headings(document) == ["Contents", "Bilateral timeline", *titles]
    assert "Purpose" not in headings(document, 2) and "Summary" in headings(document, 2)
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Burkina Faso"]
    assert document.core_properties.title == "Burkina Faso: country dossier"
    assert instructions(document.sections[0].footer) == ["PAGE", "NUMPAGES"]


def test_each_visit_of_the_dossier_numbers_its_key_messages_from_one():
    document = opened(render_dossier_docx("Burkina Faso", [new_york_meeting(), burkina_visit()], options()))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    lists = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(lists) == 2
    numbering = document.part.numbering_part.element
    for num_id in lists:
        num = numbering.num_having_numId(num_id)
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_the_word_note_speaks_the_notes_language():
    document = opened(render_note_docx(burkina_visit(), options(language="ru", approved_by="А. Нурланов")))
    assert headings(document)[:2] == ["Цель", "Краткое содержание"]
    assert document.sections[0].footer.paragraphs[0].text.split("\t")[1].startswith("Стр. ")
    assert "Утвердил  А. Нурланов" in document.paragraphs[-1].text
    french = opened(render_note_docx(burkina_visit(), options(language="fr")))
    assert headings(french)[0] == "But de la note"
