"""A database file from elsewhere is untrusted: anything planted in its schema is refused before it can act."""

import os
import sqlite3
import stat

import pytest

from briefing import domain
from briefing.store import EmptyDatabase, ForeignSchema, Store, StoreError

PLANTS = {
    "trigger": ("CREATE TRIGGER planted_wipe AFTER UPDATE ON visits BEGIN "
                "DELETE FROM talking_points; UPDATE people SET biography = 'planted'; END",
                "a trigger 'planted_wipe' Briefing did not create"),
    "view": ("CREATE VIEW planted_people AS SELECT name, biography FROM people",
             "a view 'planted_people' Briefing did not create"),
    "table": ("CREATE TABLE planted_copies (name TEXT)", "a table 'planted_copies' Briefing did not create"),
}
COPYING_TRIGGER = ("CREATE TRIGGER planted_copy AFTER INSERT ON people BEGIN "
                   "INSERT INTO planted_copies VALUES (new.name); END")


def _briefing_file(path):
    """A Briefing database holding the demo visit (talking points, people with biographies)."""
    Store.open(path).close()
    return path


def _execute(path, *statements, writable_schema=False):
    conn = sqlite3.connect(path)
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _talking_points_and_biographies(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (conn.execute("SELECT count(*) FROM talking_points").fetchone()[0],
                sorted(row[0] for row in conn.execute("SELECT biography FROM people")))
    finally:
        conn.close()


@pytest.mark.parametrize("kind", PLANTS)
@pytest.mark.parametrize("read_only", [None, True])
def test_a_planted_object_is_refused_untouched_and_never_runs(tmp_path, kind, read_only):
    path = _briefing_file(tmp_path / "mailed.sqlite")
    statement, described = PLANTS[kind]
    _execute(path, statement)
    before = path.read_bytes()
    content = _talking_points_and_biographies(path)
    with pytest.raises(ForeignSchema) as refused:
        Store.open(path, read_only=read_only)
    assert str(refused.value).startswith(f"{path} was changed outside Briefing ({described}")
    assert str(refused.value).endswith("; it was not opened and nothing in it was run or changed")
    assert path.read_bytes() == before
    assert _talking_points_and_biographies(path) == content


@pytest.mark.parametrize("planted_default", ["'Planted summary'", "''''"])
def test_a_changed_default_is_refused_untouched(tmp_path, planted_default):
    path = _briefing_file(tmp_path / "defaults.sqlite")
    planted = planted_default.replace("'", "''")
    _execute(path, "UPDATE sqlite_master SET sql = replace(sql, 'summary TEXT NOT NULL DEFAULT ''''', "
                   f"'summary TEXT NOT NULL DEFAULT {planted}') WHERE name = 'visits'", writable_schema=True)
    before = path.read_bytes()
    with pytest.raises(ForeignSchema, match=r"\(a table 'visits' is defined differently\)"):
        Store.open(path)
    assert path.read_bytes() == before


def test_every_kind_planted_at_once_is_refused_and_none_of_it_runs(tmp_path):
    path = _briefing_file(tmp_path / "all.sqlite")
    _execute(path, *(statement for statement, _ in PLANTS.values()), COPYING_TRIGGER)
    before = path.read_bytes()
    content = _talking_points_and_biographies(path)
    with pytest.raises(ForeignSchema, match=r"\(a trigger 'planted_wipe' Briefing did not create; .* and 2 more\)"):
        Store.open(path)
    assert path.read_bytes() == before
    assert _talking_points_and_biographies(path) == content


@pytest.mark.parametrize(("damage", "described"), [
    ("DROP INDEX visits_title", "an index 'visits_title' is missing"),
    ("DROP TABLE visit_search", "a table 'visit_search' is missing"),
    ("DROP INDEX people_folded_name; ALTER TABLE people DROP COLUMN folded_name",
     "a table 'people' is defined differently"),
])
def test_a_schema_missing_a_column_an_index_or_the_search_table_is_refused(tmp_path, damage, described):
    path = _briefing_file(tmp_path / "partial.sqlite")
    _execute(path, *damage.split("; "))
    before = path.read_bytes()
    with pytest.raises(ForeignSchema, match=described):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_column_named_with_a_space_is_refused_as_foreign(tmp_path):
    path = _briefing_file(tmp_path / "spaced.sqlite")
    _execute(path, 'ALTER TABLE quotes ADD COLUMN "note text" TEXT')
    with pytest.raises(ForeignSchema, match="a table 'quotes' is defined differently"):
        Store.open(path)


def test_undo_quotes_column_names(tmp_path):
    """The undo triggers are built from the file's columns: a name with a space in it must not break them."""
    store = Store.open(tmp_path / "quoted.sqlite")
    store.db.conn.execute('ALTER TABLE quotes ADD COLUMN "note text" TEXT DEFAULT \'kept\'')
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    quote = store.quotes.save(domain.Quote(visit_id=visit_id, speaker="Minister", text="We agree."))
    store.quotes.delete(quote.id)
    assert store.undo() == "Delete quote"
    assert store.db.conn.execute('SELECT "note text" FROM quotes WHERE id = ?', [quote.id]).fetchone() == ("kept",)
    store.close()


def test_the_connection_trusts_nothing_in_the_schema(store):
    assert store.db.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    if hasattr(store.db.conn, "getconfig"):
        assert store.db.conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)


def test_a_save_is_synced_to_disk_before_it_is_reported_done(store):
    assert store.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def _good_backup(path):
    store = Store.open(path)
    backup = store.backup("daily")
    store.close()
    return backup


def test_an_empty_file_with_backups_is_refused_and_left_empty(tmp_path):
    path = tmp_path / "briefing.sqlite"
    _good_backup(path)
    path.write_bytes(b"")
    (tmp_path / "briefing.sqlite-wal").unlink(missing_ok=True)
    with pytest.raises(EmptyDatabase, match=r"briefing\.sqlite is empty \(0 bytes\), but it was a database"):
        Store.open(path)
    assert path.read_bytes() == b""


def test_an_empty_file_behind_a_link_with_backups_is_refused(tmp_path):
    target = tmp_path / "real.sqlite"
    _good_backup(target)
    target.write_bytes(b"")
    link = tmp_path / "link.sqlite"
    link.symlink_to(target)
    with pytest.raises(EmptyDatabase):
        Store.open(link)
    assert target.read_bytes() == b""


def test_an_empty_file_without_backups_becomes_an_empty_database_for_the_user_only(tmp_path):
    path = tmp_path / "made-by-mktemp.sqlite"
    path.write_bytes(b"")
    path.chmod(0o644)
    store = Store.open(path)
    assert store.visits.count() == 0  # the demo visit is for a path where no file was
    store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert {stat.S_IMODE(os.stat(f"{path}{suffix}").st_mode)
            for suffix in ("-wal", "-shm") if os.path.exists(f"{path}{suffix}")} <= {0o600}


def test_a_dangling_link_a_pipe_and_a_device_are_refused_with_nothing_made(tmp_path):
    link = tmp_path / "dangling.sqlite"
    link.symlink_to(tmp_path / "gone.sqlite")
    with pytest.raises(StoreError, match=r"dangling\.sqlite is a link to .*gone\.sqlite, which does not exist"):
        Store.open(link)
    assert not (tmp_path / "gone.sqlite").exists()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/null", "/dev/zero"):
        with pytest.raises(StoreError, match="is not a regular file"):
            Store.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.sqlite", "pipe"]
    assert not os.path.exists("/dev/null-journal") and not os.path.exists("/dev/zero-journal")


def test_an_id_too_large_for_sqlite_is_not_found(store):
    from briefing.store import NotFound

    for huge in (2**63, 10**20, -2**63 - 1):
        with pytest.raises(NotFound, match=f"no visit with id {huge}"):
            store.visit_document(huge)
        with pytest.raises(NotFound, match=f"no person with id {huge}"):
            store.people.get(huge)
        with pytest.raises(NotFound, match=f"no quote with id {huge}"):
            store.quotes.get(huge)


def test_the_query_planners_statistics_are_not_foreign_but_a_trigger_named_like_them_is(tmp_path):
    path = _briefing_file(tmp_path / "analysed.sqlite")
    _execute(path, "ANALYZE")
    Store.open(path).close()
    _execute(path, "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', "
                   "'sqlite_stat_planted', 'visits', 0, 'CREATE TRIGGER sqlite_stat_planted AFTER UPDATE ON visits "
                   "BEGIN DELETE FROM talking_points; END')", writable_schema=True)
    with pytest.raises(ForeignSchema, match="a trigger 'sqlite_stat_planted' Briefing did not create"):
        Store.open(path)


def test_the_known_fingerprints_are_those_of_the_schemas_the_migrations_make():
    from briefing.store import schema_check
    from briefing.store.migrations import LATEST_VERSION

    made = {version: schema_check.fingerprint(schema_check.expected_schema(version))
            for version in range(1, LATEST_VERSION + 1)}
    assert schema_check.KNOWN_FINGERPRINTS == made, f"set KNOWN_FINGERPRINTS in schema_check.py to {made}"
