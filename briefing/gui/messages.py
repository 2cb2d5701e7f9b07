"""The questions and notices the window puts to the user, in one place so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing.gui.language import tr
from briefing.store import DatabaseBusy, ReadOnlyStore, StoreError


def confirm(parent: QWidget | None, title: str, text: str, action: str, detail: str = "",
            cancel_text: str = "") -> bool:
    """Ask before a destructive action; True when the user pressed the `action` button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    if cancel_text:
        cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    else:
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def confirm_replace_read_only(parent: QWidget | None, path: str, what: str) -> bool:
    """Ask before replacing a file marked read-only (perhaps so that it is kept as it is)."""
    return confirm(parent, tr("Replace a read-only file?"), tr("{0} is read-only.").format(path), tr("&Replace"),
                   tr("It may have been marked read-only so that it is kept as it is. Replace it with {0}?")
                   .format(what))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user why something they asked for did not happen."""
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user how something they asked for turned out."""
    QMessageBox.information(parent, title, text)


def store_error_text(error: StoreError, outcome: str = tr("Nothing was changed.")) -> str:
    """What went wrong with the database, what it means, and what to do about it."""
    if isinstance(error, DatabaseBusy):
        advice = tr("Wait a moment for the other program to finish saving, then try again.")
    elif isinstance(error, ReadOnlyStore):
        advice = tr("Make the file (and its folder) writable, then start Briefing again.")
    else:
        advice = tr("Try again; if it keeps failing, use File → Restore from backup.")
    return f"{str(error)[:1].upper()}{str(error)[1:]}.\n\n{outcome} {advice}"


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """The file the user chose to write, or None when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, folder: str, file_filter: str) -> str | None:
    """The file the user chose to read, or None when they cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path or None
