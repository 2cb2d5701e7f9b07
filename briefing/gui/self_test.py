"""`briefing self-test`: open the window offscreen, walk every tab, form and dialog, export a note as PDF and
Word, print it to a file; change nothing."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXPORT_TIMEOUT_MS = 60_000
PRESS_RELEASE = ("Foreign Minister Anna Berg of Sweden arrived in Oslo on an official visit on 3-5 June 2025 and "
                 "held talks with Foreign Minister Per Dahl of Norway.")


class SelfTestFailure(Exception):
    """A check of the self-test did not hold."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _open_and_close(window: Any, dialog_class: type, *args: Any) -> None:
    """Show a form on the window's store without its modal loop, let it paint, and cancel it."""
    _show_and_cancel(dialog_class(window.store, *args, parent=window))


def _show_and_cancel(dialog: Any) -> None:
    """Show a dialog without its modal loop, let it paint, and close it without saving."""
    from PySide6.QtWidgets import QApplication

    dialog.show()
    QApplication.processEvents()
    _check(dialog.isVisible(), f"{type(dialog).__name__} did not show")
    dialog.reject()
    dialog.deleteLater()


def _export_note(window: Any, visit_id: int, folder: Path) -> None:
    """Render the visit's briefing note as the window does, check its preview, and write it as a PDF."""
    from PySide6.QtCore import QEventLoop, QTimer

    from briefing.atomic import write_bytes_atomically
    from briefing.gui.note_choices import remembered_note_options

    rendered: list[Any] = []
    failures: list[str] = []
    loop = QEventLoop()
    window.pdf_export.rendered.connect(lambda result: (rendered.append(result), loop.quit()))
    window.pdf_export.failed.connect(lambda message: (failures.append(message), loop.quit()))
    QTimer.singleShot(EXPORT_TIMEOUT_MS, loop.quit)
    window.pdf_export.render_note(visit_id, remembered_note_options(window.settings))
    if not rendered and not failures:
        loop.exec()
    _check(not failures, f"the export failed: {failures[0] if failures else ''}")
    _check(bool(rendered), "the export did not finish within a minute")
    preview = window.pdf_export.previews[-1]
    _check(preview.document.pageCount() > 0, "the preview shows no page")
    preview.reject()
    path = folder / "self-test.pdf"
    write_bytes_atomically(path, rendered[0].data)
    _check(path.read_bytes().startswith(b"%PDF"), "the export did not write a PDF")
    _print_to_file(rendered[0].data, preview.document.pageCount(), folder / "self-test-printed.pdf")


def _print_to_file(data: bytes, pages: int, path: Path) -> None:
    """Print the note's pages as File → Print does, onto Qt's PDF printer instead of a real one."""
    from PySide6.QtPrintSupport import QPrinter

    from briefing.gui.printing import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printed = print_pdf(data, printer)
    _check(printed == pages and path.read_bytes().startswith(b"%PDF"), f"printing gave {printed} of {pages} pages")


def _export_word(window: Any, visit_id: int) -> None:
    """Render the visit's note as a Word document, as File → Export note as Word… does, and read it back."""
    import io

    import docx

    from briefing import services
    from briefing.gui.note_choices import remembered_note_options

    export = services.note_export(window.store, visit_id, remembered_note_options(window.settings), "docx")
    headings = [p.text for p in docx.Document(io.BytesIO(export.data)).paragraphs if p.style.name == "Heading 1"]
    _check(bool(headings), "the Word document has no headings")


def _read_press_release(window: Any) -> None:
    """Read a short press release in its review dialog, check what was found, and close it without saving."""
    from PySide6.QtCore import QEventLoop, QTimer

    from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog

    dialog = PressReleaseDialog(window.store, window)
    dialog.show()
    loop = QEventLoop()
    dialog.readingDone.connect(lambda _read: loop.quit())
    QTimer.singleShot(EXPORT_TIMEOUT_MS, loop.quit)
    dialog.paste.setPlainText(PRESS_RELEASE)
    dialog.read_pasted()
    loop.exec()
    _check(dialog.stack.currentIndex() == 1, f"the press release was not read: {dialog.message.text()}")
    found = (dialog.form.host_country.currentText(), dialog.form.guest_country.currentText())
    _check(found == ("Norway", "Sweden"), f"the press release was read as {found}")
    _show_and_cancel(dialog)


def _steps(window: Any, folder: Path) -> list[tuple[str, Callable[[], None]]]:
    """What the self-test does, in order, each with the words that name it if it fails."""
    from briefing.gui.dialogs.dossier_country_dialog import DossierCountryDialog
    from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
    from briefing.gui.dialogs.people_dialog import PeopleDialog
    from briefing.gui.dialogs.person_dialog import AddPersonDialog, EditPersonDialog
    from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
    from briefing.gui.dialogs.restore_backup_dialog import RestoreBackupDialog
    from briefing.gui.dialogs.visit_dialog import AddVisitDialog, EditVisitDialog
    from briefing.gui.record_kinds import KINDS
    from briefing.gui.widgets.detail_pane import TAB_TITLES

    store = window.store
    model = window.list_pane.model
    _check(model.rowCount() > 0, "the database holds no visit to test with")
    visit_id = model.visit_id(0)

    def select_first_visit() -> None:
        window.list_pane.select_visit(visit_id)
        _check(window.detail.visit_id == visit_id, "the first visit did not show on the right")

    def show_tab(index: int) -> None:
        window.show_tab(index)
        _check(window.detail.tabs.currentIndex() == index, f"the {TAB_TITLES[index]} tab did not show")

    def search_title() -> None:
        word = store.visits.get(visit_id).title.split()[0]
        window.list_pane.search(word)
        _check(model.row_of(visit_id) is not None, f"searching for '{word}' did not find the visit")
        window.list_pane.search("")

    steps: list[tuple[str, Callable[[], None]]] = [("selecting the first visit", select_first_visit)]
    steps += [(f"showing the {title} tab", lambda i=index: show_tab(i)) for index, title in enumerate(TAB_TITLES)]
    steps.append(("searching the visits", search_title))
    steps.append(("opening the new visit form", lambda: _open_and_close(window, AddVisitDialog)))
    steps.append(("opening the edit visit form", lambda: _open_and_close(window, EditVisitDialog, visit_id)))
    steps.append(("opening the people manager", lambda: _open_and_close(window, PeopleDialog)))
    steps.append(("opening the add person form", lambda: _open_and_close(window, AddPersonDialog)))
    people = store.people.list(limit=1)
    if people:
        steps.append(("opening the edit person form",
                      lambda: _open_and_close(window, EditPersonDialog, people[0].id)))
    for kind in KINDS.values():
        steps.append((f"opening the add {kind.noun} form", lambda k=kind: _open_and_close(window, k.add_dialog,
                                                                                            visit_id)))
        records = kind.repo(store).for_visit(visit_id)
        if records:
            steps.append((f"opening the edit {kind.noun} form",
                          lambda k=kind, r=records[0]: _open_and_close(window, k.edit_dialog, r.id)))
    steps.append(("opening the export options", lambda: _show_and_cancel(
        ExportOptionsDialog(window.settings, store.visits.get(visit_id).title, window))))
    steps.append(("opening the preferences", lambda: _show_and_cancel(
        PreferencesDialog(window.settings, store.path, window))))
    steps.append(("opening the country dossier choice", lambda: _show_and_cancel(
        DossierCountryDialog(store, None, window))))
    steps.append(("opening the list of backups", lambda: _show_and_cancel(RestoreBackupDialog(store.path, window))))
    steps.append(("reading a press release", lambda: _read_press_release(window)))
    steps.append(("exporting and printing the briefing note", lambda: _export_note(window, visit_id, folder)))
    steps.append(("exporting the briefing note as Word", lambda: _export_word(window, visit_id)))
    steps.append(("checking that nothing was saved",
                  lambda: _check(store.undo_label() is None, "the self-test changed the database")))
    return steps


def _quiet_offscreen_noise(kind: Any, context: Any, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's notes on what it cannot do."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def run_self_test(db_path: Path) -> int:
    """Walk the GUI on the database at `db_path`; 0 when all went well, else 1 and one line on stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from briefing.gui.app import create_application
    from briefing.gui.main_window import MainWindow
    from briefing.store import Store

    previous_handler = qInstallMessageHandler(_quiet_offscreen_noise)
    app = create_application()
    slot_errors: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _kind, error, _trace: slot_errors.append(error)
    step = "opening the database"
    store = window = None
    with tempfile.TemporaryDirectory(prefix="briefing-self-test-") as folder:
        try:
            store = Store.open(db_path)
            store.enable_undo()
            step = "opening the main window"
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, settings)
            window.resize(1366, 768)
            window.show()
            QApplication.processEvents()
            step = "looking for a visit to test with"
            for step, action in _steps(window, Path(folder)):  # noqa: B007 - `step` names a failure below
                action()
                QApplication.processEvents()
                if slot_errors:
                    raise slot_errors[0]
            return 0
        except Exception as error:
            print(f"briefing self-test: failed while {step}: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        finally:
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
            if window is not None:
                window.close()
                window.deleteLater()
            if store is not None:
                store.close()
            QApplication.processEvents()
            app.quit()
