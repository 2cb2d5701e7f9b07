"""What a PostgreSQL database needs beyond the tables: search that folds accents and case as SQLite's does.

SQLite's index tokenizes with unicode61 (remove_diacritics 2) and matches each typed word as a prefix;
here `unaccent` and the `simple` configuration (lower case, no stemming) do the folding, and
`briefing_query` reads the same match expression (`"word"* "other"*`, see briefing.store.search) as a
tsquery of prefixes, all required.
"""

SEARCH_FUNCTIONS = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION briefing_fold(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple'::regconfig,
                             public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))) $$;

CREATE OR REPLACE FUNCTION briefing_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsquery('simple'::regconfig, public.unaccent('public.unaccent'::regdictionary,
        array_to_string(ARRAY(SELECT quote_literal(m[1]) || CASE WHEN m[2] = '*' THEN ':*' ELSE '' END
                               FROM regexp_matches($1, '"([^"]+)"(\*?)', 'g') AS m), ' & '))) $$
"""


def statements(script: str) -> list[str]:
    """The statements of a script, one by one (each function body is a single $$ … $$ literal)."""
    return [statement.strip() for statement in script.split(";\n") if statement.strip()]


def _postgres_tables() -> str:
    """The tables of SQLite's latest schema in PostgreSQL's words (same names, columns and indexes).

    Ids are 64-bit as in SQLite; the full-text table is PostgreSQL's own (see SEARCH_TABLES).
    """
    from briefing.store.schema import SCHEMA_V1, SCHEMA_V6

    tables = SCHEMA_V1.split("CREATE VIRTUAL TABLE")[0].replace("INTEGER", "BIGINT")
    return tables + ";\n" + SCHEMA_V6.replace("ALTER TABLE people ADD COLUMN name_key",
                                               "ALTER TABLE people ADD COLUMN folded_name TEXT NOT NULL DEFAULT '';\n"
                                               "CREATE INDEX people_folded_name ON people(folded_name);\n"
                                               "ALTER TABLE people ADD COLUMN name_key")


# Case-insensitive ordering under SQLite's name for it, so the store's ORDER BY … COLLATE NOCASE works here too.
COLLATION = "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"

SEARCH_TABLES = """
CREATE TABLE release_texts (visit_id BIGINT PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE, text TEXT NOT NULL);
CREATE TABLE visit_search_keys (visit_id BIGINT PRIMARY KEY, key BIGINT NOT NULL);
CREATE TABLE visit_search (rowid BIGINT PRIMARY KEY, document tsvector NOT NULL);
CREATE INDEX visit_search_document ON visit_search USING gin (document);
CREATE UNIQUE INDEX countries_name ON countries(name)
"""

# The schema version, as SQLite keeps it in PRAGMA user_version.
VERSION_TABLE = "CREATE TABLE briefing_schema (version INTEGER NOT NULL)"


def schema_version(db) -> int:
    """The version recorded in the database (0 for a database Briefing has not set up)."""
    if db.conn.execute("SELECT to_regclass('briefing_schema')").fetchone()[0] is None:
        return 0
    row = db.conn.execute("SELECT max(version) FROM briefing_schema").fetchone()
    return row[0] or 0


def create_schema(db) -> None:
    """Set up an empty database at the latest version, in one transaction; SchemaTooNew for a newer one,
    nothing done for one already at this version."""
    from briefing.countries import all_countries
    from briefing.store.migrations import LATEST_VERSION, SchemaTooNew

    version = schema_version(db)
    if version > LATEST_VERSION:
        raise SchemaTooNew(version, LATEST_VERSION)
    if version == LATEST_VERSION:
        return
    with db.atomic():
        db.run_script([COLLATION, *statements(SEARCH_FUNCTIONS), *statements(_postgres_tables()),
                       *statements(SEARCH_TABLES), VERSION_TABLE])
        db.conn.executemany("INSERT INTO countries(code, name) VALUES (?, ?)", all_countries())
        db.conn.execute("INSERT INTO briefing_schema(version) VALUES (?)", [LATEST_VERSION])
