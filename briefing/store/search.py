"""Full-text search over visits: one FTS5 row per visit gathering everything typed about it.

A search row's rowid is not the visit's id but its place in the list's default order (newest start
date first, then highest id), so FTS5 hands out the first page of a search in that order without
sorting every match. `visit_search_keys` records which rowid each visit's search row has.

The index keeps no copy of the text: it reads it from the view `visit_search_text` (external
content). Removing a row from such an index needs the text the row was indexed with, so temporary
triggers note a visit's text just before the first change to it in a transaction, and
`reindex_visits` takes the old rows out with that text before it writes the new ones.
"""

import random
import re

from briefing.store.connection import Database, in_lists
from briefing.store.schema import SEARCH_COLUMNS, SEARCH_SOURCES

# Any run of letters, digits or marks is a search term; everything else (quotes, *, -, &, AND)
# only separates terms, so no user text can be an FTS5 syntax error.
_TERM = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 16

# key = (DAY_LIMIT - day) * 2**32 + (2**32 - 1 - id), where day is the start date as
# year * 512 + month * 32 + day (-1 when there is none, so undated visits come last). Visit ids
# stay below 2**32: SQLite hands them out counting up from 1.
_ID_BITS = 0xFFFFFFFF
_DAY_LIMIT = 0x7FFFFF

_COLUMNS = ", ".join(SEARCH_COLUMNS)
# A write touching this many visits, and at least a quarter of them all, leaves the index merged into one
# segment: otherwise FTS5 goes on merging the segments such a write left, a few hundred pages at a time,
# inside later single saves. (Merging costs time in proportion to the whole index, hence the quarter.)
LARGE_WRITE = 1000
LARGE_SHARE = 4
# Only rows the index holds are taken out: FTS5 calls the file malformed when asked to remove a row it
# does not have (an index out of step, which the daily check repairs, must not stop every save).
_INDEXED = "key IN (SELECT id FROM visit_search_docsize)"
CHECK_SAMPLE = 200


def search_key_sql(visit: str) -> str:
    """SQL for the search-row rowid of the visit row aliased `visit` (valid ISO start dates order as text does)."""
    day = (f"CAST(substr({visit}.start_date, 1, 4) AS INTEGER) * 512 + CAST(substr({visit}.start_date, 6, 2) "
           f"AS INTEGER) * 32 + CAST(substr({visit}.start_date, 9, 2) AS INTEGER)")
    return f"(({_DAY_LIMIT} - coalesce({day}, -1)) * {_ID_BITS + 1} + ({_ID_BITS} - {visit}.id))"


def visit_id_for_key(key: int) -> int:
    """The visit a search-row rowid belongs to."""
    return _ID_BITS - (key & _ID_BITS)


# The ids of the visits matching a MATCH expression (the parameter).
MATCHING_IDS_SQL = f"SELECT {_ID_BITS} - (rowid & {_ID_BITS}) FROM visit_search WHERE visit_search MATCH ?"


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed: every word as a quoted prefix, all required.

    None when the text holds no word at all (then every visit matches).
    """
    terms = _TERM.findall(text or "")[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def install(db: Database) -> None:
    """The temporary table and triggers that keep, per transaction, each visit's text as it was indexed."""
    conn = db.conn
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS visit_search_before "
                 f"(visit_id INTEGER PRIMARY KEY, key INTEGER NOT NULL, {_COLUMNS})")
    for table, visit_column in SEARCH_SOURCES.items():
        for event, rows in (("INSERT", ("new",)), ("UPDATE", ("old", "new")), ("DELETE", ("old",))):
            if table == "visits" and event == "INSERT":
                continue  # a new visit has no search row yet
            notes = "".join(_note_text(f"= {row}.{visit_column}") for row in rows)
            conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS visit_search_before_{table}_{event.lower()} "
                         f"BEFORE {event} ON main.{table} BEGIN {notes} END")
    conn.execute("CREATE TEMP TRIGGER IF NOT EXISTS visit_search_before_people_update BEFORE UPDATE ON main.people "
                 f"BEGIN {_note_text('IN (SELECT visit_id FROM main.participants WHERE person_id = old.id)')} END")


def _note_text(visits: str) -> str:
    """A trigger statement keeping the indexed text of the visits `visit_id {visits}` selects (once each)."""
    return (f"INSERT OR IGNORE INTO visit_search_before SELECT visit_id, key, {_COLUMNS} "
            f"FROM main.visit_search_text WHERE visit_id {visits} "
            f"AND visit_id NOT IN (SELECT visit_id FROM temp.visit_search_before);")


def reindex_visits(db: Database, visit_ids: set[int]) -> None:
    """Rewrite the search rows of these visits, and of every visit changed since the last call, from their
    records (deleted visits just drop out).

    The rows go in in rowid order: FTS5 writes its pending terms out whenever a rowid is lower than the
    one before, so rows in visit-id order (random in rowid) were written out one by one (3 s of an
    import of 10,000 visits, and a fragmented index).
    """
    conn = db.conn
    noted = [row[0] for row in conn.execute("SELECT visit_id FROM temp.visit_search_before")]
    ids = sorted(set(visit_ids).union(noted))
    conn.execute(f"INSERT INTO visit_search(visit_search, rowid, {_COLUMNS}) "
                 f"SELECT 'delete', key, {_COLUMNS} FROM temp.visit_search_before WHERE {_INDEXED} ORDER BY key")
    keyed: list[tuple[int, int]] = []
    for chunk, marks in in_lists(ids):
        # Visits in the list but not changed: their text is still the text they were indexed with.
        conn.execute(f"INSERT INTO visit_search(visit_search, rowid, {_COLUMNS}) "
                     f"SELECT 'delete', key, {_COLUMNS} FROM visit_search_text WHERE visit_id IN ({marks}) "
                     f"AND visit_id NOT IN (SELECT visit_id FROM temp.visit_search_before) AND {_INDEXED} "
                     "ORDER BY key", chunk)
        conn.execute(f"DELETE FROM visit_search_keys WHERE visit_id IN ({marks})", chunk)
        keyed += conn.execute(f"SELECT {search_key_sql('v')}, v.id FROM visits v WHERE v.id IN ({marks})",
                              chunk).fetchall()
    conn.execute("DELETE FROM temp.visit_search_before")
    _index_in_key_order(db, keyed)
    if len(ids) >= LARGE_WRITE and len(ids) * LARGE_SHARE >= conn.execute("SELECT count(*) FROM visits").fetchone()[0]:
        merge_index(db)


def _index_in_key_order(db: Database, keyed: list[tuple[int, int]]) -> None:
    """Give these (key, visit id) pairs their key rows and search rows, in key order."""
    keyed.sort()
    for chunk, marks in in_lists([visit_id for _, visit_id in keyed]):
        db.conn.execute(f"INSERT INTO visit_search_keys(visit_id, key) SELECT v.id, {search_key_sql('v')} "
                        f"FROM visits v WHERE v.id IN ({marks})", chunk)
        db.conn.execute(f"INSERT INTO visit_search(rowid, {_COLUMNS}) SELECT key, {_COLUMNS} "
                        f"FROM visit_search_text WHERE visit_id IN ({marks}) ORDER BY key", chunk)


def merge_index(db: Database) -> None:
    """Merge the index into one segment (FTS5's optimize): time in proportion to the whole index."""
    db.conn.execute("INSERT INTO visit_search(visit_search) VALUES ('optimize')")


def rebuild_index(db: Database) -> None:
    """Write every visit's key and search row afresh from the records, as one merged index."""
    conn = db.conn
    conn.execute("DELETE FROM visit_search_keys")
    conn.execute("INSERT INTO visit_search(visit_search) VALUES ('delete-all')")
    _index_in_key_order(db, conn.execute(f"SELECT {search_key_sql('v')}, v.id FROM visits v").fetchall())
    merge_index(db)


def index_disagreements(db: Database, sample: int = CHECK_SAMPLE, seed: int | None = None) -> list[str]:
    """How the index is out of step with the records, in words (empty when it is not).

    Every visit's key and every search row are checked (cheap: one row each); the words are checked for
    a sample: each sampled visit must be found, at its own key, by words of its title and every other part.
    """
    conn = db.conn
    problems = []
    wrong_keys = conn.execute(f"SELECT count(*) FROM visits v LEFT JOIN visit_search_keys k ON k.visit_id = v.id "
                              f"WHERE k.key IS NOT {search_key_sql('v')}").fetchone()[0]
    if wrong_keys:
        problems.append(f"{_count(wrong_keys, 'visit')} without their search key")
    orphans = conn.execute("SELECT count(*) FROM visit_search_keys WHERE visit_id NOT IN (SELECT id FROM visits)"
                           ).fetchone()[0]
    if orphans:
        problems.append(f"{_count(orphans, 'search key')} of deleted visits")
    missing = conn.execute("SELECT count(*) FROM visit_search_keys k LEFT JOIN visit_search_docsize d "
                           "ON d.id = k.key WHERE d.id IS NULL").fetchone()[0]
    extra = conn.execute("SELECT count(*) FROM visit_search_docsize WHERE id NOT IN "
                         "(SELECT key FROM visit_search_keys)").fetchone()[0]
    if missing:
        problems.append(f"{_count(missing, 'visit')} missing")
    if extra:
        problems.append(f"{_count(extra, 'row')} of no visit")
    ids = [row[0] for row in conn.execute("SELECT visit_id FROM visit_search_keys")]
    chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
    unfound = 0
    for chunk, marks in in_lists(chosen):
        for key, *texts in conn.execute(f"SELECT key, {_COLUMNS} FROM visit_search_text "
                                        f"WHERE visit_id IN ({marks})", chunk):
            words = _TERM.findall(texts[0] or "")[:8]
            words += [word for text in texts[1:] for word in _TERM.findall(text or "")[:2]]
            expression = " ".join(f'"{word}"' for word in words[:MAX_TERMS])
            if expression and conn.execute("SELECT 1 FROM visit_search WHERE visit_search MATCH ? AND rowid = ?",
                                           [expression, key]).fetchone() is None:
                unfound += 1
    if unfound:
        problems.append(f"{unfound} of {_count(len(chosen), 'visit')} checked not found by their own words")
    return problems


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
