"""Creating, migrating and refusing database files."""

import sqlite3

import pytest

from briefing.store import SchemaTooNew, Store, StoreError, VisitQuery
from briefing.store.connection import connect
from briefing.store.migrations import LATEST_VERSION

from .conftest import DEMO_UUID


def test_new_file_gets_latest_schema_and_demo_visit(tmp_path):
    path = tmp_path / "new.sqlite"
    store = Store.open(path)
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert [row.uuid for row in store.visits.list()] == [DEMO_UUID]
    store.close()


def test_no_demo_creates_an_empty_database(empty_store):
    assert empty_store.visits.count() == 0
    assert empty_store.people.list() == []


def test_reopening_does_not_add_the_demo_again(tmp_path):
    path = tmp_path / "again.sqlite"
    Store.open(path).close()
    store = Store.open(path)
    assert store.visits.count() == 1
    store.close()


def test_foreign_keys_and_wal_are_on(store):
    assert store.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as raised:
        Store.open(path)
    assert f"schema version {LATEST_VERSION + 5}" in str(raised.value)
    assert f"up to version {LATEST_VERSION}" in str(raised.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are meeting notes, not a database")
    with pytest.raises(StoreError, match="is not a Briefing database"):
        Store.open(path)
    assert path.read_text() == "these are meeting notes, not a database"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_a_first_version_file_is_upgraded_in_place_after_a_backup(tmp_path):
    from briefing.store import backups, migrations

    path = tmp_path / "v1.sqlite"
    db = connect(path)
    migrations.MIGRATIONS[0](db)
    db.conn.execute("PRAGMA user_version = 1")
    db.conn.execute("INSERT INTO people(uuid, created_at, updated_at, name) VALUES ('u', 't', 't', 'Karamoko Traoré')")
    db.close()
    store = Store.open(path)
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert [p.name for p in store.people.list("TRAORE")] == ["Karamoko Traoré"]
    [backup] = backups.list_backups(path)
    assert backup.reason == "before-upgrade"
    assert sqlite3.connect(backup.path).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_third_version_file_keeps_its_searches_without_a_copy_of_the_text_after_a_backup(tmp_path):
    from briefing.store import backups, migrations
    from briefing.store.search import search_key_sql

    path = tmp_path / "v3.sqlite"
    db = connect(path)
    for migration in migrations.MIGRATIONS[:3]:
        migration(db)
    db.conn.execute("PRAGMA user_version = 3")
    for visit_id, title, city, start in ((1, "Mining talks", "Astana", "2001-05-06"), (2, "Trade fair", "Riga", None)):
        db.conn.execute("INSERT INTO visits(id, uuid, created_at, updated_at, title, host_country, guest_country, "
                        "city, start_date) VALUES (?, ?, 't', 't', ?, 'KZ', 'LV', ?, ?)",
                        [visit_id, f"u{visit_id}", title, city, start])
    db.conn.execute("INSERT INTO people(id, uuid, created_at, updated_at, name) VALUES (1, 'p', 't', 't', 'Aigerim')")
    db.conn.execute("INSERT INTO participants(uuid, created_at, updated_at, visit_id, person_id, side) "
                    "VALUES ('pa', 't', 't', 2, 1, 'host')")
    db.conn.execute(f"INSERT INTO visit_search_keys(visit_id, key) SELECT v.id, {search_key_sql('v')} FROM visits v")
    db.conn.execute("INSERT INTO visit_search(rowid, title, places, people) SELECT k.key, v.title, "
                    "v.city || ' Kazakhstan Latvia', CASE v.id WHEN 2 THEN 'Aigerim' ELSE '' END "
                    "FROM visits v JOIN visit_search_keys k ON k.visit_id = v.id")
    db.close()
    store = Store.open(path)
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = [name for (name,) in store.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "visit_search_content" not in tables
    assert store.db.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the freed pages went back
    for text, found in (("mining", [1]), ("latvia", [1, 2]), ("aiger", [2]), ("riga", [2]), ("fisheries", [])):
        assert store.visits.ids(VisitQuery(text=text)) == found, text
    [backup] = backups.list_backups(path)
    assert backup.reason == "before-upgrade"
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 3
    assert copy.execute("SELECT count(*) FROM visit_search_content").fetchone()[0] == 2
    copy.close()
    store.close()
