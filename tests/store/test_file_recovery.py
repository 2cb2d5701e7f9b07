"""Getting a database back: a restored backup reopened in place, an unusable file set aside, a busy file."""

import sqlite3

import pytest

from briefing import domain
from briefing.store import DatabaseBusy, Store, StoreError
from briefing.store import backups as backup_module


def test_reopen_shows_the_restored_content_through_the_same_store(tmp_path):
    path = tmp_path / "restore.sqlite"
    store = Store.open(path)
    store.enable_undo()
    backup = store.backup("before-change")
    store.visits.delete(store.visits.ids()[0])
    assert store.undo_label() == "Delete visit"
    store.close()
    backup_module.restore_backup(backup, path)
    store.reopen()
    assert store.visits.count() == 1
    assert store.undo_label() is None  # the history described the content that was replaced
    store.visits.save(domain.Visit(title="After the restore", host_country="FR", guest_country="DE"))
    assert store.undo_label() == "Add visit"
    store.close()


def test_an_unusable_file_is_set_aside_with_its_journal_and_a_backup_restored_in_its_place(tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    backup = store.backup()
    store.close()
    path.write_bytes(b"not a database at all" * 50)
    (tmp_path / "briefing.sqlite-wal").write_bytes(b"wal")
    kept = backup_module.set_aside(path, "unusable")
    assert kept.name.startswith("briefing.sqlite.unusable-")
    assert kept.read_bytes().startswith(b"not a database")
    assert (tmp_path / f"{kept.name}-wal").read_bytes() == b"wal"
    assert not path.exists() and not (tmp_path / "briefing.sqlite-wal").exists()
    backup_module.restore_backup(backup, path)
    assert Store.open(path).visits.count() == 1


def test_a_save_while_another_program_holds_the_file_says_it_is_busy(tmp_path):
    path = tmp_path / "shared.sqlite"
    first, second = Store.open(path), Store.open(path)
    second.enable_undo()
    second.db.conn.execute("PRAGMA busy_timeout = 0")
    first.db.conn.execute("BEGIN IMMEDIATE")
    visit = domain.Visit(title="Waiting", host_country="FR", guest_country="DE")
    with pytest.raises(DatabaseBusy, match=r"shared\.sqlite is busy: another program"):
        second.visits.save(visit)
    first.db.conn.execute("ROLLBACK")
    assert second.undo_label() is None
    assert second.visits.save(visit).title == "Waiting"
    first.close()
    second.close()


def test_other_database_errors_are_not_reported_as_busy(tmp_path):
    store = Store.open(tmp_path / "x.sqlite")
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.write("Broken"):
        store.db.conn.execute("SELECT * FROM no_such_table")
    store.close()


def test_visit_counts_by_country_count_host_and_guest_alike(empty_store):
    for host, guest in (("KZ", "BF"), ("KZ", "FR"), ("FR", "DE"), ("BF", "DE")):
        empty_store.visits.save(domain.Visit(title=f"{guest} in {host}", host_country=host, guest_country=guest))
    assert empty_store.visit_counts_by_country() == {"KZ": 2, "BF": 2, "FR": 2, "DE": 2}


def test_restore_backs_up_the_current_content_first_and_reopens(tmp_path):
    path = tmp_path / "restore.sqlite"
    store = Store.open(path)
    backup = store.backup()
    store.visits.delete(store.visits.ids()[0])
    kept = store.restore(backup)
    assert store.visits.count() == 1
    [before_restore] = [b for b in backup_module.list_backups(path) if b.reason == "before-restore"]
    assert (before_restore.path, before_restore.visit_count) == (kept, 0)
    store.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "restore.sqlite"
    store = Store.open(path)
    damaged = tmp_path / "backups" / "restore-20250101-120000-000000-daily.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(b"garbage" * 100)
    with pytest.raises(StoreError, match="is damaged or cannot be read"):
        store.restore(damaged)
    assert store.visits.count() == 1
    assert [b.reason for b in backup_module.list_backups(path)] == ["daily"]
    store.close()


def test_restore_over_an_unusable_file_keeps_the_file(tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    backup = store.backup()
    store.close()
    path.write_bytes(b"scribbled" * 100)
    kept = backup_module.restore_over_unusable(backup, path)
    assert kept.read_bytes() == b"scribbled" * 100
    assert Store.open(path).visits.count() == 1


class _LockedForAWhile:
    """A connection on which the first `busy_begins` BEGIN IMMEDIATE find the file locked (as after a busy timeout)."""

    def __init__(self, conn, busy_begins):
        self.conn, self.busy_begins, self.begins = conn, busy_begins, 0

    def execute(self, sql, *args):
        if sql == "BEGIN IMMEDIATE":
            self.begins += 1
            if self.begins <= self.busy_begins:
                error = sqlite3.OperationalError("database is locked")
                error.sqlite_errorcode = sqlite3.SQLITE_BUSY
                raise error
        return self.conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def test_a_write_that_finds_the_file_locked_is_tried_again_as_a_whole(tmp_path):
    from briefing.store.connection import BEGIN_ATTEMPTS

    store = Store.open(tmp_path / "retry.sqlite")
    real = store.db.conn
    store.db.conn = _LockedForAWhile(real, busy_begins=BEGIN_ATTEMPTS - 1)
    saved = store.visits.save(domain.Visit(title="Third time lucky", host_country="FR", guest_country="DE"))
    assert store.db.conn.begins == BEGIN_ATTEMPTS
    store.db.conn = _LockedForAWhile(real, busy_begins=BEGIN_ATTEMPTS)
    with pytest.raises(DatabaseBusy):
        store.visits.save(domain.Visit(title="Never", host_country="FR", guest_country="DE"))
    store.wait_briefly_for_other_writers()  # the window's store: a save on the GUI thread tries once
    store.db.conn = _LockedForAWhile(real, busy_begins=1)
    with pytest.raises(DatabaseBusy):
        store.visits.save(domain.Visit(title="Not now", host_country="FR", guest_country="DE"))
    assert store.db.conn.begins == 1
    store.db.conn = real
    assert [row.title for row in store.visits.list() if row.id >= saved.id] == ["Third time lucky"]
    store.close()
