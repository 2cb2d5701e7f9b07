"""The SQL the repositories write, as PostgreSQL is sent it (no server needed)."""

import subprocess
import sys

from briefing.store.postgres import display_name, is_postgres_url, postgres_sql


def test_placeholders_become_psycopg_ones_and_a_literal_percent_stays_literal():
    assert postgres_sql("SELECT id FROM visits WHERE title LIKE '%a' AND id = ?") == \
        "SELECT id FROM visits WHERE title LIKE '%%a' AND id = %s"


def test_is_with_a_parameter_compares_nulls_as_sqlite_does():
    assert postgres_sql("SELECT 1 FROM people WHERE country IS ? AND id IS NOT ?") == \
        "SELECT 1 FROM people WHERE country IS NOT DISTINCT FROM %s AND id IS DISTINCT FROM %s"


def test_the_search_predicate_becomes_a_text_search_query():
    assert postgres_sql("SELECT rowid FROM visit_search WHERE visit_search MATCH ? ORDER BY rowid") == \
        "SELECT rowid FROM visit_search WHERE document @@ briefing_query(%s) ORDER BY rowid"


def test_sqlite_index_hints_are_dropped():
    assert postgres_sql("SELECT v.id FROM visits v INDEXED BY visits_title WHERE +v.status = ?") == \
        "SELECT v.id FROM visits v WHERE v.status = %s"


def test_an_address_is_told_from_a_file_and_shown_without_its_password():
    assert is_postgres_url("postgresql://ann@db/briefing") and not is_postgres_url("/tmp/postgresql.sqlite")
    assert display_name("postgresql://ann:secret@db/briefing") == "postgresql://ann@db/briefing"


def test_the_sqlite_store_starts_without_importing_psycopg():
    code = "import sys, briefing.store.store, briefing.cli; print('psycopg' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
