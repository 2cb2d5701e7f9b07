"""Whether a database file holds Briefing's own schema and nothing else.

A file from elsewhere is untrusted: a trigger planted in it would run on the user's next save, a view
could stand where a table should be, a changed default would fill in values nobody typed. On open the
file's schema is compared, statement by statement, with the one Briefing's migrations create for the
file's schema version; any difference and the file is refused before anything is written to it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from functools import cache
from pathlib import Path

from briefing.domain import shortened
from briefing.messages import say
from briefing.store.connection import Database, StoreError, quote_identifier
from briefing.store.schema import RECORD_TABLES

_SPACES = re.compile(r"\s+")
_IDENTIFIER_QUOTES = re.compile(r"[\"`\[\]]")
# FTS5 names its shadow tables in single quotes when it makes them (double quotes once they are renamed).
_QUOTED_TABLE_NAME = re.compile(r"^CREATE TABLE '([^']*)'")
READ_TABLES = ("countries", *RECORD_TABLES)  # what taking the visits out of a foreign file reads
# The fingerprint of each schema version as the migrations make it with this SQLite (a test keeps them so).
# A file that matches is Briefing's own without the reference being made (15 ms); any other file is
# compared with the reference itself, so a stale or missing fingerprint costs time, never a refusal.
KNOWN_FINGERPRINTS = {
    1: "0c730bc5688e8d92381be96ce1278d6f5f06d993a6da10ebcccdf6b1f4545b06",
    2: "c9473008c12707dc164bbfdd4cf5d4d0bfd7de90df902faac825857de36dd854",
    3: "532dff0dc62ac11284a00f4d42078ea8304a3970ae5fe5d1938a47fc8aace470",
    4: "c7ee7ff31c45174b446822fcb612435c3a493c0ccd35e741bae9a56c9ed1e7b5",
    5: "8e17ff979bdcaaea7d09078da55c26408774b1abcb9e8e578b345ae243deddba",
    6: "77d619312e3f36a121f3a4e4a9a478a9018cdc717d497158aabb932334a8350b",
    7: "e089ef8ebd8feba0fad7f7d8a185cc63bde44dc69a104861638a11d5f67bcb9f",
}


class ForeignSchema(StoreError):
    """The file's schema holds something Briefing did not create, or lacks something it did."""


def _normalised(sql: str | None) -> str | None:
    """The statement with spacing and identifier quoting evened out (SQLite rewrites both in ALTER TABLE).

    Quotes around string values stay: a default of one quote character is not the empty default.
    """
    if sql is None:
        return None
    return _SPACES.sub(" ", _IDENTIFIER_QUOTES.sub("", _QUOTED_TABLE_NAME.sub(r"CREATE TABLE \1", sql))).strip()


def _entries(conn: sqlite3.Connection) -> dict[tuple[str, str], str | None]:
    # ANALYZE (or PRAGMA optimize) keeps its statistics in tables of its own: data for the query planner only.
    rows = conn.execute("SELECT type, name, sql FROM main.sqlite_master "
                        "WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))")
    return {(kind, name): _normalised(sql) for kind, name, sql in rows}


@cache
def _reference(version: int) -> tuple[dict[tuple[str, str], str | None], dict[str, frozenset[str]]]:
    """What Briefing's migrations up to `version` leave in sqlite_master, and the columns of the tables an
    import reads that the version has.

    Made in a database in memory by the migrations themselves, so it can never drift from them.
    """
    from briefing.store import migrations

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    try:
        migrations.migrate(db, up_to=version)
        entries = _entries(db.conn)
        return entries, {table: _columns(db.conn, table) for table in READ_TABLES if ("table", table) in entries}
    finally:
        db.close()


def fingerprint(entries: dict[tuple[str, str], str | None]) -> str:
    """A digest of a schema's normalised statements."""
    return hashlib.sha256(json.dumps(sorted(entries.items())).encode("utf-8")).hexdigest()


def expected_schema(version: int) -> dict[tuple[str, str], str | None]:
    """What Briefing's migrations up to `version` leave in sqlite_master (statements normalised)."""
    return _reference(version)[0]


def _columns(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    return frozenset(row[1] for row in conn.execute(f"PRAGMA main.table_info({quote_identifier(table)})"))


def unreadable_tables(db: Database, version: int) -> list[str]:
    """Briefing's tables that the file lacks, holds as something else (a view), or without all their columns.

    What is left can be read with plain SELECTs, whatever else was planted in the file: no trigger fires on
    a SELECT, and with trusted_schema off a view or default can call no function that reaches outside.
    """
    kinds = dict(db.conn.execute("SELECT name, type FROM main.sqlite_master WHERE type IN ('table', 'view')"))
    wanted = _reference(version)[1]
    return [table for table in wanted
            if kinds.get(table) != "table" or not wanted[table] <= _columns(db.conn, table)]


def _describe(difference: str, kind: str, name: str) -> str:
    return say(f"schema.{difference}.{kind}", name=repr(shortened(name, 60)))


def schema_differences(db: Database, version: int) -> list[str]:
    """What in the file differs from the schema of `version`, in words (what is missing by kind and name,
    so a table comes before its shadow tables); empty when it is Briefing's own."""
    found = _entries(db.conn)
    if KNOWN_FINGERPRINTS.get(version) == fingerprint(found):
        return []
    expected = expected_schema(version)
    differences = [_describe("extra", kind, name)
                   for (kind, name) in found if (kind, name) not in expected]
    differences += [_describe("missing", kind, name)
                    for (kind, name) in sorted(expected) if (kind, name) not in found]
    differences += [_describe("changed", kind, name)
                    for (kind, name), sql in found.items() if (kind, name) in expected and expected[kind, name] != sql]
    return differences


def refuse_foreign_schema(db: Database, version: int, path: Path) -> None:
    """Raise ForeignSchema, naming the first differences, unless the file's schema is Briefing's own."""
    differences = schema_differences(db, version)
    if differences:
        more = len(differences) - 2
        raise ForeignSchema(say("schema.foreign_more" if more > 0 else "schema.foreign", path=path,
                                differences="; ".join(differences[:2]), more=more))
