"""What every repository shares: the session it works in, row ids and UUIDs, and the errors it raises."""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager
from typing import Any, Protocol

from briefing.store.connection import quote_identifier


class Session(Protocol):
    """The part of the store a repository works with; repositories never reach each other through it."""

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection (a restored backup replaces it: ask each time)."""

    def now(self) -> str:
        """The timestamp written into created_at/updated_at."""

    def write(self, label: str) -> AbstractContextManager[set[int]]:
        """One transaction for one user action, yielding the set of visit ids it touches."""

    def touch_visit(self, visit_id: int, when: str) -> None:
        """Mark the visit as changed (a record attached to it was written)."""


def new_uuid() -> str:
    """A new random UUID (version 4, as uuid.uuid4() gives) for a record that has none yet.

    Formatted from random bytes directly: building uuid.UUID objects cost an import of 10,000 visits a second.
    """
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


# The first hex digit of the clock sequence with its top two bits set to the RFC 4122 variant (10).
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def is_row_id(value: int) -> bool:
    """Whether the number fits SQLite's 64-bit integers (a larger one cannot be the id of any row)."""
    return -2**63 <= value < 2**63


class NotFound(LookupError):
    """No record with that id."""


class RecordInUse(Exception):
    """The record cannot be deleted while other records use it; `visit_ids` are the visits that do."""

    def __init__(self, message: str, visit_ids: list[int] | None = None):
        super().__init__(message)
        self.visit_ids = visit_ids or []


def insert_row(conn: Any, table: str, values: dict[str, Any]) -> int:
    """Insert one row from column → value pairs; returns its id."""
    cursor = conn.execute(insert_statement(table, list(values)), list(values.values()))
    return cursor.lastrowid


def update_row(conn: Any, table: str, row_id: int, values: dict[str, Any], noun: str) -> None:
    """Update one row by id; NotFound when there is no such row."""
    assignments = ",".join(f"{quote_identifier(name)} = ?" for name in values)
    cursor = conn.execute(f"UPDATE {quote_identifier(table)} SET {assignments} WHERE id = ?",
                          [*values.values(), row_id])
    if cursor.rowcount == 0:
        raise NotFound(f"no {noun} with id {row_id}")


def insert_statement(table: str, columns: list[str]) -> str:
    """An INSERT of one row into these columns, for executemany."""
    names = ",".join(quote_identifier(column) for column in columns)
    return f"INSERT INTO {quote_identifier(table)} ({names}) VALUES ({','.join('?' * len(columns))})"
