"""Table definitions: the first schema version, and what later migrations create (the migrations apply them)."""

from briefing.domain import VISIT_RECORD_TYPES

RECORD_COLUMNS = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
"""

SCHEMA_V1 = f"""
CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE visits (
    {RECORD_COLUMNS},
    title TEXT NOT NULL,
    host_country TEXT REFERENCES countries(code),
    guest_country TEXT REFERENCES countries(code),
    city TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    visit_type TEXT,
    level TEXT,
    status TEXT,
    summary TEXT NOT NULL DEFAULT '',
    significance TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visits_start_date ON visits(start_date, id);
CREATE INDEX visits_title ON visits(title COLLATE NOCASE, id);
CREATE INDEX visits_end_date ON visits(end_date, id);
CREATE INDEX visits_city ON visits(city COLLATE NOCASE, id);
CREATE INDEX visits_status ON visits(status, id);
CREATE INDEX visits_host_country ON visits(host_country);
CREATE INDEX visits_guest_country ON visits(guest_country);

CREATE TABLE people (
    {RECORD_COLUMNS},
    name TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    country TEXT REFERENCES countries(code),
    biography TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_name_country ON people(name, country);

CREATE TABLE participants (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    side TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    role TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (visit_id, person_id)
);
CREATE INDEX participants_person ON participants(person_id);

CREATE TABLE cooperation_areas (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    category TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cooperation_areas_visit ON cooperation_areas(visit_id);

CREATE TABLE agreements (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_on TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreements_visit ON agreements(visit_id);

CREATE TABLE agreement_signatories (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, participant_id)
);
CREATE INDEX agreement_signatories_participant ON agreement_signatories(participant_id);

CREATE TABLE history_entries (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    date TEXT,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX history_entries_visit ON history_entries(visit_id);

CREATE TABLE quotes (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_visit ON quotes(visit_id);

CREATE TABLE talking_points (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX talking_points_visit ON talking_points(visit_id);

CREATE TABLE follow_ups (
    {RECORD_COLUMNS},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_visit ON follow_ups(visit_id);

CREATE VIRTUAL TABLE visit_search USING fts5(
    title, places, people, topics, agreements, background,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
);
"""

# Version 6: each person's name key (briefing.names.name_key), so a new participant is offered as the person
# already stored under another spelling of the same name; and the indexes the list's filters use: a visit's
# last day (a date range's lower bound) and the follow-ups by status ("has open follow-ups").
SCHEMA_V6 = """
ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX people_name_key ON people(name_key);
CREATE INDEX visits_last_day ON visits(coalesce(end_date, start_date), id);
CREATE INDEX follow_ups_status ON follow_ups(status, visit_id)
"""

# Version 7: the files a visit keeps (briefing.store.attachments), their bytes in the database.
SCHEMA_V7 = """
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachments_visit ON attachments(visit_id, id)
"""

# Tables a user edits, parents before children (agreement_signatories names agreements and participants).
# release_texts keeps the press release a visit was read from, attachments the files it keeps: no record
# kind, but undone with their visit.
RECORD_TABLES = ("visits", "people", *VISIT_RECORD_TYPES, "agreement_signatories", "release_texts", "attachments")


def _joined(*columns: str) -> str:
    """SQL that joins columns with spaces, NULLs as empty (concat_ws needs SQLite 3.44)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


# The columns of the search index, each gathering part of what is typed about a visit.
SEARCH_COLUMNS = ("title", "places", "people", "topics", "agreements", "background")

# What each visit is found by, one row per visit with a search row, keyed as the search row is
# (see briefing.store.search): the search index reads its text from here instead of keeping a copy.
SEARCH_TEXT_VIEW = f"""
CREATE VIEW visit_search_text AS
SELECT k.key AS key,
       v.id AS visit_id,
       v.title AS title,
       {_joined('v.city', 'h.name', 'g.name')} AS places,
       (SELECT group_concat({_joined('pe.name', 'pe.organization', 'pe.biography', 'pa.title')}, ' ')
          FROM participants pa JOIN people pe ON pe.id = pa.person_id WHERE pa.visit_id = v.id) AS people,
       (SELECT group_concat({_joined('topic', 'category', 'notes')}, ' ')
          FROM cooperation_areas WHERE visit_id = v.id) AS topics,
       (SELECT group_concat({_joined('title', 'kind')}, ' ') FROM agreements WHERE visit_id = v.id) AS agreements,
       {_joined('v.summary', 'v.significance', 'v.source',
                "(SELECT group_concat(text, ' ') FROM history_entries WHERE visit_id = v.id)",
                f"(SELECT group_concat({_joined('speaker', 'text')}, ' ') FROM quotes WHERE visit_id = v.id)",
                "(SELECT group_concat(text, ' ') FROM talking_points WHERE visit_id = v.id)",
                f"(SELECT group_concat({_joined('action', 'owner')}, ' ') FROM follow_ups WHERE visit_id = v.id)")}
         AS background
  FROM visit_search_keys k
  JOIN visits v ON v.id = k.visit_id
  LEFT JOIN countries h ON h.code = v.host_country
  LEFT JOIN countries g ON g.code = v.guest_country
"""

# The full-text index over that view (external content: it stores the index, not the text).
SEARCH_INDEX = f"""
CREATE VIRTUAL TABLE visit_search USING fts5(
    {", ".join(SEARCH_COLUMNS)},
    content = 'visit_search_text', content_rowid = 'key',
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
)
"""

# The tables whose rows make up a visit's search text, each with the column naming the visit.
SEARCH_SOURCES = {
    "visits": "id",
    "participants": "visit_id",
    "cooperation_areas": "visit_id",
    "agreements": "visit_id",
    "history_entries": "visit_id",
    "quotes": "visit_id",
    "talking_points": "visit_id",
    "follow_ups": "visit_id",
}
