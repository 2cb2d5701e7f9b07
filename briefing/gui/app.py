"""Start the desktop application on a database."""

from __future__ import annotations

import gc
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import briefing
from briefing.gui.icons import app_icon
from briefing.gui.language import tr
from briefing.gui.style import apply_style, register_bundled_fonts
from briefing.paths import APP_AUTHOR, APP_NAME


def create_application() -> QApplication:
    """The QApplication with the app's names, style and fonts (the existing one if there is one)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(briefing.__version__)
    app.setDesktopFileName("briefing")
    app.setWindowIcon(app_icon())
    register_bundled_fonts()
    apply_style(app)
    return app


def _report_unexpected_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """An error nobody caught: print it in full and tell the user, instead of failing silently."""
    traceback.print_exception(kind, error, trace)
    QMessageBox.critical(None, tr("Briefing"), tr("Something went wrong: {0}\n\nThe details were printed on the "
                                                  "console.").format(error))


def close_on_terminal_signals(window: QWidget) -> QTimer:
    """Ctrl+C or SIGTERM closes the window as the user would (state saved); returns the timer that makes it work.

    Python runs signal handlers only between bytecodes, so a timer wakes it while Qt waits for events.
    The handlers are set once the event loop runs: under X, handlers set before that were found replaced.
    """
    def install() -> None:
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda _number, _frame: window.close())

    QTimer.singleShot(0, install)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return timer


def run(db_path: Path, demo: bool, language: str | None = None) -> int:
    """Open the main window on the database at `db_path`, in `language` (for this run) or the one chosen in
    Preferences; returns the exit status."""
    from PySide6.QtCore import QSettings

    from briefing.gui import language as window_language

    app = create_application()
    # Before the window's modules are imported: the texts they define once are translated when defined.
    window_language.install(language or window_language.saved_language(QSettings()))
    from briefing.gui.main_window import MainWindow
    from briefing.gui.preferences import load_preferences
    from briefing.gui.startup import offer_backup, open_database
    from briefing.store import StoreError

    keep_backups = load_preferences(QSettings()).keep_backups
    store = open_database(db_path, demo, keep_backups)
    if store is None:
        return 2
    try:
        # The first pages the window reads are where a file damaged past its first page shows it.
        with store.errors_explained():
            window = MainWindow(store)
    except StoreError as error:
        store.close()
        store = offer_backup(db_path, error, keep_backups)
        if store is None:
            return 2
        window = MainWindow(store)
    store.enable_undo()
    store.wait_briefly_for_other_writers()
    sys.excepthook = _report_unexpected_error
    try:
        close_on_terminal_signals(window)
        window.show()
        QTimer.singleShot(0, window.start_daily_backup)  # once the window is up: start-up never waits for it
        # What start-up made lives as long as the window: a full garbage collection (which can fall on a
        # worker thread rendering a dossier, holding the GUI back) no longer walks it each time.
        QTimer.singleShot(0, gc.freeze)
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        store.close()
