"""The database's backups: back up now, the day's check and backup, list them, restore one (into an open store,
or over a file that cannot be opened).

Thin over the store (briefing/store/backups.py takes, lists and restores the copies): here is what each request
of a user does with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.messages import say
from briefing.services.errors import Refused

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.store.backups import BackupInfo

BACKUP_NOW = "manual"


@dataclass(frozen=True)
class Restored:
    """A restore done: how many visits the backup held and where the content it replaced is kept."""

    visit_count: int
    kept: Path


def back_up_now(store: Store) -> Path:
    """Copy the database into its backups folder now (the oldest copies beyond the number kept go); the copy's
    path."""
    return store.backup(BACKUP_NOW)


@dataclass(frozen=True)
class DailyCheck:
    """What the day's check found: the backup taken (None when one was taken today already) and how the search
    index disagreed with the records (empty when it agreed; it was rebuilt when not)."""

    backup: Path | None
    search_problems: list[str]


def daily_check(store: Store) -> DailyCheck:
    """Once a day, after start-up: check the file, take the day's backup, and check the search index against the
    records, rebuilding it when they disagree. Raises DatabaseDamaged when the file's check finds damage."""
    from briefing.store.backups import backup_due_today

    if not backup_due_today(store.path):
        return DailyCheck(None, [])
    return DailyCheck(store.backup_if_due(), store.repair_search_index())


def list_backups(database: Path) -> list[BackupInfo]:
    """The database's backups, newest first, each checked and its visits counted (None when unreadable)."""
    from briefing.store import backups

    return backups.list_backups(Path(database))


def restore_backup(store: Store, backup: Path) -> Path:
    """Replace the database's content with the backup's, the store reopened on it; returns where the content
    replaced was kept (a "before-restore" backup). Raises StoreError, with nothing changed, when the backup is
    damaged."""
    return store.restore(Path(backup))


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of the database that can be read, or None."""
    from briefing.store.store import newest_good_backup as newest

    return newest(Path(database))


def restore_over_unusable(backup: Path, database: Path) -> Path:
    """Set aside a database file SQLite cannot use and restore the backup in its place; returns the set-aside file.
    Raises StoreError, with the file left where it was, when the backup itself is damaged."""
    from briefing.store import backups

    return backups.restore_over_unusable(Path(backup), Path(database))


def restore_database(database: Path, backup: Path) -> Restored:
    """Put a backup's content in place of the database file, with no store open on it: through the store when the
    file opens (what it held is backed up first), else over the unusable file, which is set aside.

    Raises Refused when the backup cannot be read or the file cannot be replaced; DatabaseBusy or ReadOnlyStore
    when the file cannot be written now.
    """
    from briefing.store import DatabaseBusy, ReadOnlyStore, Store, StoreError
    from briefing.store.backups import backup_visit_count

    database, backup = Path(database), Path(backup)
    visits = backup_visit_count(backup) if backup.is_file() else None
    if visits is None:
        raise Refused(say("restore.not_a_backup", backup=backup))
    try:
        store = Store.open(database, demo=False, read_only=False)
    except (DatabaseBusy, ReadOnlyStore):
        raise
    except StoreError:
        if not database.is_file():
            raise
        try:
            kept = restore_over_unusable(backup, database)
        except OSError as error:
            raise Refused(say("restore.cannot_replace", database=database, reason=error.strerror or error)) from None
        Store.open(database, demo=False).close()
    else:
        try:
            kept = restore_backup(store, backup)
        finally:
            store.close()
    return Restored(visits, kept)
