"""The PostgreSQL connection against a throw-away server (skipped only where PostgreSQL is not installed)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from briefing.store.connection import ReadOnlyStore, StoreError
from briefing.store.postgres import connect, errors_explained

# Debian's server binaries, of the newest PostgreSQL installed (the postgresql package).
BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name),
          default=Path("/nonexistent"))
pytestmark = pytest.mark.skipif(not (BIN / "initdb").exists(),
                                reason="PostgreSQL (Debian's postgresql package) is not installed")
psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgresql]')")


def _as_postgres(command: list[str]) -> list[str]:
    """The command run as the postgres user when we are root (the server refuses to run as root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def cluster():
    """A cluster in a temporary folder, listening on a Unix socket there only; stopped and deleted after.

    The folder is made directly in the temporary directory: the postgres user cannot enter pytest's.
    """
    folder = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    subprocess.run(_as_postgres([str(BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"),
                                 "-o", f"-k {folder} -c listen_addresses=''", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@/postgres?host={folder}"
    finally:
        subprocess.run(_as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-w", "-m", "fast", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def test_the_store_sql_runs_on_the_server_with_its_placeholders_and_ids(cluster):
    db = connect(cluster)
    try:
        db.conn.execute("CREATE TEMP TABLE people (id BIGSERIAL PRIMARY KEY, name TEXT, country TEXT)")
        first = db.conn.execute("INSERT INTO people(name, country) VALUES (?, ?)", ["Ann", None]).lastrowid
        db.conn.execute("INSERT INTO people(name, country) VALUES (?, ?)", ["Ann", "BF"])
        assert db.conn.execute("SELECT id FROM people WHERE name = ? AND country IS ?", ["Ann", None]).fetchall() \
            == [(first,)]
    finally:
        db.close()


def test_a_transaction_that_fails_leaves_nothing_half_written(cluster):
    db = connect(cluster)
    try:
        db.conn.execute("CREATE TEMP TABLE notes (id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL)")
        with pytest.raises(psycopg.errors.NotNullViolation), db.atomic():
            db.conn.execute("INSERT INTO notes(text) VALUES (?)", ["kept?"])
            db.conn.execute("INSERT INTO notes(text) VALUES (?)", [None])
        assert db.conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    finally:
        db.close()


def test_a_role_without_the_right_to_write_is_told_so(cluster):
    admin = connect(cluster)
    admin.conn.execute("CREATE TABLE IF NOT EXISTS visits (id BIGSERIAL PRIMARY KEY, title TEXT)")
    admin.conn.execute("DROP ROLE IF EXISTS analyst")
    admin.conn.execute("CREATE ROLE analyst LOGIN")
    admin.conn.execute("GRANT SELECT ON visits TO analyst")
    reader = connect(cluster.replace("postgres@", "analyst@"))
    try:
        assert not reader.can_write()
        with pytest.raises(ReadOnlyStore, match="may not change this database"), errors_explained(cluster):
            reader.conn.execute("INSERT INTO visits(title) VALUES (?)", ["x"])
    finally:
        reader.close()
        admin.close()


def test_a_server_that_cannot_be_reached_is_a_message_not_a_traceback(tmp_path):
    with pytest.raises(StoreError, match="cannot connect to postgresql://nobody@/x"):
        connect(f"postgresql://nobody@/x?host={tmp_path}")
