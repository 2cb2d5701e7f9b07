"""Schema versions, applied in order; the file records its version in PRAGMA user_version."""

import sqlite3
from collections.abc import Callable

from briefing.countries import all_countries
from briefing.domain import fold_name
from briefing.names import name_key
from briefing.store.connection import Database
from briefing.store.schema import SCHEMA_V1, SCHEMA_V6, SCHEMA_V7, SEARCH_INDEX, SEARCH_TEXT_VIEW


class SchemaTooNew(Exception):
    """The file was written by a newer Briefing whose schema this version does not know."""

    def __init__(self, found: int, supported: int):
        self.found = found
        self.supported = supported
        super().__init__(
            f"the database has schema version {found}, this Briefing understands up to version {supported}; "
            "open it with a newer Briefing"
        )


def _create_first_schema(db: Database) -> None:
    # executescript() would commit the migration's transaction half-way: run statement by statement.
    for statement in SCHEMA_V1.split(";\n"):
        if statement.strip():
            db.conn.execute(statement)
    db.conn.executemany("INSERT INTO countries(code, name) VALUES (?, ?)", all_countries())


def _add_folded_person_names(db: Database) -> None:
    """People are found by name whatever the case and accents: keep a folded copy of each name."""
    db.conn.execute("ALTER TABLE people ADD COLUMN folded_name TEXT NOT NULL DEFAULT ''")
    rows = db.conn.execute("SELECT id, name FROM people").fetchall()
    db.conn.executemany("UPDATE people SET folded_name = ? WHERE id = ?", [(fold_name(n), i) for i, n in rows])
    db.conn.execute("CREATE INDEX people_folded_name ON people(folded_name)")


def _search_in_list_order(db: Database) -> None:
    """Searches and sorted lists show their first page without sorting every visit.

    The search rows are keyed in the list's default order (see briefing.store.search) and index
    one-letter prefixes too; a unique index on country names lets the list walk countries by name.
    """
    from briefing.store.search import search_key_sql

    conn = db.conn
    conn.execute("CREATE TABLE visit_search_keys (visit_id INTEGER PRIMARY KEY, key INTEGER NOT NULL)")
    conn.execute(f"INSERT INTO visit_search_keys(visit_id, key) SELECT v.id, {search_key_sql('v')} FROM visits v")
    conn.execute("""CREATE VIRTUAL TABLE visit_search_by_key USING fts5(
        title, places, people, topics, agreements, background,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    )""")
    columns = "title, places, people, topics, agreements, background"
    conn.execute(f"INSERT INTO visit_search_by_key(rowid, {columns}) SELECT k.key, {columns} "
                 "FROM visit_search s JOIN visit_search_keys k ON k.visit_id = s.rowid")
    conn.execute("DROP TABLE visit_search")
    conn.execute("ALTER TABLE visit_search_by_key RENAME TO visit_search")
    conn.execute("INSERT INTO visit_search(visit_search) VALUES ('optimize')")
    conn.execute("CREATE UNIQUE INDEX countries_name ON countries(name)")


def _search_without_a_copy_of_the_text(db: Database) -> None:
    """The search index reads each visit's text from a view instead of keeping its own copy of it
    (the copy was a quarter of the file, and of every backup); the index is written afresh, merged."""
    from briefing.store.search import rebuild_index

    db.conn.execute("DROP TABLE visit_search")
    db.conn.execute(SEARCH_TEXT_VIEW)
    db.conn.execute(SEARCH_INDEX)
    rebuild_index(db)


def _keep_release_texts(db: Database) -> None:
    """A visit read from a press release keeps the text it was read from, to be read again later."""
    db.conn.execute("CREATE TABLE release_texts (visit_id INTEGER PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,"
                    " text TEXT NOT NULL)")


def _add_person_name_keys_and_filter_indexes(db: Database) -> None:
    """People are offered under another spelling of their name: keep each name's key (briefing.names);
    the list's date and follow-up filters get their indexes."""
    for statement in SCHEMA_V6.split(";\n"):
        db.conn.execute(statement)
    rows = db.conn.execute("SELECT id, name FROM people").fetchall()
    db.conn.executemany("UPDATE people SET name_key = ? WHERE id = ?", [(name_key(n), i) for i, n in rows])


def _keep_attachments(db: Database) -> None:
    """A visit keeps files (the signed memorandum, photos), their bytes in the database."""
    for statement in SCHEMA_V7.split(";\n"):
        db.conn.execute(statement)


MIGRATIONS: list[Callable[[Database], None]] = [
    _create_first_schema,
    _add_folded_person_names,
    _search_in_list_order,
    _search_without_a_copy_of_the_text,
    _keep_release_texts,
    _add_person_name_keys_and_filter_indexes,
    _keep_attachments,
]
# After these, the pages they freed go back to the file system (VACUUM).
SHRINKING = {_search_without_a_copy_of_the_text}
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The schema version recorded in the file (0 for a new file)."""
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def pending_migrations(db: Database) -> int:
    """How many migrations the file still needs; raises SchemaTooNew for a newer file."""
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise SchemaTooNew(version, LATEST_VERSION)
    return LATEST_VERSION - version


def migrate(db: Database, up_to: int | None = None) -> int:
    """Bring the file to the latest schema (or `up_to`), each step in its own transaction; returns steps applied."""
    up_to = LATEST_VERSION if up_to is None else up_to
    pending = pending_migrations(db) - (LATEST_VERSION - up_to)
    for version in range(up_to - pending, up_to):
        with db.atomic():
            MIGRATIONS[version](db)
            db.conn.execute(f"PRAGMA user_version = {version + 1}")
    if any(MIGRATIONS[version] in SHRINKING for version in range(LATEST_VERSION - pending, LATEST_VERSION)):
        try:
            db.conn.execute("VACUUM")
        except sqlite3.OperationalError:
            pass  # no room for the copy VACUUM writes: the upgraded file keeps its free pages, nothing is lost
    return pending
