"""Copies of the database taken through SQLite's backup API, kept beside it in `backups/`.

A backup is written under a temporary name, checked, then renamed: a file with a backup's name is a
whole, checked copy. Only files named by this module's pattern are counted, listed, pruned or cleaned
up, and the folder is never used through a link.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from briefing.store.connection import StoreError

try:
    import fcntl
except ImportError:  # Windows: a file open in another process cannot be deleted, which protects it as well
    fcntl = None

DEFAULT_KEEP = 10
MAX_AGE_DAYS = 60
MAX_TOTAL_BYTES = 5 * 1024 ** 3
USER_ONLY = 0o600
_STAMP = "%Y%m%d-%H%M%S-%f"
_CLOCK_SLACK = dt.timedelta(minutes=5)  # a file time this far ahead of the clock is not a real one
_HEADER = b"SQLite format 3\x00"


class BackupFailed(StoreError):
    """No backup could be written; nothing that counts as one was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken, how many visits it holds (None if unreadable)."""

    path: Path
    taken_at: dt.datetime
    visit_count: int | None
    reason: str


@dataclass(frozen=True)
class _BackupFile:
    path: Path
    taken_at: dt.datetime  # the file's modification time, which the name's stamp must not be after
    reason: str
    size: int
    trusted: bool  # neither its name nor its time is in the future


def backups_folder(database: Path) -> Path:
    """The folder holding the backups of this database."""
    return Path(database).parent / "backups"


def create_user_only_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (SQLite keeps that mode for -wal/-shm)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, USER_ONLY)
    os.close(descriptor)


def _pattern(database: Path) -> re.Pattern:
    """Names this module gives: '<stem>-<stamp>-<reason>.sqlite', its temporary '.<name>.part', and the
    journals SQLite may leave beside either."""
    stem = re.escape(Path(database).stem)
    return re.compile(rf"(?P<temporary>\.)?{stem}-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})-(?P<reason>[a-z]+(?:-[a-z]+)*)"
                      rf"\.sqlite(?P<part>\.part)?(?P<journal>-journal|-wal|-shm)?")


def _folder(database: Path, create: bool) -> Path | None:
    """The backups folder, made if `create`; else None when it does not exist or is not a real folder.

    A link there is never followed: writing refuses it, reading finds no backups in it.
    """
    folder = backups_folder(database)
    try:
        status = folder.lstat()
    except FileNotFoundError:
        if not create:
            return None
        folder.mkdir(mode=0o700)
        return folder
    if stat.S_ISDIR(status.st_mode):
        return folder
    if not create:
        return None
    if stat.S_ISLNK(status.st_mode):
        raise BackupFailed(f"{folder} is a link; Briefing keeps backups only in a real folder there, "
                           "so remove the link")
    raise BackupFailed(f"{folder} is not a folder; move it away so that Briefing can keep backups there")


def _entries(database: Path) -> list[tuple[os.DirEntry, re.Match]]:
    """The regular files in the backups folder named by this module's pattern (links never followed)."""
    folder = _folder(database, create=False)
    if folder is None:
        return []
    pattern = _pattern(database)
    with os.scandir(folder) as entries:
        return [(entry, match) for entry in entries
                if (match := pattern.fullmatch(entry.name)) and entry.is_file(follow_symlinks=False)]


def _backup_files(database: Path) -> list[_BackupFile]:
    """The finished backups, newest first by their real file times; one from the future is left out."""
    return [file for file in _named_files(database) if file.trusted]


def _named_files(database: Path) -> list[_BackupFile]:
    """Every file with a backup's name (no temporary or journal), newest first by their real file times."""
    latest = dt.datetime.now() + _CLOCK_SLACK
    found = []
    for entry, match in _entries(database):
        if match["temporary"] or match["part"] or match["journal"]:
            continue
        status = entry.stat(follow_symlinks=False)
        taken = dt.datetime.fromtimestamp(status.st_mtime)
        try:
            named = dt.datetime.strptime(match["stamp"], _STAMP)
        except ValueError:  # digits that are no date
            named = latest + _CLOCK_SLACK
        found.append(_BackupFile(Path(entry.path), taken, match["reason"], status.st_size,
                                 trusted=taken <= latest and named <= latest))
    return sorted(found, key=lambda file: (file.taken_at, file.path.name), reverse=True)


def take_backup(source: sqlite3.Connection, database: Path, reason: str, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the open database into the backups folder (mode 0600), check the copy, then prune old ones.

    The copy is made under a temporary name and gets its own name only once SQLite's quick check
    passes; a copy that fails (a full disk, a kill) leaves nothing that counts as a backup.
    Raises BackupFailed when the copy cannot be made.
    """
    folder = _folder(database, create=True)
    remove_leftovers(database)
    stamp = dt.datetime.now().strftime(_STAMP)
    target = folder / f"{Path(database).stem}-{stamp}-{reason}.sqlite"
    temporary = folder / f".{target.name}.part"
    held = None
    try:
        held = _create_held(temporary)
        destination = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(destination)
            # A backup stands alone: in rollback mode it is read without -wal and -shm files beside it.
            destination.execute("PRAGMA journal_mode = DELETE")
            check = destination.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            destination.close()
        if check != "ok":
            raise BackupFailed(f"the copy failed SQLite's check ({check})")
        _sync(temporary)
        os.rename(temporary, target)
        _sync(folder)
    except (sqlite3.Error, OSError, StoreError) as error:
        _remove_temporary(temporary)
        raise BackupFailed(f"no backup could be written to {folder} ({error})") from None
    except BaseException:
        _remove_temporary(temporary)
        raise
    finally:
        if held is not None:
            os.close(held)
    prune_backups(database, keep)
    return target


def _create_held(temporary: Path) -> int:
    """Create the temporary copy (mode 0600) and hold a lock on it while it is written: another process
    cleaning up leftovers leaves it alone. Returns the descriptor holding the lock."""
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, USER_ONLY)
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def _held(temporary: Path) -> bool:
    """Whether a backup being written holds this temporary copy."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(temporary, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_temporary(temporary: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)


def remove_leftovers(database: Path) -> list[Path]:
    """Delete what an interrupted backup or an earlier reader left in the backups folder: temporary copies
    and journals of this module's names (never another file). Returns what was deleted."""
    removed = []
    for entry, match in _entries(database):
        if not (match["temporary"] or match["part"] or match["journal"]):
            continue
        copy = Path(entry.path).with_name(entry.name.removesuffix(match["journal"] or ""))
        if match["temporary"] and _held(copy):
            continue  # another process is writing this backup now
        Path(entry.path).unlink(missing_ok=True)
        removed.append(Path(entry.path))
    return removed


def list_backups(database: Path) -> list[BackupInfo]:
    """The database's backups, newest first, each checked and its visits counted."""
    return [BackupInfo(file.path, file.taken_at, backup_visit_count(file.path), file.reason)
            for file in _backup_files(database)]


def backups_size(database: Path) -> tuple[int, int]:
    """How many backups of the database there are and how many bytes they take."""
    files = _backup_files(database)
    return len(files), sum(file.size for file in files)


def read_only_uri(path: Path) -> str:
    """The URI that opens a backup for reading with nothing written: no journal, -wal or -shm beside it."""
    return f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"


def backup_visit_count(path: Path) -> int | None:
    """How many visits a backup holds; None when it is damaged or cannot be read. Nothing is written."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            return conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def prune_backups(database: Path, keep: int, max_age_days: int = MAX_AGE_DAYS,
                  max_total_bytes: int = MAX_TOTAL_BYTES) -> list[Path]:
    """Delete backups beyond the newest `keep`, older than `max_age_days`, or beyond `max_total_bytes`
    together (oldest first); the newest is always kept. Also deletes this module's future-dated names
    and leftovers. Returns what was deleted."""
    removed = remove_leftovers(database)
    files = []
    for file in _named_files(database):
        if file.trusted:
            files.append(file)
        else:
            file.path.unlink(missing_ok=True)
            removed.append(file.path)
    oldest = dt.datetime.now() - dt.timedelta(days=max_age_days)
    total = 0
    for index, file in enumerate(files):
        total += file.size
        if index and (index >= max(keep, 1) or file.taken_at < oldest or total > max_total_bytes):
            file.path.unlink(missing_ok=True)
            removed.append(file.path)
    return removed


def backup_due_today(database: Path) -> bool:
    """True when no whole backup of this database was taken today (a cut-off copy does not count)."""
    today = dt.date.today()
    return not any(file.taken_at.date() == today and _looks_whole(file.path) for file in _backup_files(database))


def _looks_whole(path: Path) -> bool:
    """Whether the file is as long as its SQLite header says: a copy cut off half-way is not."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size == int.from_bytes(header[28:32], "big") * page_size


def restore_backup(backup: Path, database: Path) -> None:
    """Replace the database's content with a backup's, through the backup API (the file keeps its mode)."""
    source = sqlite3.connect(read_only_uri(backup), uri=True)
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
