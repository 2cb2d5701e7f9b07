"""Full-text search over visits: one FTS5 row per visit gathering everything typed about it."""

import re

import sqlite_utils

# Any run of letters, digits or marks is a search term; everything else (quotes, *, -, &, AND)
# only separates terms, so no user text can be an FTS5 syntax error.
_TERM = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 16

def _joined(*columns: str) -> str:
    """SQL that joins columns with spaces, NULLs as empty (concat_ws needs SQLite 3.44)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


_REINDEX_SQL = f"""
INSERT INTO visit_search(rowid, title, places, people, topics, agreements, background)
SELECT v.id,
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
"""


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what a user typed: every word as a quoted prefix, all required.

    None when the text holds no word at all (then every visit matches).
    """
    terms = _TERM.findall(text or "")[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def reindex_visits(db: sqlite_utils.Database, visit_ids: set[int]) -> None:
    """Rewrite the search rows of these visits from their records (deleted visits just drop out)."""
    ids = sorted(visit_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        db.conn.execute(f"DELETE FROM visit_search WHERE rowid IN ({marks})", chunk)
        db.conn.execute(_REINDEX_SQL.format(placeholders=marks), chunk)
