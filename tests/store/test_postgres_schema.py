"""A PostgreSQL database set up by Briefing: the same tables, and a newer one refused untouched."""

import pytest

from briefing.store.migrations import LATEST_VERSION, SchemaTooNew
from briefing.store.postgres import connect
from briefing.store.postgres_schema import create_schema, schema_version

from .test_postgres_server import BIN, cluster  # noqa: F401  (the throw-away server)

pytestmark = pytest.mark.skipif(not (BIN / "initdb").exists(),
                                reason="PostgreSQL (Debian's postgresql package) is not installed")


@pytest.fixture
def db(cluster):  # noqa: F811
    admin = connect(cluster)
    admin.conn.execute("DROP DATABASE IF EXISTS schema_test")
    admin.conn.execute("CREATE DATABASE schema_test")
    admin.close()
    database = connect(cluster.replace("/postgres?", "/schema_test?"))
    yield database
    database.close()


def test_an_empty_database_gets_the_latest_schema_with_every_country(db):
    create_schema(db)
    assert schema_version(db) == LATEST_VERSION
    tables = {row[0] for row in db.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"visits", "people", "participants", "agreements", "follow_ups", "release_texts", "visit_search"} <= tables
    assert db.conn.execute("SELECT name FROM countries WHERE code = ?", ["BF"]).fetchone() == ("Burkina Faso",)
    create_schema(db)  # a second init changes nothing
    assert db.conn.execute("SELECT count(*) FROM briefing_schema").fetchone() == (1,)


def test_a_database_of_a_newer_briefing_is_refused_untouched(db):
    db.conn.execute("CREATE TABLE briefing_schema (version INTEGER NOT NULL)")
    db.conn.execute("INSERT INTO briefing_schema VALUES (?)", [LATEST_VERSION + 1])
    with pytest.raises(SchemaTooNew, match="open it with a newer Briefing"):
        create_schema(db)
    assert db.conn.execute("SELECT to_regclass('visits')").fetchone() == (None,)
