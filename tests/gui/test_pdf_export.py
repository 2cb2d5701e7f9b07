"""Briefing notes from the window: options remembered, rendered off the GUI thread, previewed, saved as PDF."""

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices, QImage

from briefing.gui import messages
from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
from briefing.gui.note_choices import remembered_note_options
from briefing.gui.preferences import Preferences, load_preferences, save_preferences
from briefing.paths import user_data_dir
from tests.pdf.pdfutil import all_text, flat

RENDER_TIMEOUT_MS = 30_000


def _choose(dialog: ExportOptionsDialog, classification: str, recipient: str, paper: str = "a4",
            without: tuple[str, ...] = ()) -> None:
    dialog.classification.setEditText(classification)
    dialog.recipient.setText(recipient)
    dialog.drafter.setText("Aigerim Sarsenova")
    for key in without:
        dialog.section_boxes[key].setChecked(False)
    for button in dialog.paper_buttons.buttons():
        button.setChecked(button.property("paper") == paper)


@pytest.fixture
def options_answer(monkeypatch):
    """The export options dialog, filled in as the user would and accepted (instead of its modal loop)."""
    choices = {"classification": "RESTRICTED", "recipient": "Minister for Foreign Affairs"}

    def answer(dialog):
        _choose(dialog, **choices)
        dialog.preview_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportOptionsDialog, "exec", answer)
    return choices


def _preview(qtbot, window, shortcut: bool = False):
    with qtbot.waitSignal(window.pdf_export.previewOpened, timeout=RENDER_TIMEOUT_MS) as opened:
        if shortcut:
            qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        else:
            window.window_actions.export.trigger()
    preview = opened.args[0]
    qtbot.waitExposed(preview)
    return preview


def test_the_options_dialog_remembers_the_last_choices(qtbot, settings):
    first = ExportOptionsDialog(settings, "A visit")
    qtbot.addWidget(first)
    assert first.classification.currentText() == "OFFICIAL"
    assert all(box.isChecked() for box in first.section_boxes.values())
    _choose(first, "EYES ONLY — PROTOCOL", "Deputy Minister", paper="letter", without=("background",))
    first.accept()
    second = ExportOptionsDialog(settings, "Another visit")
    qtbot.addWidget(second)
    options = second.options
    assert (options.classification, options.recipient, options.drafter, options.paper) == (
        "EYES ONLY — PROTOCOL", "Deputy Minister", "Aigerim Sarsenova", "letter")
    assert "background" not in options.sections and "summary" in options.sections


def test_preview_needs_a_label_and_a_section(qtbot, settings):
    dialog = ExportOptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.classification.setEditText("  ")
    assert not dialog.preview_button.isEnabled()
    assert dialog.problem_text() == "Choose a classification label or type your own."
    dialog.classification.setEditText("SECRET")
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert dialog.problem_text() == "Choose at least one section."
    dialog.section_boxes["summary"].setChecked(True)
    assert dialog.preview_button.isEnabled()


def test_ctrl_e_previews_the_note_then_saves_it_with_the_options(qtbot, window, tmp_path, monkeypatch,
                                                                   options_answer):
    target = tmp_path / "note.pdf"
    asked, opened = [], []
    monkeypatch.setattr(messages, "ask_save_path",
                        lambda _parent, _title, suggested, _filter: asked.append(suggested) or str(target))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    preview = _preview(qtbot, window, shortcut=True)
    assert preview.document.pageCount() == 2
    assert preview.pages.text() == "Briefing note · 2 pages · A4"
    assert not target.exists()  # nothing is written before Save as…
    preview.open_after.setChecked(True)
    with qtbot.waitSignal(window.pdf_export.saved):
        preview.save_button.click()
    assert Path(asked[0]).name == "2025-06-03 Burkina Faso – Kazakhstan briefing.pdf"
    text = flat(all_text(target.read_bytes()))
    assert "RESTRICTED" in text and "Minister for Foreign Affairs" in text and "Aigerim Sarsenova" in text
    assert opened == [str(target)]
    assert not preview.isVisible()
    assert window.statusBar().currentMessage() == f"Saved the briefing note to {target}."


def test_the_next_save_proposes_the_folder_of_the_last(qtbot, window, tmp_path, monkeypatch, options_answer):
    folder = tmp_path / "notes"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(messages, "ask_save_path",
                        lambda _parent, _title, suggested, _filter: asked.append(suggested) or str(folder / "a"))
    _preview(qtbot, window).save_button.click()
    assert (folder / "a.pdf").read_bytes().startswith(b"%PDF")  # the extension is added
    _preview(qtbot, window).save_button.click()
    assert Path(asked[1]).parent == folder


def test_a_failed_save_says_how_to_fix_it_and_keeps_the_preview(qtbot, window, tmp_path, monkeypatch, answers,
                                                                 options_answer):
    missing = tmp_path / "no" / "such" / "folder" / "note.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(missing))
    preview = _preview(qtbot, window)
    preview.save_button.click()
    assert answers.warnings[0].startswith(f"Not saved|The briefing note could not be written to {missing}")
    assert "Choose another folder" in answers.warnings[0]
    assert preview.isVisible()


def test_cancelling_the_options_renders_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda dialog: 0)
    window.window_actions.export.trigger()
    assert not window.pdf_export.busy and window.pdf_export.previews == []


def test_the_window_stays_usable_while_the_note_renders(qtbot, window, options_answer):
    with qtbot.waitSignal(window.pdf_export.previewOpened, timeout=RENDER_TIMEOUT_MS):
        window.window_actions.export.trigger()
        assert window.pdf_export.busy and not window.window_actions.export.isEnabled()
        window.show_tab(2)  # the GUI thread is free while the pool renders
    assert window.window_actions.export.isEnabled()


def _choose_logo(qtbot, dialog: PreferencesDialog, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(path))
    dialog.choose_logo.click()
    assert not dialog.ok_button.isEnabled()  # until the logo is checked, off the GUI thread
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=RENDER_TIMEOUT_MS)


def test_the_preferences_print_the_organisation_and_a_copy_of_the_logo_in_the_header(qtbot, window, settings,
                                                                                      tmp_path, monkeypatch):
    logo = tmp_path / "crest.png"
    image = QImage(3000, 1500, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(logo))

    def fill(dialog: PreferencesDialog) -> int:
        dialog.organisation.setText("Ministry of Foreign Affairs of the Republic of Kazakhstan")
        _choose_logo(qtbot, dialog, monkeypatch, logo)
        assert not dialog.logo.pixmap().isNull() and dialog.clear_logo.isEnabled()
        assert dialog.logo_name.text() == str(logo)
        dialog.keep_backups.setValue(4)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fill)
    window.window_actions.preferences.trigger()
    assert window.store.keep_backups == 4
    kept = user_data_dir() / "logo.png"
    assert load_preferences(settings).logo_path == str(kept)
    assert QImage(str(kept)).size().toTuple() == (768, 384)  # scaled into the logo's box
    logo.unlink()  # exports read Briefing's copy
    with qtbot.waitSignal(window.pdf_export.rendered, timeout=RENDER_TIMEOUT_MS) as rendered:
        window.pdf_export.render_note(window.detail.visit_id, remembered_note_options(settings))
    data = rendered.args[0].data
    assert "Ministry of Foreign Affairs of the Republic of Kazakhstan" in flat(all_text(data))
    assert b"/Subtype /Image" in data and rendered.args[0].notice == ""


def test_clearing_the_logo_deletes_the_copy(qtbot, settings, tmp_path, monkeypatch):
    logo = tmp_path / "crest.png"
    QImage(40, 20, QImage.Format.Format_RGB32).save(str(logo))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    _choose_logo(qtbot, dialog, monkeypatch, logo)
    dialog.accept()
    assert (user_data_dir() / "logo.png").exists()
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.logo.pixmap().isNull(), timeout=RENDER_TIMEOUT_MS)
    assert again.logo_name.text() == str(logo)  # the file chosen, not Briefing's copy
    again.clear_logo.click()
    again.accept()
    assert load_preferences(settings).logo_path == "" and not (user_data_dir() / "logo.png").exists()


def _huge_png(path: Path) -> Path:
    from tests.test_logo import huge_png

    path.write_bytes(huge_png(20_000, 20_000))
    return path


def _text_file(path: Path) -> Path:
    path.write_text("hello")
    return path


def _named_pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("make, reason", [
    (_text_file, "is not a PNG or JPEG image"),
    (_huge_png, "is 20,000 × 20,000 pixels; a logo may have at most 16 million (for example 4,000 × 4,000): "
                "save a smaller version"),
    (_named_pipe, "is not a file (a device or a named pipe)"),
], ids=["not an image", "400 million pixels", "named pipe"])
def test_a_logo_that_cannot_be_used_is_refused_with_the_reason(qtbot, settings, tmp_path, monkeypatch, answers,
                                                               make, reason):
    path = tmp_path / "crest.png"
    make(path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    _choose_logo(qtbot, dialog, monkeypatch, path)
    assert answers.warnings == [f"Logo not used|{path} {reason}.\n\nChoose a PNG or JPEG file of at most 10 MB and "
                                "16 million pixels."]
    assert dialog.preferences.logo_path == "" and not dialog.clear_logo.isEnabled()
    assert dialog.logo.text() == "No logo"


def test_a_logo_that_never_answers_is_left_out_of_every_export_with_a_warning(qtbot, window, settings, tmp_path,
                                                                               options_answer):
    pipe = _named_pipe(tmp_path / "logo.png")  # as a share that stopped answering: reading it would wait for ever
    save_preferences(settings, Preferences(logo_path=str(pipe)))
    for _second in (False, True):
        preview = _preview(qtbot, window)
        assert preview.notice.isVisible()
        assert preview.notice.text() == (f"The logo is left out: {pipe} is not a file (a device or a named pipe). "
                                         "Choose it again in Edit → Preferences, or clear it there.")
        assert b"/Subtype /Image" not in preview.rendered.data
        preview.reject()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=RENDER_TIMEOUT_MS)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.logo.text() == "Not used", timeout=RENDER_TIMEOUT_MS)
    assert dialog.logo_name.text() == (f"The logo is not used: {pipe} is not a file (a device or a named pipe). "
                                       "Choose it again or clear it.")


def test_saving_over_a_read_only_file_asks_first(qtbot, window, tmp_path, monkeypatch, answers, options_answer):
    target = tmp_path / "signed.pdf"
    target.write_bytes(b"the signed note")
    target.chmod(0o444)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(target))
    preview = _preview(qtbot, window)
    answers.confirm_with = False
    preview.save_button.click()
    assert answers.confirmations == [f"Replace a read-only file?|{target} is read-only.|&Replace|It may have been "
                                     "marked read-only so that it is kept as it is. Replace it with this briefing "
                                     "note?"]
    assert target.read_bytes() == b"the signed note" and preview.isVisible()
    answers.confirm_with = True
    with qtbot.waitSignal(window.pdf_export.saved):
        preview.save_button.click()
    assert target.read_bytes().startswith(b"%PDF") and not preview.isVisible()
    assert target.stat().st_mode & 0o777 == 0o444


def test_a_named_pipe_is_not_replaced_by_the_note(qtbot, window, tmp_path, monkeypatch, answers, options_answer):
    pipe = tmp_path / "note.pdf"
    os.mkfifo(pipe)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(pipe))
    preview = _preview(qtbot, window)
    preview.save_button.click()
    assert answers.warnings == [f"Not saved|The briefing note could not be written to {pipe}: it is a named pipe, "
                                "not a file.\n\nChoose another folder (one you can write to) or another file name, "
                                "and save again."]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and preview.isVisible()
