"""Briefing notes from the window: options remembered, rendered off the GUI thread, previewed, saved as PDF."""

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage

from briefing.gui import messages
from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
from briefing.gui.note_choices import remembered_note_options
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


def test_the_preferences_print_the_organisation_and_logo_in_the_header(qtbot, window, settings, tmp_path,
                                                                       monkeypatch):
    logo = tmp_path / "crest.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(logo))
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(logo))

    def fill(dialog: PreferencesDialog) -> int:
        dialog.organisation.setText("Ministry of Foreign Affairs of the Republic of Kazakhstan")
        dialog.choose_logo.click()
        assert not dialog.logo.pixmap().isNull() and dialog.clear_logo.isEnabled()
        dialog.keep_backups.setValue(4)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fill)
    window.window_actions.preferences.trigger()
    assert window.store.keep_backups == 4
    options = remembered_note_options(settings)
    assert options.logo_path == str(logo)
    with qtbot.waitSignal(window.pdf_export.rendered, timeout=RENDER_TIMEOUT_MS) as rendered:
        window.pdf_export.render_note(window.detail.visit_id, options)
    data = rendered.args[0].data
    assert "Ministry of Foreign Affairs of the Republic of Kazakhstan" in flat(all_text(data))
    assert b"/Subtype /Image" in data


def test_clearing_the_logo_and_a_logo_that_cannot_be_read(qtbot, settings, tmp_path, monkeypatch, answers):
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("hello")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(not_an_image))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.choose_logo.click()
    assert answers.warnings == [f"Not an image|{not_an_image} could not be read as an image.\n\n"
                                "Choose a PNG or JPEG file."]
    assert dialog.preferences.logo_path == "" and not dialog.clear_logo.isEnabled()


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
