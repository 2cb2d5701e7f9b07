"""The questions and notices the window puts to the user, in one place so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str, detail: str = "") -> bool:
    """Ask before a destructive action; True when the user pressed the `action` button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user why something they asked for did not happen."""
    QMessageBox.warning(parent, title, text)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """The file the user chose to write, or None when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None
