"""Start the desktop application on a database."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

import briefing
from briefing.gui.icons import app_icon
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
    QMessageBox.critical(None, "Briefing", f"Something went wrong: {error}\n\nThe details were printed on the console.")


def run(db_path: Path, demo: bool) -> int:
    """Open the main window on the database at `db_path`; returns the exit status."""
    from briefing.gui.main_window import MainWindow
    from briefing.store import SchemaTooNew, Store, StoreError

    app = create_application()
    try:
        store = Store.open(db_path, demo=demo)
    except (StoreError, SchemaTooNew) as error:
        QMessageBox.critical(None, "Briefing", f"Cannot open the database {db_path}.\n\n{error}")
        return 2
    store.enable_undo()
    sys.excepthook = _report_unexpected_error
    try:
        window = MainWindow(store)
        window.show()
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        store.close()
