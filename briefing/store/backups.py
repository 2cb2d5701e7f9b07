"""Copies of the database taken through SQLite's backup API, kept beside it in `backups/`."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from briefing.store.connection import StoreError

DEFAULT_KEEP = 10
USER_ONLY = 0o600


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken, how many visits it holds (None if unreadable)."""

    path: Path
    taken_at: dt.datetime
    visit_count: int | None
    reason: str


def backups_folder(database: Path) -> Path:
    """The folder holding the backups of this database."""
    return Path(database).parent / "backups"


def create_user_only_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (SQLite keeps that mode for -wal/-shm)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, USER_ONLY)
    os.close(descriptor)


def take_backup(source: sqlite3.Connection, database: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the open database into the backups folder (mode 0600) and keep only the newest `keep` copies."""
    folder = backups_folder(database)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(database).stem}-{stamp}-{reason}.sqlite"
    create_user_only_file(target)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
    prune_backups(database, keep)
    return target


def _backup_files(database: Path) -> list[tuple[Path, dt.datetime, str]]:
    """The database's backup files with when and why they were taken (from their names), newest first."""
    found = []
    stem = Path(database).stem
    for path in backups_folder(database).glob(f"{stem}-*.sqlite"):
        parts = path.stem[len(stem) + 1:].split("-")
        try:
            taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append((path, taken, "-".join(parts[3:])))
    return sorted(found, key=lambda file: file[1], reverse=True)


def list_backups(database: Path) -> list[BackupInfo]:
    """The database's backups, newest first, each checked and its visits counted."""
    return [BackupInfo(path, taken, backup_visit_count(path), reason)
            for path, taken, reason in _backup_files(database)]


def backup_visit_count(path: Path) -> int | None:
    """How many visits a backup holds; None when it is damaged or cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            return conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def prune_backups(database: Path, keep: int) -> None:
    """Delete all but the newest `keep` backups."""
    for path, _taken, _reason in _backup_files(database)[max(keep, 1):]:
        path.unlink(missing_ok=True)


def backup_due_today(database: Path) -> bool:
    """True when no backup of this database was taken today."""
    today = dt.date.today()
    return not any(taken.date() == today for _path, taken, _reason in _backup_files(database))


def restore_backup(backup: Path, database: Path) -> None:
    """Replace the database's content with a backup's, through the backup API (the file keeps its mode)."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"the backup {backup.name} is damaged")
        if not Path(database).exists():
            create_user_only_file(Path(database))
        destination = sqlite3.connect(database)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def set_aside(database: Path, label: str) -> Path:
    """Rename the database (and its -wal and -shm files) to '<name>.<label>-<time>' beside it; returns the new path.

    Used before a backup is restored over a file SQLite cannot open, so the file is kept, never replaced.
    """
    database = Path(database)
    target = database.with_name(f"{database.name}.{label}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    database.rename(target)
    return target


def restore_over_unusable(backup: Path, database: Path) -> Path:
    """Set aside a database file SQLite cannot use and restore the backup in its place; returns the set-aside file.

    Raises StoreError, with the file left where it was, when the backup itself is damaged.
    """
    if backup_visit_count(backup) is None:
        raise StoreError(f"the backup {Path(backup).name} is damaged or cannot be read")
    kept = set_aside(database, "unusable")
    restore_backup(backup, database)
    return kept
