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
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        """The tables in the file (virtual tables and their shadow tables included)."""
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def is_busy_error(error: sqlite3.Error) -> bool:
    """True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes)."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


def is_writable(path: Path) -> bool:
    """Whether this process may change the file (and create its journal files beside it)."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def connect(path: Path | str, read_only: bool = False) -> Database:
    """A connection with foreign keys on, WAL and a busy timeout; raises StoreError when unusable."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if not path.parent.exists():
        raise StoreError(f"the folder {path.parent} does not exist")
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema makes SQLite check the header: a file that is not a database fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not read_only:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a Briefing database ({error})") from None
    return Database(conn)
