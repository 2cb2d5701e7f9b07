"""Backups that can be trusted: checked before they count, pruned only among Briefing's own files, read
without writing, and nothing half-made left behind by a full disk or a kill."""

import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from briefing.gui.startup import newest_good_backup
from briefing.store import Store
from briefing.store import backups as backup_module
from briefing.store.backups import BackupFailed, backup_due_today, backups_folder, list_backups, prune_backups


def _fingerprints(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}


def _age(path, days):
    when = time.time() - days * 86400
    os.utime(path, (when, when))


def test_a_backups_folder_that_is_a_link_is_never_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "briefing-20200101-120000-000000-daily.sqlite").write_bytes(b"someone else's file")
    (elsewhere / "report.txt").write_text("not Briefing's")
    before = _fingerprints(elsewhere)
    (tmp_path / "backups").symlink_to(elsewhere)
    store = Store.open(tmp_path / "briefing.sqlite")
    with pytest.raises(BackupFailed, match=r"backups is a link; Briefing keeps backups only in a real folder"):
        store.backup("daily")
    assert list_backups(store.path) == []
    assert prune_backups(store.path, keep=1, max_age_days=0, max_total_bytes=0) == []
    assert _fingerprints(elsewhere) == before
    store.close()


def test_pruning_deletes_only_briefings_own_names_and_no_link(tmp_path):
    store = Store.open(tmp_path / "briefing.sqlite")
    folder = backups_folder(store.path)
    folder.mkdir()
    outside = tmp_path / "precious.sqlite"
    outside.write_bytes(b"precious")
    (folder / "briefing-20200101-120000-000000-daily.sqlite").symlink_to(outside)
    strangers = ["notes.txt", "other-20200101-120000-000000-daily.sqlite", "briefing-copy.sqlite",
                 "briefing-20200101-120000-000000-daily.sqlite.bak"]
    for name in strangers:
        (folder / name).write_bytes(b"not a backup Briefing wrote")
        _age(folder / name, 400)
    for _ in range(3):
        store.backup("manual")
    assert prune_backups(store.path, keep=1) != []
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [*strangers, "briefing-20200101-120000-000000-daily.sqlite", list_backups(store.path)[0].path.name])
    assert all((folder / name).read_bytes() == b"not a backup Briefing wrote" for name in strangers)
    assert outside.read_bytes() == b"precious"
    store.close()


def test_pruning_goes_by_age_and_by_total_size_as_well_as_by_count(tmp_path):
    store = Store.open(tmp_path / "briefing.sqlite")
    taken = [store.backup("manual") for _ in range(4)]
    for days, path in zip((90, 30, 20, 0), taken, strict=True):
        _age(path, days)
    prune_backups(store.path, keep=10, max_age_days=60)
    assert [info.path for info in list_backups(store.path)] == [taken[3], taken[2], taken[1]]
    size = taken[3].stat().st_size
    prune_backups(store.path, keep=10, max_total_bytes=2 * size)
    assert [info.path for info in list_backups(store.path)] == [taken[3], taken[2]]
    _age(taken[3], 400)
    _age(taken[2], 500)
    prune_backups(store.path, keep=10, max_age_days=60)
    assert [info.path for info in list_backups(store.path)] == [taken[3]]  # the newest stays, however old
    store.close()


@pytest.mark.parametrize("dated", ["name", "file time"])
def test_a_backup_from_the_future_is_not_offered_and_is_pruned(tmp_path, dated):
    store = Store.open(tmp_path / "briefing.sqlite")
    good = store.backup("daily")
    future = dt.datetime.now() + dt.timedelta(days=800)
    stamp = future.strftime("%Y%m%d-%H%M%S-%f") if dated == "name" else "20240101-120000-000000"
    planted = good.with_name(f"briefing-{stamp}-daily.sqlite")
    planted.write_bytes(good.read_bytes())
    if dated == "file time":
        os.utime(planted, (future.timestamp(), future.timestamp()))
    assert [info.path for info in list_backups(store.path)] == [good]
    assert newest_good_backup(store.path).path == good
    store.backup("manual")
    assert not planted.exists()
    store.close()


def test_a_backup_that_fails_on_a_full_disk_leaves_nothing_and_is_tried_again(tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    store.visits.save(store.visits.get(store.visits.ids()[0]))
    store.close()
    size = path.stat().st_size
    # A child process whose files may not grow past half the database: the copy fails as on a full disk.
    script = ("import resource, signal, sys\n"
              "from briefing.store import Store\n"
              "from briefing.store.backups import BackupFailed\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "store = Store.open(sys.argv[1])\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({size // 2}, {size // 2}))\n"
              "try:\n    store.backup_if_due()\nexcept BackupFailed as error:\n    print(error)\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    assert result.stdout.startswith(f"no backup could be written to {backups_folder(path)} (")
    assert list(backups_folder(path).iterdir()) == []
    assert backup_due_today(path)
    store = Store.open(path)
    assert store.backup_if_due() is not None
    store.close()


@pytest.mark.parametrize("format_", ["written now", "written in WAL format by an older Briefing"])
def test_counting_a_backups_visits_writes_nothing_beside_it(tmp_path, format_):
    store = Store.open(tmp_path / "briefing.sqlite")
    backup = store.backup("daily")
    if format_.startswith("written in WAL"):
        backup.unlink()
        import sqlite3

        copy = sqlite3.connect(backup)
        store.db.conn.backup(copy)
        copy.close()
    folder = backup.parent
    before = _fingerprints(folder)
    stamp = backup.stat().st_mtime_ns
    assert [info.visit_count for info in list_backups(store.path)] == [1]
    assert backup_module.backup_visit_count(backup) == 1
    assert _fingerprints(folder) == before and backup.stat().st_mtime_ns == stamp
    store.close()


def test_leftovers_of_briefings_own_names_are_cleaned_up_at_start(tmp_path):
    store = Store.open(tmp_path / "briefing.sqlite")
    good = store.backup("manual")
    folder = good.parent
    leftovers = [folder / f".{good.name}.part", folder / f".{good.name}.part-journal", folder / f"{good.name}-wal",
                 folder / f"{good.name}-shm"]
    kept = [folder / "other.sqlite-journal", folder / ".hidden-notes.part"]
    for path in leftovers + kept:
        path.write_bytes(b"left over")
    assert store.backup_if_due() is None  # today's backup was taken
    assert [path for path in leftovers if path.exists()] == []
    assert all(path.exists() for path in kept)
    store.close()


# The child takes backups (or opens a database needing an upgrade) until it is killed. `os.rename` in the
# backups module may be made to hang, so a kill falls between a whole copy and its rename.
_CHILD = r"""
import os, sys, time
from briefing.store import Store, backups, migrations

path, action, hang = sys.argv[1], sys.argv[2], sys.argv[3] == "hang"
if hang:
    def hanging_rename(source, target):
        print("copied", flush=True)
        time.sleep(600)
    backups.os.rename = hanging_rename
if action == "backup":
    store = Store.open(path)
    if not hang:
        print("started", flush=True)
    while True:
        store.backup("daily")
else:
    def slow_upgrade(db):
        db.conn.execute("CREATE TABLE upgraded (x)")
        print("migrating", flush=True)
        if sys.argv[4] == "kill":
            time.sleep(600)
    migrations.MIGRATIONS.append(slow_upgrade)
    migrations.LATEST_VERSION += 1
    Store.open(path).close()
    print("done", flush=True)
"""


def _child(path, action, hang, *extra):
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(path), action, "hang" if hang else "run", *extra],
                            stdout=subprocess.PIPE, text=True)


def _killed_after(process, line, delay=0.0):
    assert process.stdout.readline().strip() == line
    if delay:
        time.sleep(delay)  # the copies run on: a kill at some moment of one of them
    process.send_signal(signal.SIGKILL)
    process.wait()


def _assert_only_good_backups(database):
    folder = backups_folder(database)
    names = sorted(path.name for path in folder.iterdir())
    assert all(name.startswith("briefing-") and name.endswith(".sqlite") for name in names), names
    assert all(info.visit_count is not None for info in list_backups(database))


def _big_database(tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    document = store.visit_document(store.visits.ids()[0])
    for number in range(300):
        store.save_document(dict(document, uuid=None, title=f"Copy {number}", summary="words " * 400))
    store.close()
    return path


def test_a_backup_killed_half_way_does_not_count_and_the_next_start_retries(tmp_path):
    path = _big_database(tmp_path)
    _killed_after(_child(path, "backup", True), "copied")  # a whole copy made, killed before its rename
    assert [leftover.name.startswith(".") for leftover in backups_folder(path).iterdir()] == [True]
    assert list_backups(path) == [] and backup_due_today(path)
    store = Store.open(path)
    taken = store.backup_if_due()
    assert [info.path for info in list_backups(path)] == [taken]
    assert list(backups_folder(path).iterdir()) == [taken]
    store.close()


def test_kills_at_any_moment_of_the_backups_leave_nothing_broken(tmp_path):
    path = _big_database(tmp_path)
    for round_number in range(8):
        _killed_after(_child(path, "backup", False), "started", delay=0.03 * round_number)
        store = Store.open(path)
        store.backup_if_due()
        store.close()
        _assert_only_good_backups(path)


def test_a_kill_during_a_migration_leaves_no_broken_before_upgrade_backup(tmp_path):
    path = tmp_path / "briefing.sqlite"
    Store.open(path).close()
    _killed_after(_child(path, "upgrade", True, "run"), "copied")  # killed between the copy and its rename
    assert list_backups(path) == []
    _killed_after(_child(path, "upgrade", False, "kill"), "migrating")  # killed inside the migration
    _assert_only_good_backups(path)
    assert [info.reason for info in list_backups(path)] == ["before-upgrade"]
    finished = _child(path, "upgrade", False, "run")
    assert finished.stdout.read().split() == ["migrating", "done"]
    assert finished.wait() == 0
    _assert_only_good_backups(path)
    assert [info.reason for info in list_backups(path)] == ["before-upgrade", "before-upgrade"]


def test_the_temporary_of_a_backup_still_being_written_is_not_taken_for_a_leftover(tmp_path):
    path = _big_database(tmp_path)
    child = _child(path, "backup", True)
    assert child.stdout.readline().strip() == "copied"  # the copy is made, its rename not yet
    try:
        [temporary] = backups_folder(path).iterdir()
        assert backup_module.remove_leftovers(path) == []
        assert temporary.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert backup_module.remove_leftovers(path) == [temporary]
