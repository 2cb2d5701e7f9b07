"""Country dossiers from the window: choose a country, render with progress and Cancel, preview, save."""

import threading

import docx
import pytest
from PySide6.QtWidgets import QPushButton

import briefing.pdf
from briefing.gui import messages
from briefing.gui.dialogs.dossier_country_dialog import DossierCountryDialog
from briefing.gui.preferences import Preferences, save_preferences
from tests.pdf.pdfutil import outline

from .helpers import add_visit, type_text

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def choose_kazakhstan(monkeypatch):
    """The country dialog answered with Kazakhstan, typed as a user would search for it; what it said is kept."""
    said = []

    def answer(dialog: DossierCountryDialog) -> int:
        said.append(dialog.intro.text())
        dialog.country.setEditText("Kazakhstan — 2 visits")
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(DossierCountryDialog, "exec", answer)
    return said


def test_the_country_list_shows_countries_with_visits_and_their_counts(qtbot, store):
    add_visit(store, "Talks in Astana", host="KZ", guest="VN")
    dialog = DossierCountryDialog(store, "KZ")
    qtbot.addWidget(dialog)
    items = [dialog.country.itemText(i) for i in range(dialog.country.count())]
    assert items == ["Burkina Faso — 1 visit", "Kazakhstan — 2 visits", "Vietnam — 1 visit"]
    assert (dialog.code, dialog.export_button.isEnabled()) == ("KZ", True)
    dialog.all_countries.setChecked(True)
    assert dialog.country.count() > 200 and dialog.code == "KZ"
    dialog.country.setEditText("France — 0 visits")
    assert dialog.problem_text() == "There are no visits with France yet."
    assert not dialog.export_button.isEnabled()
    dialog.country.clearEditText()
    type_text(qtbot, dialog.country, "Narnia")
    assert dialog.problem_text() == "'Narnia' is not a country; choose one from the list."


def test_a_dossier_is_previewed_and_saved_with_an_outline_entry_per_visit(qtbot, window, store, tmp_path,
                                                                            monkeypatch, choose_kazakhstan):
    add_visit(store, "Consultations in Astana", host="KZ", guest="VN", start_date="2024-03-04",
              end_date="2024-03-05")
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(target))
    progress = []
    window.pdf_export.busyChanged.connect(
        lambda: progress.append(window.pdf_export.progress is not None) if window.pdf_export.busy else None)
    with qtbot.waitSignal(window.pdf_export.previewOpened, timeout=RENDER_TIMEOUT_MS) as opened:
        window.window_actions.export_dossier.trigger()
    assert progress == [True]  # a progress dialog with Cancel while it renders
    preview = opened.args[0]
    assert preview.windowTitle() == "Preview — Country dossier: Kazakhstan"
    assert preview.rendered.file_name.endswith(" Kazakhstan country dossier.pdf")
    preview.save_button.click()
    visit_entries = [title for title, _page in outline(target.read_bytes()) if " · " in title]
    assert len(visit_entries) == 2
    assert visit_entries[0].endswith("Traoré to Kazakhstan") and visit_entries[1].endswith("Consultations in Astana")


def test_cancelling_the_dossier_writes_nothing(qtbot, window, store, tmp_path, monkeypatch, choose_kazakhstan,
                                               answers):
    add_visit(store, "Consultations in Astana", host="KZ", guest="VN")
    render = briefing.pdf.render_dossier
    reached = threading.Event()
    release = threading.Event()

    def held_render(name, documents, options, progress, is_cancelled):
        progress(1, 4)
        reached.set()
        release.wait(10)  # held on the pool thread until the user has pressed Cancel
        return render(name, documents, options, progress, is_cancelled)

    monkeypatch.setattr(briefing.pdf, "render_dossier", held_render)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: pytest.fail("nothing may be saved"))
    try:
        window.window_actions.export_dossier.trigger()
        qtbot.waitUntil(reached.is_set)
        qtbot.waitUntil(lambda: window.pdf_export.progress.value() == 1)
        with qtbot.waitSignal(window.pdf_export.cancelled, timeout=RENDER_TIMEOUT_MS):
            window.pdf_export.progress.findChild(QPushButton).click()
            release.set()
    finally:
        release.set()
    assert window.pdf_export.previews == [] and not window.pdf_export.busy
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."
    assert list(tmp_path.glob("**/*.pdf")) == [] and answers.warnings == []


def test_a_dossier_with_a_logo_that_cannot_be_used_says_it_is_left_out(qtbot, window, settings, tmp_path,
                                                                      choose_kazakhstan):
    from tests.test_logo import huge_png

    crest = tmp_path / "crest.png"
    crest.write_bytes(huge_png(12_000, 12_000))  # chosen before Briefing checked logos
    save_preferences(settings, Preferences(logo_path=str(crest)))
    with qtbot.waitSignal(window.pdf_export.previewOpened, timeout=RENDER_TIMEOUT_MS) as opened:
        window.window_actions.export_dossier.trigger()
    assert opened.args[0].notice.text() == (
        f"The logo is left out: {crest} is 12,000 × 12,000 pixels; a logo may have at most 16 million (for "
        "example 4,000 × 4,000): save a smaller version. Choose it again in Edit → Preferences, or clear it there.")
    assert b"/Subtype /Image" not in opened.args[0].rendered.data


def test_a_dossier_exported_as_word_holds_the_countrys_visits_newest_first(qtbot, window, store, tmp_path,
                                                                          monkeypatch, choose_kazakhstan):
    add_visit(store, "Consultations in Astana", host="KZ", guest="VN", start_date="2024-03-04",
              end_date="2024-03-05")
    target = tmp_path / "dossier"
    asked = []
    monkeypatch.setattr(messages, "ask_save_path", lambda _parent, title, suggested, file_filter: asked.append(
        (title, suggested, file_filter)) or str(target))
    progress = []
    window.pdf_export.busyChanged.connect(
        lambda: progress.append(window.pdf_export.progress is not None) if window.pdf_export.busy else None)
    with qtbot.waitSignal(window.pdf_export.saved, timeout=RENDER_TIMEOUT_MS) as saved:
        window.window_actions.export_dossier_word.trigger()
    assert choose_kazakhstan[0].startswith("Every visit with the country, as host or guest, in one Word document:")
    assert progress == [True]  # a progress dialog with Cancel while it renders
    title, suggested, file_filter = asked[0]
    assert (title, file_filter) == ("Save country dossier as Word", "Word documents (*.docx)")
    assert suggested.endswith(" Kazakhstan country dossier.docx")
    written = tmp_path / "dossier.docx"
    assert saved.args == ["country dossier", str(written)]
    headings = [paragraph.text for paragraph in docx.Document(str(written)).paragraphs
                if paragraph.style.name == "Heading 1"]
    assert headings == ["Contents", "Bilateral timeline",
                        "Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan",
                        "Consultations in Astana"]
    assert window.statusBar().currentMessage() == f"Saved the country dossier to {written}."
