"""Backups from the window: the daily check and copy after start-up, and File → Restore from backup."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing.gui import messages, worker
from briefing.gui.formatting import count_phrase, format_date
from briefing.gui.language import tr
from briefing.store import DatabaseDamaged, Store, StoreError
from briefing.store.backups import BackupInfo, backup_due_today


def backup_time(info: BackupInfo) -> str:
    """ "3 June 2025 at 09:14"."""
    return f"{format_date(info.taken_at.date().isoformat())} at {info.taken_at:%H:%M}"


class BackupRestore(QObject):
    """`restored(message)` after a restore (the store was reopened); `message(text)` for the status bar."""

    restored = Signal(str)
    message = Signal(str)
    checkFinished = Signal()

    def __init__(self, store: Store, window: QWidget):
        super().__init__(window)
        self.store = store
        self.window = window
        self.damage_warning: QMessageBox | None = None
        self._check: worker.Task | None = None

    @property
    def busy(self) -> bool:
        """True while the daily check runs."""
        return self._check is not None

    # The daily check.

    def start_daily_check(self) -> None:
        """Check the file and take the day's backup on the pool thread, with a connection of its own."""
        if self.store.read_only or self.busy:
            return
        store = self.store

        def check(_task: worker.Task):
            own = worker.separate_store(store)
            try:
                if not backup_due_today(own.path):
                    return None, []
                return own.backup_if_due(), own.repair_search_index()
            finally:
                own.close()

        self._check = worker.Task(check)
        self._check.signals.succeeded.connect(self._checked)
        self._check.signals.failed.connect(self._check_failed)
        worker.start(self._check)

    def _checked(self, outcome) -> None:
        self._check = None
        backup, search_problems = outcome
        if search_problems:
            self.message.emit(tr("The search index was out of step with the visits and has been rebuilt; "
                                 "searches find everything again."))
        elif backup is not None:
            self.message.emit(tr("Checked the database and took today's backup."))
        self.checkFinished.emit()

    def _check_failed(self, error: Exception) -> None:
        self._check = None
        if isinstance(error, DatabaseDamaged):
            self.warn_damaged(str(error))
        else:
            self.message.emit(tr("Today's backup could not be taken: {0}.").format(error))
        self.checkFinished.emit()

    def warn_damaged(self, problem: str) -> QMessageBox:
        """A warning that stays out of the way (non-modal) and offers to restore a backup."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Database damaged"),
                          f"{problem[:1].upper()}{problem[1:]}.", QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(tr("Some of what it holds may be lost or unreadable. Restore the newest backup "
                               "taken before the damage; the damaged file is kept. Until then, avoid "
                               "saving changes."))
        restore = box.addButton(tr("Restore from backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.buttonClicked.connect(lambda button: self.restore_from_backup() if button is restore else None)
        box.finished.connect(box.deleteLater)
        self.damage_warning = box
        box.show()
        return box

    # Restoring.

    def restore_from_backup(self) -> bool:
        """Let the user choose a backup and restore it; True when the database was replaced."""
        from briefing.gui.dialogs.restore_backup_dialog import RestoreBackupDialog

        info = RestoreBackupDialog.ask(self.store.path, self.window)
        return info is not None and self.restore(info)

    def restore(self, info: BackupInfo) -> bool:
        """Restore this backup once the user confirms; True when the database was replaced."""
        when = backup_time(info)
        if not messages.confirm(
                self.window, tr("Restore from backup"), tr("Replace everything in {0} with the backup of {1}?")
                                                        .format(self.store.path.name, when), tr("Restore"),
                tr("The backup holds {0}. The database as it is now is backed up first, so you can go back to it the "
                   "same way.").format(count_phrase(info.visit_count or 0, 'visit'))):
            return False
        try:
            kept = self.store.restore(info.path)
        except StoreError as error:
            messages.warn(self.window, tr("Restore failed"), messages.store_error_text(
                error, tr("The backup was not restored.")))
            return False
        self.restored.emit(tr("Restored the backup of {0}; the database as it was is kept as {1}.")
                           .format(when, kept.name))
        return True
