"""Full-text search over visits: one FTS5 row per visit gathering everything typed about it.

A search row's rowid is not the visit's id but its place in the list's default order (newest start
date first, then highest id), so FTS5 hands out the first page of a search in that order without
sorting every match. `visit_search_keys` records which rowid each visit's search row has.
"""

import re

from briefing.store.connection import Database, in_lists

# Any run of letters, digits or marks is a search term; everything else (quotes, *, -, &, AND)
# only separates terms, so no user text can be an FTS5 syntax error.
_TERM = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 16

def _joined(*columns: str) -> str:
    """SQL that joins columns with spaces, NULLs as empty (concat_ws needs SQLite 3.44)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


# key = (DAY_LIMIT - day) * 2**32 + (2**32 - 1 - id), where day is the start date as
# year * 512 + month * 32 + day (-1 when there is none, so undated visits come last). Visit ids
# stay below 2**32: SQLite hands them out counting up from 1.
_ID_BITS = 0xFFFFFFFF
_DAY_LIMIT = 0x7FFFFF


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

_REINDEX_SQL = f"""
INSERT INTO visit_search(rowid, title, places, people, topics, agreements, background)
SELECT {search_key_sql('v')},
       v.title,
       {_joined('v.city', 'h.name', 'g.name')},
       (SELECT group_concat({_joined('pe.name', 'pe.organization', 'pe.biography', 'pa.title')}, ' ')
          FROM participants pa JOIN people pe ON pe.id = pa.person_id WHERE pa.visit_id = v.id),
       (SELECT group_concat({_joined('topic', 'category', 'notes')}, ' ')
          FROM cooperation_areas WHERE visit_id = v.id),
       (SELECT group_concat({_joined('title', 'kind')}, ' ') FROM agreements WHERE visit_id = v.id),
       {_joined('v.summary', 'v.significance', 'v.source',
                "(SELECT group_concat(text, ' ') FROM history_entries WHERE visit_id = v.id)",
                f"(SELECT group_concat({_joined('speaker', 'text')}, ' ') FROM quotes WHERE visit_id = v.id)",
                "(SELECT group_concat(text, ' ') FROM talking_points WHERE visit_id = v.id)",
                f"(SELECT group_concat({_joined('action', 'owner')}, ' ') FROM follow_ups WHERE visit_id = v.id)")}
  FROM visits v
  LEFT JOIN countries h ON h.code = v.host_country
  LEFT JOIN countries g ON g.code = v.guest_country
 WHERE v.id IN ({{placeholders}})
 ORDER BY 1
"""



def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed: every word as a quoted prefix, all required.

    None when the text holds no word at all (then every visit matches).
    """
    terms = _TERM.findall(text or "")[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def reindex_visits(db: Database, visit_ids: set[int]) -> None:
    """Rewrite the search rows of these visits from their records (deleted visits just drop out).

    The rows go in in rowid order: FTS5 writes its pending terms out whenever a rowid is lower than the
    one before, so rows in visit-id order (random in rowid) were written out one by one (3 s of an
    import of 10,000 visits, and a fragmented index).
    """
    ids = sorted(visit_ids)
    keyed: list[tuple[int, int]] = []
    for chunk, marks in in_lists(ids):
        db.conn.execute(f"DELETE FROM visit_search WHERE rowid IN "
                        f"(SELECT key FROM visit_search_keys WHERE visit_id IN ({marks}))", chunk)
        db.conn.execute(f"DELETE FROM visit_search_keys WHERE visit_id IN ({marks})", chunk)
        keyed += db.conn.execute(f"SELECT {search_key_sql('v')}, v.id FROM visits v WHERE v.id IN ({marks})",
                                 chunk).fetchall()
    keyed.sort()
    in_key_order = [visit_id for _, visit_id in keyed]
    for chunk, marks in in_lists(in_key_order):
        db.conn.execute(_REINDEX_SQL.format(placeholders=marks), chunk)
        db.conn.execute(f"INSERT INTO visit_search_keys(visit_id, key) SELECT v.id, {search_key_sql('v')} "
                        f"FROM visits v WHERE v.id IN ({marks})", chunk)
