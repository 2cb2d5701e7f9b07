"""A PostgreSQL database behind the same store: the connection, its SQL dialect, its errors.

The repositories write SQLite's SQL with `?` placeholders. `postgres_sql` is the one place that turns
it into PostgreSQL's: placeholders, the search predicate, and the few words only SQLite knows. psycopg
is imported only when a postgresql:// address is opened, so the SQLite store starts without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from briefing.store.connection import Database, DatabaseBusy, ReadOnlyStore, StoreError

URL_SCHEMES = ("postgresql://", "postgres://")

# Tables whose rows get their id from the database (insert_row reads it back with RETURNING).
_TABLES_WITH_IDS = frozenset(("visits", "people", "participants", "cooperation_areas", "agreements",
                              "agreement_signatories", "history_entries", "quotes", "talking_points", "follow_ups",
                              "audit_log"))
_INSERT_TABLE = re.compile(r'^\s*INSERT INTO\s+"?(\w+)"?', re.IGNORECASE)
_MATCH = re.compile(r"\bvisit_search MATCH \?")
_INDEXED_BY = re.compile(r"\s+INDEXED BY \w+")
_IS_PARAMETER = re.compile(r"\bIS (NOT )?\?")
_UNARY_PLUS = re.compile(r"(?<![\w)])\+(?=\w+\.)")


def is_postgres_url(address: object) -> bool:
    """Whether a --db value names a PostgreSQL database rather than a file."""
    return str(address).startswith(URL_SCHEMES)


@lru_cache(maxsize=512)
def postgres_sql(sql: str) -> str:
    """SQLite's SQL as PostgreSQL's: %s placeholders, the search predicate, no index hints."""
    sql = _MATCH.sub("document @@ briefing_query(?)", sql)
    sql = _INDEXED_BY.sub("", sql)
    sql = _IS_PARAMETER.sub(lambda m: "IS DISTINCT FROM ?" if m.group(1) else "IS NOT DISTINCT FROM ?", sql)
    sql = _UNARY_PLUS.sub("", sql)
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresCursor:
    """What the repositories read from a cursor, as sqlite3's cursor gives it."""

    def __init__(self, cursor: Any, lastrowid: int | None = None):
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def description(self):
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self):
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int):
        return self._cursor.fetchmany(size)

    def __iter__(self):
        return iter(self._cursor) if self._cursor.description else iter(())


class PostgresConnection:
    """A psycopg connection with sqlite3's execute/executemany, in autocommit mode: the store's own
    BEGIN, SAVEPOINT and COMMIT make the transactions, as they do on SQLite."""

    def __init__(self, conn: Any):
        self.raw = conn

    def execute(self, sql: str, params: Sequence = ()) -> PostgresCursor:
        translated = postgres_sql(sql)
        inserted = _INSERT_TABLE.match(sql)
        returning = bool(inserted) and inserted.group(1) in _TABLES_WITH_IDS and "RETURNING" not in sql.upper()
        cursor = self.raw.execute(translated + " RETURNING id" if returning else translated, list(params))
        lastrowid = cursor.fetchone()[0] if returning else None
        return PostgresCursor(cursor, lastrowid)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(postgres_sql(sql), [list(row) for row in rows])

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


class PostgresDatabase(Database):
    """An open PostgreSQL database: the same transactions as a file's, on the server."""

    is_postgres = True

    def __init__(self, conn: PostgresConnection, url: str):
        self.conn = conn
        self.url = url
        self.begin_attempts = 1

    def _begin_immediate(self) -> None:
        self.conn.execute("BEGIN")

    def prepare_for_writing(self) -> None:
        """Nothing to set: the server keeps every commit durable."""

    def run_script(self, statements: list[str]) -> None:
        """Schema statements, sent as written: they hold no placeholders, and a ? in them is part of the SQL."""
        for statement in statements:
            self.conn.raw.execute(statement)

    def role(self) -> str:
        """The database role this connection works as."""
        return self.conn.execute("SELECT current_user").fetchone()[0]

    def can_write(self) -> bool:
        """Whether the role may change visits (a read-only role may only browse and export)."""
        return bool(self.conn.execute("SELECT has_table_privilege('visits', 'UPDATE')").fetchone()[0])


def display_name(url: str) -> str:
    """The address without its password, for titles and messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1@", url)


def explained(error: Exception, url: str) -> StoreError | None:
    """psycopg's error as a StoreError in words for the user, or None for an error of the program."""
    import psycopg
    from psycopg import errors

    where = display_name(url)
    if isinstance(error, errors.InsufficientPrivilege):
        return ReadOnlyStore(f"{where}: your database role may not change this database "
                             f"({error.diag.message_primary}); nothing was saved")
    if isinstance(error, errors.LockNotAvailable | errors.DeadlockDetected | errors.SerializationFailure):
        return DatabaseBusy(f"{where} is busy: another user is saving the same records; nothing was saved, try again")
    if isinstance(error, psycopg.OperationalError):
        return StoreError(f"the PostgreSQL server of {where} cannot be reached ({_first_line(error)}); "
                          "nothing was saved")
    return None


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


@contextmanager
def errors_explained(url: str) -> Iterator[None]:
    """Raise psycopg's errors (server gone, no right to write, busy) as StoreError with a message."""
    import psycopg

    try:
        yield
    except psycopg.Error as error:
        store_error = explained(error, url)
        if store_error is None:
            raise
        raise store_error from error


def connect(url: str) -> PostgresDatabase:
    """A connection to the database at this address; StoreError when it cannot be made."""
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL databases need the psycopg package: pip install 'psycopg[binary]'") from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as error:
        raise StoreError(f"cannot connect to {display_name(url)} ({_first_line(error)})") from None
    return PostgresDatabase(PostgresConnection(conn), url)
