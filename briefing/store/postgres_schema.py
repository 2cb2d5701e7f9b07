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
