"""Opening a database file with the settings every connection needs."""

import sqlite3
from pathlib import Path

import sqlite_utils


class StoreError(Exception):
    """A database file cannot be used; the message says why, in words for the user."""


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with foreign keys on, WAL and a busy timeout; raises StoreError when unusable."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if not path.parent.exists():
        raise StoreError(f"the folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a Briefing database ({error})") from None
    return db
