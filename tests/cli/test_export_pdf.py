"""`briefing export`: the note and the country dossier from the command line, and its errors."""

import pypdf
import pytest

from briefing.cli import main


def _text(path):
    reader = pypdf.PdfReader(path)
    return [page.extract_text() for page in reader.pages], reader


def test_note_of_the_demo_visit_is_two_pages_with_banner_and_names(db, tmp_path):
    out = tmp_path / "note.pdf"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--classification", "restricted"]) == 0
    pages, reader = _text(out)
    assert len(pages) == 2
    for number, text in enumerate(pages, start=1):
        assert text.count("RESTRICTED") >= 2
        assert f"Page {number} of 2" in text
    everything = "\n".join(pages)
    assert "Karamoko Traoré" in everything and "Murat Nurtleu" in everything
    assert "Memorandum of Understanding on Political and Diplomatic" in everything
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)


def test_letter_paper(db, tmp_path):
    out = tmp_path / "letter.pdf"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(out), "--paper", "letter"]) == 0
    _, reader = _text(out)
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (612, 792)


def test_country_dossier_has_an_outline_entry_per_visit(db, tmp_path):
    out = tmp_path / "dossier.pdf"
    assert main(["--db", db, "export", "--country", "kazakhstan", "--out", str(out)]) == 0
    pages, reader = _text(out)
    assert "Kazakhstan" in pages[0]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert any("Traoré" in title or "Burkina Faso" in title for title in titles)


@pytest.mark.parametrize("args, message", [
    (["--visit", "99"], "briefing: no visit with id 99 (see 'briefing list')\n"),
    (["--country", "Atlantis"], "briefing: 'Atlantis' is not a known country\n"),
    (["--country", "Peru"], "briefing: no visits with Peru\n"),
])
def test_unknown_visit_or_country(capsys, db, tmp_path, args, message):
    out = tmp_path / "never.pdf"
    assert main(["--db", db, "export", *args, "--out", str(out)]) == 2
    assert capsys.readouterr().err == message
    assert not out.exists()


def test_unwritable_path_leaves_no_partial_file(capsys, db, tmp_path):
    folder = tmp_path / "missing-folder"
    assert main(["--db", db, "export", "--visit", "1", "--out", str(folder / "b.pdf")]) == 2
    assert capsys.readouterr().err == f"briefing: cannot write {folder / 'b.pdf'}: No such file or directory\n"
    assert not folder.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".part", ".pdf")] == []


def test_a_folder_as_output_is_refused(capsys, db, tmp_path):
    assert main(["--db", db, "export", "--visit", "1", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"briefing: cannot write {tmp_path}: it is a folder, not a file\n"
