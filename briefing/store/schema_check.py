"""Whether a database file holds Briefing's own schema and nothing else.

A file from elsewhere is untrusted: a trigger planted in it would run on the user's next save, a view
could stand where a table should be, a changed default would fill in values nobody typed. On open the
file's schema is compared, statement by statement, with the one Briefing's migrations create for the
file's schema version; any difference and the file is refused before anything is written to it.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from briefing.store.connection import Database, StoreError, shortened

_SPACES = re.compile(r"\s+")
_QUOTES = re.compile(r"[\"'`\[\]]")


class ForeignSchema(StoreError):
    """The file's schema holds something Briefing did not create, or lacks something it did."""


def _normalised(sql: str | None) -> str | None:
    """The statement with spacing and identifier quoting evened out (SQLite rewrites both in ALTER TABLE)."""
    return None if sql is None else _SPACES.sub(" ", _QUOTES.sub("", sql)).strip()


def _entries(conn: sqlite3.Connection) -> dict[tuple[str, str], str | None]:
    rows = conn.execute("SELECT type, name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_stat%'")
    return {(kind, name): _normalised(sql) for kind, name, sql in rows}


@cache
def expected_schema(version: int) -> dict[tuple[str, str], str | None]:
    """What Briefing's migrations up to `version` leave in sqlite_master, made in a database in memory."""
    from briefing.store import migrations

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    try:
        migrations.migrate(db, up_to=version)
        return _entries(db.conn)
    finally:
        db.close()


def _describe(kind: str, name: str) -> str:
    return f"{'an index' if kind == 'index' else 'a ' + kind} {shortened(name, 60)!r}"


def schema_differences(db: Database, version: int) -> list[str]:
    """What in the file differs from the schema of `version`, in words; empty when it is Briefing's own."""
    expected = expected_schema(version)
    found = _entries(db.conn)
    differences = [f"{_describe(kind, name)} Briefing did not create"
                   for (kind, name) in found if (kind, name) not in expected]
    differences += [f"{_describe(kind, name)} is missing"
                    for (kind, name) in expected if (kind, name) not in found]
    differences += [f"{_describe(kind, name)} is defined differently"
                    for (kind, name), sql in found.items() if (kind, name) in expected and expected[kind, name] != sql]
    return differences


def refuse_foreign_schema(db: Database, version: int, path: Path) -> None:
    """Raise ForeignSchema, naming the first differences, unless the file's schema is Briefing's own."""
    differences = schema_differences(db, version)
    if differences:
        more = f" and {len(differences) - 2} more" if len(differences) > 2 else ""
        raise ForeignSchema(f"{path} was changed outside Briefing ({'; '.join(differences[:2])}{more}); "
                            "it was not opened and nothing in it was run or changed")
