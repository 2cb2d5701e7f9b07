"""The database's backups: back up now, the day's backup, list them, restore one.

Thin over the store (briefing/store/backups.py takes, lists and restores the copies): here is what each request
of a user does with them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.backups import BackupInfo

BACKUP_NOW = "manual"


def back_up_now(store: Store) -> Path:
    """Copy the database into its backups folder now (the oldest copies beyond the number kept go); the copy's
    path."""
    return store.backup(BACKUP_NOW)


def daily_backup(store: Store) -> Path | None:
    """Check the file and take the day's backup if none was taken today (after start-up); the copy's path, or
    None when it was not due. Raises DatabaseDamaged when the check finds damage."""
    return store.backup_if_due()


def list_backups(database: Path) -> list[BackupInfo]:
    """The database's backups, newest first, each checked and its visits counted (None when unreadable)."""
    from briefing.store import backups

    return backups.list_backups(Path(database))


def restore_backup(store: Store, backup: Path) -> Path:
    """Replace the database's content with the backup's, the store reopened on it; returns where the content
    replaced was kept (a "before-restore" backup). Raises StoreError, with nothing changed, when the backup is
    damaged."""
    return store.restore(Path(backup))
