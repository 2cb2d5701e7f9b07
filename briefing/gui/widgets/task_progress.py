"""The progress dialog of a long task on the thread pool: shown only when the task takes a while, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing.gui.language import tr

SHOW_AFTER_MS = 400
WIDTH = 420


def task_progress_dialog(title: str, text: str, maximum: int, parent: QWidget) -> QProgressDialog:
    """A window-modal progress dialog that stays up until the caller closes it (Cancel emits `canceled`)."""
    dialog = QProgressDialog(text, tr("Cancel"), 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setMinimumWidth(WIDTH)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog
