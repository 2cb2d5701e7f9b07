"""The database file: permissions, backups, restore, damage, read-only, two programs at once."""

import sqlite3
import stat

import pytest

from briefing import domain
from briefing.store import DatabaseDamaged, ReadOnlyStore, Store
from briefing.store import backups as backup_module
from briefing.store.migrations import LATEST_VERSION


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_and_backups_are_readable_by_the_user_only(tmp_path):
    store = Store.open(tmp_path / "private.sqlite")
    backup = store.backup()
    assert _mode(tmp_path / "private.sqlite") == 0o600
    assert _mode(backup) == 0o600
    assert _mode(backup.parent) == 0o700


def test_backups_keep_the_newest_n_with_their_visit_counts(tmp_path):
    store = Store.open(tmp_path / "kept.sqlite", keep_backups=3)
    taken = [store.backup() for _ in range(5)]
    listed = backup_module.list_backups(tmp_path / "kept.sqlite")
    assert [info.path for info in listed] == list(reversed(taken[-3:]))
    assert {info.visit_count for info in listed} == {1}
    assert {info.reason for info in listed} == {"manual"}


def test_daily_backup_is_taken_once_a_day(tmp_path):
    store = Store.open(tmp_path / "daily.sqlite")
    assert store.backup_if_due() is not None
    assert store.backup_if_due() is None
    assert len(backup_module.list_backups(tmp_path / "daily.sqlite")) == 1


def test_restore_brings_back_the_backed_up_content(tmp_path):
    path = tmp_path / "restore.sqlite"
    store = Store.open(path)
    backup = store.backup()
    store.visits.delete(store.visits.ids()[0])
    store.close()
    backup_module.restore_backup(backup, path)
    reopened = Store.open(path)
    assert reopened.visits.count() == 1
    assert _mode(path) == 0o600


def test_an_old_file_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    Store.open(path).close()
    from briefing.store import migrations

    added = []
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS,
                                                   lambda db: added.append(db.conn.execute("SELECT 1"))])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    upgraded = Store.open(path)
    assert len(added) == 1
    [backup] = backup_module.list_backups(path)
    assert backup.reason == "before-upgrade"
    assert sqlite3.connect(backup.path).execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert upgraded.db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1


def test_damaged_file_is_reported_by_the_integrity_check(tmp_path):
    path = tmp_path / "damaged.sqlite"
    store = Store.open(path, demo=False)
    for i in range(300):
        store.visits.save(domain.Visit(title=f"Visit {i} " + "x" * 300, host_country="FR", guest_country="DE"))
    store.close()
    page_size = 4096
    data = bytearray(path.read_bytes())
    # Scribble over the middle of the file: table pages, not the header and schema on page 1.
    for offset in range(len(data) // 2, len(data) - page_size, page_size):
        data[offset + 8:offset + 200] = bytes(range(192))
    path.write_bytes(bytes(data))
    opened = Store.open(path)
    with pytest.raises(DatabaseDamaged, match=r"damaged\.sqlite is damaged"):
        opened.check_integrity()
    with pytest.raises(DatabaseDamaged):
        opened.backup_if_due()


def test_read_only_file_opens_for_reading_and_refuses_writes(tmp_path):
    path = tmp_path / "shared.sqlite"
    Store.open(path).close()
    before = path.read_bytes()
    store = Store.open(path, read_only=True)
    assert store.read_only
    assert store.visits.count() == 1
    visit = store.visits.get(store.visits.ids()[0])
    visit.title = "Changed"
    with pytest.raises(ReadOnlyStore, match="open read-only; changes cannot be saved"):
        store.visits.save(visit)
    store.close()
    assert path.read_bytes() == before


def test_a_file_the_user_cannot_write_opens_read_only(tmp_path, monkeypatch):
    path = tmp_path / "theirs.sqlite"
    Store.open(path).close()
    monkeypatch.setattr("briefing.store.store.is_writable", lambda p: False)
    assert Store.open(path).read_only


def test_two_programs_on_one_file_both_keep_working(tmp_path):
    path = tmp_path / "together.sqlite"
    first, second = Store.open(path), Store.open(path)
    first.visits.save(domain.Visit(title="From the first", host_country="FR", guest_country="DE"))
    second.visits.save(domain.Visit(title="From the second", host_country="ES", guest_country="PT"))
    assert {r.title for r in first.visits.list()} >= {"From the first", "From the second"}
    assert second.visits.count() == 3
