"""Reading press releases from .txt, .html and .pdf files, and refusing what cannot be read."""

from pathlib import Path

import pytest

from briefing.extract import SourceError, extract, read_source


def test_plain_text_is_read_as_is(tmp_path: Path):
    path = tmp_path / "release.txt"
    path.write_text("Minister Ana Rios of Chile arrived in Oslo.\nSecond line é\n", encoding="utf-8")
    assert read_source(path) == "Minister Ana Rios of Chile arrived in Oslo.\nSecond line é\n"


def test_html_loses_its_tags_scripts_and_entities(tmp_path: Path):
    path = tmp_path / "release.html"
    path.write_text(
        "<!doctype html><html><head><title>Talks in Oslo</title><style>p {color: red}</style>"
        "<script>var x = '<p>no</p>';</script></head><body><h1>Chile &amp; Norway</h1>"
        "<p>Minister Ana Rios of Chile arrived in Oslo&nbsp;on a working visit.</p>"
        "<p>She met Jos&eacute; Ruiz.</p></body></html>", encoding="utf-8")
    assert read_source(path) == (
        "Talks in Oslo\nChile & Norway\nMinister Ana Rios of Chile arrived in Oslo on a working visit.\n"
        "She met José Ruiz.\n")


def test_pdf_text_is_extracted(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "release.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawString(72, 760, "Foreign Minister Ana Rios of Chile arrived in Oslo on a working visit.")
    page.drawString(72, 740, "She signed an agreement on polar research.")
    page.save()
    text = read_source(path)
    assert "arrived in Oslo on a working visit." in text
    assert extract(text).document["host_country"] == "Norway"


def test_missing_file(tmp_path: Path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "absent.txt")


def test_directory(tmp_path: Path):
    with pytest.raises(SourceError, match="not a file"):
        read_source(tmp_path)


def test_binary_junk(tmp_path: Path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError, match="not a text file"):
        read_source(path)


def test_broken_pdf(tmp_path: Path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(200)))
    with pytest.raises(SourceError, match="PDF"):
        read_source(path)


def test_unsupported_type(tmp_path: Path):
    path = tmp_path / "release.docx"
    path.write_bytes(b"PK\x03\x04 not really a document")
    with pytest.raises(SourceError, match="unsupported file type"):
        read_source(path)


def test_messages_are_one_line(tmp_path: Path):
    with pytest.raises(SourceError) as raised:
        read_source(tmp_path / "absent.pdf")
    assert "\n" not in str(raised.value)


def test_pdf_lines_wrapped_inside_a_paragraph_are_joined(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "wrapped.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    for row, line in enumerate(["Talks in Oslo", "Foreign Minister Ana Rios of Chile arrived in Oslo on a working",
                                "visit and signed an agreement on polar research with her Norwegian coun-",
                                "terpart Per Dahl."]):
        page.drawString(72, 760 - 20 * row, line)
    page.save()
    assert read_source(path) == (
        "Talks in Oslo\nForeign Minister Ana Rios of Chile arrived in Oslo on a working visit and signed an "
        "agreement on polar research with her Norwegian counterpart Per Dahl.\n")


def test_html_paragraphs_wrapped_in_the_page_source_stay_one_line(tmp_path: Path):
    path = tmp_path / "wrapped.html"
    path.write_text("<p>Minister Ana Rios\nof Chile arrived\n  in Oslo.</p><p>Second.</p>", encoding="utf-8")
    assert read_source(path) == "Minister Ana Rios of Chile arrived in Oslo.\nSecond.\n"
