"""briefing --db postgresql://… init, against a throw-away server."""

import pytest

from briefing.cli import main
from briefing.store.migrations import LATEST_VERSION
from briefing.store.postgres import connect
from briefing.store.postgres_schema import schema_version

from .test_postgres_server import BIN, cluster  # noqa: F401  (the throw-away server)

pytestmark = pytest.mark.skipif(not (BIN / "initdb").exists(),
                                reason="PostgreSQL (Debian's postgresql package) is not installed")


@pytest.fixture
def url(cluster):  # noqa: F811
    admin = connect(cluster)
    admin.conn.execute("DROP DATABASE IF EXISTS cli_test")
    admin.conn.execute("CREATE DATABASE cli_test")
    admin.close()
    return cluster.replace("/postgres?", "/cli_test?")


def test_init_sets_up_the_database_named_by_the_option_or_the_environment(url, monkeypatch, capsys):
    monkeypatch.setenv("BRIEFING_DB", url)
    assert main(["init"]) == 0
    assert capsys.readouterr().out == f"{url} is set up for Briefing\n"
    db = connect(url)
    assert schema_version(db) == LATEST_VERSION
    db.close()
    assert main(["--db", url, "init"]) == 0


def test_a_job_not_done_on_postgresql_yet_is_one_line_and_exit_2(url, capsys):
    assert main(["--db", url, "list"]) == 2
    assert capsys.readouterr().err == (f"briefing: {url}: on a PostgreSQL database this version of Briefing can only "
                                       "'init' (set up its tables); use a database file for 'list'\n")


def test_a_server_that_cannot_be_reached_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["--db", f"postgresql://nobody@/x?host={tmp_path}", "init"]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"briefing: cannot connect to postgresql://nobody@/x?host={tmp_path}") and \
        error.count("\n") == 1
