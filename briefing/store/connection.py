"""Opening a database file with the settings every connection needs."""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_SAVEPOINTS = itertools.count(1)
IN_LIST_SIZE = 500  # values bound in one IN (…) list, well under SQLite's limit on bound parameters
BUSY_TIMEOUT_MS = 5000
# How often a write transaction tries to get in, each try waiting up to the busy timeout for another
# writer (once only in the window: see Store.wait_briefly_for_other_writers).
BEGIN_ATTEMPTS = 3


def quote_identifier(name: str) -> str:
    """A table or column name as SQL text, whatever characters it holds."""
    return '"' + name.replace('"', '""') + '"'




def in_lists(values: Sequence, size: int = IN_LIST_SIZE) -> Iterator[tuple[Sequence, str]]:
    """The values in slices of at most `size`, each with its "?,?,…" placeholders for an IN (…) list."""
    for start in range(0, len(values), size):
        chunk = values[start:start + size]
        yield chunk, ",".join("?" * len(chunk))


class StoreError(Exception):
    """A database file cannot be used; the message says why, in words for the user."""


class DatabaseDamaged(StoreError):
    """The file is a database but SQLite's integrity check fails."""


class ReadOnlyStore(StoreError):
    """A write was attempted on a database opened read-only."""


class DatabaseBusy(StoreError):
    """Another program held the database for longer than the busy timeout; nothing was saved."""


class Database:
    """An open database file: its connection, and the transactions the store runs on it."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.begin_attempts = BEGIN_ATTEMPTS
        conn.execute("PRAGMA recursive_triggers = ON")

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction around the block; a nested block is a savepoint inside it."""
        if self.conn.in_transaction:
            savepoint = f"nested_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the whole transaction already
                    self.conn.execute(f"ROLLBACK TO {savepoint}")
                    self.conn.execute(f"RELEASE {savepoint}")
                raise
            self.conn.execute(f"RELEASE {savepoint}")
            return
        self._begin_immediate()
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _begin_immediate(self) -> None:
        """Take the write lock now, waiting the busy timeout for it, and again a few times.

        A deferred BEGIN would take it at the first write: when another writer had committed since
        this transaction's first read, SQLite answers at once (SQLITE_BUSY_SNAPSHOT), without waiting.
        With the lock taken first, a transaction can meet "busy" only here, before it did anything:
        trying BEGIN again is trying the whole transaction again.
        """
        for attempt in range(1, self.begin_attempts + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not is_busy_error(error) or attempt == self.begin_attempts:
                    raise

    def prepare_for_writing(self) -> None:
        """Write-ahead logging, and every commit on disk before it is reported done.

        synchronous = FULL syncs the log at each commit, so a save survives a power cut; NORMAL would
        sync only at checkpoints, and saves reported done could vanish with the power.
        """
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def is_busy_error(error: sqlite3.Error) -> bool:
    """True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes)."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


def explained(error: sqlite3.Error, path: Path) -> StoreError | None:
    """SQLite's error on this file as a StoreError in words for the user, or None for an error of the program."""
    if str(error).startswith("Could not decode to UTF-8"):  # Python's own error, on text SQLite handed over
        return DatabaseDamaged(f"{path} is damaged (a text in it is not UTF-8)")
    extended_code = getattr(error, "sqlite_errorcode", 0)
    code = extended_code & 0xFF
    if extended_code == sqlite3.SQLITE_READONLY_DIRECTORY:
        return ReadOnlyStore(f"{path} cannot be opened: its folder is read-only here, and SQLite must make its "
                             f"{path.name}-shm file beside it to read it; copy it to a folder you can write")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(f"{path.name} is busy: another program (perhaps a second Briefing window) "
                            "is saving to it")
    if code == sqlite3.SQLITE_CORRUPT:
        return DatabaseDamaged(f"{path} is damaged ({error})")
    if code == sqlite3.SQLITE_NOTADB:
        return DatabaseDamaged(f"{path} is not a Briefing database, or is damaged ({error})")
    if code == sqlite3.SQLITE_FULL:
        return StoreError(f"the disk holding {path} is full; nothing was saved")
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyStore(f"{path} cannot be written ({error}); nothing was saved")
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return StoreError(f"{path} cannot be read or written ({error})")
    return None


@contextmanager
def errors_explained(path: Path) -> Iterator[None]:
    """Raise SQLite's errors on the file (busy, damaged, full, read-only) as StoreError with a message."""
    try:
        yield
    except sqlite3.Error as error:
        store_error = explained(error, path)
        if store_error is None:
            raise
        raise store_error from error


def is_writable(path: Path) -> bool:
    """Whether this process may change the file (and create its journal files beside it)."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def refuse_unusable_path(path: Path) -> None:
    """Raise StoreError for a path that cannot hold a database: a folder, a device, a pipe, a broken link."""
    if path.is_symlink() and not path.exists():
        raise StoreError(f"{path} is a link to {os.readlink(path)}, which does not exist")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a regular file (a device or a pipe); give a database file")
    if not path.parent.exists():
        raise StoreError(f"the folder {path.parent} does not exist")


def connect(path: Path | str, read_only: bool = False, immutable: bool = False) -> Database:
    """A connection that trusts nothing in the file's schema, with foreign keys on and a busy timeout.

    Nothing is written: `Database.prepare_for_writing` does that once the schema was found to be Briefing's.
    An `immutable` file is read with no lock and no journal file made beside it (a file no program changes).
    Raises StoreError when the file cannot be used.
    """
    path = Path(path)
    refuse_unusable_path(path)
    try:
        if read_only or immutable:
            options = "mode=ro&immutable=1" if immutable else "mode=ro"
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
        # Views and triggers in the file may call only functions that cannot reach outside the database,
        # and (where Python lets us ask) SQL cannot write the schema or the file's internals.
        conn.execute("PRAGMA trusted_schema = OFF")
        if hasattr(conn, "setconfig"):
            conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema makes SQLite check the header: a file that is not a database fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise explained(error, path) or StoreError(f"{path} is not a Briefing database ({error})") from None
    return Database(conn)
