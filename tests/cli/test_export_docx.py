"""`briefing export` to Word: the format from the extension or --format, and its errors."""

import docx

from briefing.cli import main


def _headings(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_a_docx_file_name_gives_a_word_note_of_the_demo_visit(db, tmp_path):
    out = tmp_path / "note.docx"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--classification", "restricted"]) == 0
    assert _headings(out)[:3] == ["Purpose", "Summary", "Key facts"]
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "RESTRICTED"
    names = {cell.text.split("\n")[0] for table in document.tables for row in table.rows for cell in row.cells}
    assert {"Karamoko Traoré", "Murat Nurtleu"} <= names
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_format_option_wins_over_the_extension(db, tmp_path):
    out = tmp_path / "note.pdf"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--format", "docx"]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert _headings(out)[0] == "Purpose"
    pdf = tmp_path / "note.docx.pdf"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(pdf)]) == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_the_dossier_as_word(db, tmp_path):
    out = tmp_path / "dossier.docx"
    assert main(["--db", db, "export", "--country", "kazakhstan", "--out", str(out)]) == 0
    assert _headings(out)[:2] == ["Contents", "Bilateral timeline"]


def test_any_other_file_name_still_gives_a_pdf(db, tmp_path):
    out = tmp_path / "note.out"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
