"""File → Restore from backup: the database's backups with their date, reason and visit count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.formatting import count_phrase, format_date
from briefing.gui.language import tr
from briefing.gui.screen_fit import fitting_size
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.note_label import NoteLabel
from briefing.services import list_backups
from briefing.store.backups import BackupInfo, backups_folder

TAKEN, REASON, VISITS = range(3)


def _reason_labels() -> dict[str, str]:
    return {
        "daily": tr("Daily", "why a backup was taken"),
        "before-upgrade": tr("Before an upgrade", "why a backup was taken"),
        "before-restore": tr("Before a restore", "why a backup was taken"),
        "before-import": tr("Before an import", "why a backup was taken"),
        "manual": tr("Taken by hand", "why a backup was taken"),
    }


def reason_label(reason: str) -> str:
    """ "before-import" → "Before an import"; unknown reasons read as they are."""
    return _reason_labels().get(reason, reason.replace("-", " ").capitalize() or "—")


class RestoreBackupDialog(QDialog):
    """Backups newest first; damaged ones are shown but cannot be chosen. `chosen` is the selected backup."""

    def __init__(self, database: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = list_backups(database)
        self.setWindowTitle(tr("Restore from backup"))
        self.resize(fitting_size(self, QSize(600, 420)))
        intro = NoteLabel(tr("Restoring replaces everything in the database with the backup's content. "
                          "The database as it is now is backed up first, so a restore can itself be undone "
                          "by restoring that copy."), self)
        intro.setObjectName("formHint")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Taken", "when a backup was taken"), tr("Reason"), tr("Visits")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(tr("Backups"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TAKEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VISITS, QHeaderView.ResizeMode.ResizeToContents)
        for info in self.backups:
            self.tree.addTopLevelItem(self._item(info))
        self.empty = EmptyState(tr("No backups yet. Briefing takes one each day it starts, and before every "
                                "upgrade and import."), parent=self)
        stack = QStackedWidget(self)
        stack.addWidget(self.tree)
        stack.addWidget(self.empty)
        stack.setCurrentWidget(self.tree if self.backups else self.empty)
        folder = NoteLabel(tr("Backups are kept in {0}").format(backups_folder(database)), self)
        folder.setObjectName("formHint")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(stack, 1)
        layout.addWidget(folder)
        layout.addWidget(buttons)
        self.tree.itemSelectionChanged.connect(self._update_button)
        self.tree.itemActivated.connect(lambda _item, _column: self.accept())
        first_good = next((i for i, info in enumerate(self.backups) if info.visit_count is not None), None)
        if first_good is not None:
            self.tree.setCurrentItem(self.tree.topLevelItem(first_good))
        self._update_button()
        self.tree.setFocus()

    @classmethod
    def ask(cls, database: Path, parent: QWidget | None = None) -> BackupInfo | None:
        """Show the backups modally; the one to restore, or None on Cancel."""
        dialog = cls(database, parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _item(self, info: BackupInfo) -> QTreeWidgetItem:
        taken = f"{format_date(info.taken_at.date().isoformat())}, {info.taken_at:%H:%M}"
        visits = count_phrase(info.visit_count, "visit") if info.visit_count is not None else tr("Damaged")
        item = QTreeWidgetItem([taken, reason_label(info.reason), visits])
        item.setTextAlignment(VISITS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(TAKEN, str(info.path))
        if info.visit_count is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(VISITS, tr("This backup cannot be read, so it cannot be restored."))
        return item

    @property
    def chosen(self) -> BackupInfo | None:
        """The selected backup (never a damaged one), or None."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        info = self.backups[self.tree.indexOfTopLevelItem(item)]
        return info if info.visit_count is not None else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen is not None)

    def accept(self) -> None:
        """Close with the selected backup, if one is selected."""
        if self.chosen is not None:
            super().accept()
