"""The note as a Word document from the window, and printed from the window and from the preview."""

import os
import subprocess
import sys

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from briefing.gui import messages, printing
from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
from briefing.gui.note_choices import remembered_export_format, remembered_note_options
from tests.pdf.pdfutil import reader

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def word_answer(monkeypatch):
    """The export options dialog accepted with the clearance chain filled in and the format it opened with."""
    seen = []

    def answer(dialog):
        seen.append(dialog.export_format)
        dialog.drafter.setText("Aigerim Sarsenova")
        dialog.drafter_telephone.setText("+7 7172 72 00 00")
        dialog.cleared_by.setText("Head of the Africa Division")
        dialog.approved_by.setText("Director, Department of Africa")
        dialog.preview_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportOptionsDialog, "exec", answer)
    return seen


@pytest.fixture
def paper_printer(monkeypatch, tmp_path):
    """The print dialog answered with a printer that writes a PDF file; the pages it got can be counted."""
    target = tmp_path / "printed.pdf"
    asked = []

    def ask(_parent, title, pages):
        asked.append((title, pages))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(printing, "ask_printer", ask)
    return target, asked


def test_export_note_as_word_writes_the_docx_with_the_clearance_chain(qtbot, window, tmp_path, monkeypatch,
                                                                      word_answer, settings):
    target = tmp_path / "note"
    asked = []
    monkeypatch.setattr(messages, "ask_save_path", lambda _parent, _title, suggested, file_filter: asked.append(
        (suggested, file_filter)) or str(target))
    with qtbot.waitSignal(window.pdf_export.saved, timeout=RENDER_TIMEOUT_MS) as saved:
        window.window_actions.export_word.trigger()
    assert word_answer == ["docx"]
    assert asked[0][0].endswith("2025-06-03 Burkina Faso – Kazakhstan briefing.docx")
    assert asked[0][1] == "Word documents (*.docx)"
    written = tmp_path / "note.docx"
    assert saved.args == ["briefing note", str(written)]
    document = docx.Document(str(written))
    assert document.paragraphs[-1].text.startswith("Prepared by  Aigerim Sarsenova")
    assert "Approved by  Director, Department of Africa" in document.paragraphs[-1].text
    assert window.statusBar().currentMessage() == f"Saved the briefing note to {written}."
    options = remembered_note_options(settings)
    assert (options.drafter_telephone, options.approved_by) == ("+7 7172 72 00 00", "Director, Department of Africa")
    assert remembered_export_format(settings) == "docx"


def test_the_export_dialog_offers_word_next_to_pdf(qtbot, settings):
    dialog = ExportOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.export_format == "pdf" and dialog.preview_button.text() == "Pre&view…"
    word = next(b for b in dialog.format_buttons.buttons() if b.property("format") == "docx")
    word.setChecked(True)
    assert dialog.export_format == "docx" and dialog.preview_button.text() == "E&xport…"


def test_ctrl_p_in_the_window_prints_every_page_of_the_note(qtbot, window, paper_printer):
    target, asked = paper_printer
    with qtbot.waitSignal(window.pdf_export.printed, timeout=RENDER_TIMEOUT_MS) as printed:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("Print briefing note", 2)]
    assert printed.args == ["briefing note", 2]
    assert len(reader(target.read_bytes()).pages) == 2
    assert window.statusBar().currentMessage() == "Sent the briefing note to the printer (2 pages)."


def test_print_in_the_preview_prints_the_previewed_pages_on_their_paper(qtbot, window, monkeypatch, paper_printer):
    target, _asked = paper_printer

    def letter(dialog):
        for button in dialog.paper_buttons.buttons():
            button.setChecked(button.property("paper") == "letter")
        dialog.preview_button.click()
        return dialog.result()

    monkeypatch.setattr(ExportOptionsDialog, "exec", letter)
    with qtbot.waitSignal(window.pdf_export.previewOpened, timeout=RENDER_TIMEOUT_MS) as opened:
        window.window_actions.export.trigger()
    preview = opened.args[0]
    qtbot.waitExposed(preview)
    with qtbot.waitSignal(preview.printed) as printed:
        preview.print_button.click()
    assert printed.args == [preview.document.pageCount()]
    pages = reader(target.read_bytes()).pages
    assert len(pages) == preview.document.pageCount() == 2
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (612, 792)


def test_cancelling_the_print_dialog_prints_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(printing, "ask_printer", lambda *_args: None)
    printed = []
    window.pdf_export.printed.connect(lambda *args: printed.append(args))
    with qtbot.waitSignal(window.pdf_export.busyChanged, timeout=RENDER_TIMEOUT_MS,
                          check_params_cb=lambda: not window.pdf_export.busy):
        window.window_actions.print_note.trigger()
    assert printed == [] and window.window_actions.print_note.isEnabled()


def test_the_window_starts_without_the_word_and_print_libraries(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from briefing.gui.main_window import MainWindow\n"
        "from briefing.store import Store\n"
        f"window = MainWindow(Store.open({str(tmp_path / 'start.sqlite')!r}), "
        f"QSettings({str(tmp_path / 'start.ini')!r}, QSettings.Format.IniFormat))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(name for name in ('docx', 'lxml', 'PySide6.QtPrintSupport') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert result.stdout.strip() == "[]"


def test_the_word_template_of_the_preferences_shapes_the_note_and_a_bad_one_gives_a_notice(
        qtbot, window, tmp_path, monkeypatch, word_answer, settings):
    from briefing.gui.preferences import Preferences, save_preferences
    from tests.docx.test_template import LETTER_LANDSCAPE, ministry_template

    ministry_template(tmp_path / "ministry.docx")
    save_preferences(settings, Preferences(word_template=str(tmp_path / "ministry.docx")))
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(tmp_path / "note.docx"))
    warned = []
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text: warned.append((title, text)))
    with qtbot.waitSignal(window.pdf_export.saved, timeout=RENDER_TIMEOUT_MS):
        window.window_actions.export_word.trigger()
    section = docx.Document(str(tmp_path / "note.docx")).sections[0]
    assert section.page_width == LETTER_LANDSCAPE[0]
    assert section.header.paragraphs[0].text == "Ministry of Foreign Affairs · Astana"
    assert warned == []
    (tmp_path / "ministry.docx").write_text("no longer a Word document")
    with qtbot.waitSignal(window.pdf_export.saved, timeout=RENDER_TIMEOUT_MS):
        window.window_actions.export_word.trigger()
    assert round(docx.Document(str(tmp_path / "note.docx")).sections[0].page_width.mm) == 210
    assert warned == [("Saved, with a part left out",
                       f"The Word template is left out: {tmp_path / 'ministry.docx'} is not a Word document (.docx), "
                       "or it is damaged. The built-in look is used; choose the template again in Edit → "
                       "Preferences, or clear it there.")]


def test_the_preferences_choose_a_word_template_refuse_a_bad_one_and_clear_it(qtbot, settings, tmp_path,
                                                                               monkeypatch):
    from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
    from tests.docx.test_template import ministry_template

    dialog = PreferencesDialog(settings, logo_folder=tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.clear_word_template.isEnabled()
    warned = []
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text: warned.append((title, text)))
    (tmp_path / "letter.docx").write_text("a letter, not a Word document")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(tmp_path / "letter.docx"))
    dialog.choose_word_template.click()
    assert warned == [("Word template not used", f"{tmp_path / 'letter.docx'} is not a Word document (.docx), or "
                       "it is damaged.\n\nChoose a Word document (.docx) whose styles, page set-up and header the "
                       "notes should take.")]
    assert dialog.preferences.word_template == ""
    ministry_template(tmp_path / "ministry.docx")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(tmp_path / "ministry.docx"))
    dialog.choose_word_template.click()
    assert dialog.preferences.word_template == str(tmp_path / "ministry.docx")
    assert dialog.word_template_name.text() == str(tmp_path / "ministry.docx")
    dialog.clear_word_template.click()
    assert dialog.preferences.word_template == ""
