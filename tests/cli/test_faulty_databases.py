"""Faulty, hostile and unwritable database files on the command line: one line on stderr, status 2, nothing lost."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid

import pytest

from briefing import domain
from briefing.cli import main
from briefing.store import Store
from briefing.store import backups as backup_module


def run(capsys, *args):
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def one_line(err):
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.removeprefix("briefing: ").rstrip("\n")


def _without_root_powers():
    """The command prefix that runs a program as if this user had no right to override file permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be enforced")
    dropped = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={dropped}", f"--inh-caps={dropped}"]


def run_as_ordinary_user(*args):
    return subprocess.run([*_without_root_powers(), sys.executable, "-m", "briefing", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _damaged(path):
    """A database of 300 visits whose pages, headers included, are scribbled over (the schema on page 1 is intact)."""
    store = Store.open(path, demo=False)
    for i in range(300):
        store.visits.save(domain.Visit(title=f"Visit {i} " + "x" * 300, host_country="FR", guest_country="DE"))
    backup = store.backup("daily")
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(len(data) // 2 // 4096 * 4096, len(data), 4096):
        data[offset:offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))
    return backup


@pytest.mark.parametrize("command", [["list"], ["show", "299"], ["export-json", "--out", "all.json"],
                                     ["export-csv", "visits", "--out", "all.csv"]])
def test_a_damaged_file_is_one_line_naming_the_backup_to_restore(capsys, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "damaged.sqlite"
    backup = _damaged(path)
    status, _, err = run(capsys, "--db", path, *command)
    assert status == 2
    message = one_line(err)
    assert message.startswith(f"{path} is damaged (database disk image is malformed)")
    assert message.endswith(f"The newest good backup is {backup} (300 visits); restore it with: "
                            f"briefing --db {path} restore {backup}")


def test_an_empty_file_with_backups_is_refused_and_the_restore_command_brings_the_visits_back(capsys, tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    backup = store.backup("daily")
    store.close()
    path.write_bytes(b"")
    status, _, err = run(capsys, "--db", path, "list")
    assert status == 2
    assert one_line(err) == (f"{path} is empty (0 bytes), but it was a database: its backups exist; nothing was "
                             f"changed. The newest good backup is {backup} (1 visit); restore it with: "
                             f"briefing --db {path} restore {backup}")
    assert path.read_bytes() == b""
    status, out, err = run(capsys, "--db", path, "restore", backup)
    assert (status, err) == (0, "")
    kept = out.strip().rsplit(" ", 1)[1]
    assert out.startswith(f"restored {backup.name} (1 visit) into {path}; what it replaced is kept as ")
    assert os.path.getsize(kept) == 0
    assert Store.open(path).visits.count() == 1


def test_the_restore_command_over_a_good_file_backs_it_up_first(capsys, tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    backup = store.backup("daily")
    store.visits.delete(store.visits.ids()[0])
    store.close()
    status, out, _ = run(capsys, "--db", path, "restore", backup)
    assert status == 0
    [before] = [info for info in backup_module.list_backups(path) if info.reason == "before-restore"]
    assert out.strip().endswith(f"kept as {before.path}") and before.visit_count == 0
    assert Store.open(path).visits.count() == 1


def test_a_planted_trigger_is_refused_by_every_command_and_never_runs(capsys, tmp_path):
    path = tmp_path / "mailed.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER planted AFTER INSERT ON visits BEGIN DELETE FROM talking_points; END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    document = tmp_path / "visit.json"
    document.write_text(json.dumps({"title": "New", "host_country": "France", "guest_country": "Germany"}))
    for command in (["list"], ["show", "1"], ["search", "Astana"], ["import", document],
                    ["export-json", "--out", tmp_path / "out.json"]):
        status, out, err = run(capsys, "--db", path, *command)
        assert status == 2 and out == ""
        assert one_line(err) == (f"{path} was changed outside Briefing (a trigger 'planted' Briefing did not "
                                 "create); it was not opened and nothing in it was run or changed. Its visits can "
                                 "be imported into another database, which takes only their data: "
                                 f"briefing --db NEW.sqlite import {path}")
    assert path.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_the_visits_of_a_planted_file_import_cleanly_into_another_database(capsys, tmp_path):
    planted = tmp_path / "mailed.sqlite"
    Store.open(planted).close()
    conn = sqlite3.connect(planted)
    conn.execute("CREATE TABLE planted_copies (name TEXT)")
    conn.execute("CREATE TRIGGER planted_copy AFTER INSERT ON people BEGIN "
                 "INSERT INTO planted_copies VALUES (new.name); UPDATE people SET biography = 'planted'; END")
    conn.execute("CREATE TRIGGER planted_wipe AFTER INSERT ON visits BEGIN DELETE FROM talking_points; END")
    conn.execute("CREATE VIEW planted_view AS SELECT name FROM people")
    conn.commit()
    conn.close()
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir())
    clean = tmp_path / "clean" / "mine.sqlite"
    clean.parent.mkdir()
    status, out, err = run(capsys, "--db", clean, "--no-demo", "import", planted)
    assert (status, err) == (0, "")
    assert out == "1 visit, 2 people, 1 agreement added; 0 visits updated\n"
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir() if p.is_file()) == before
    store = Store.open(clean)
    document = store.visit_document(store.visits.ids()[0])
    assert len(document["talking_points"]) > 0
    assert "planted" not in {person.biography for person in store.people.all()}
    assert store.db.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    store.close()


def test_a_file_whose_visits_table_is_a_view_is_not_imported(capsys, tmp_path):
    planted = tmp_path / "view.sqlite"
    Store.open(planted).close()
    conn = sqlite3.connect(planted)
    conn.execute("ALTER TABLE visits RENAME TO real_visits")
    conn.execute("CREATE VIEW visits AS SELECT * FROM real_visits")
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "--db", tmp_path / "mine.sqlite", "import", planted)
    assert status == 2
    assert one_line(err) == f"import: {planted} does not hold these tables as Briefing makes them: visits"


def test_a_dangling_link_a_pipe_and_the_null_device_are_one_line_with_nothing_made(capsys, tmp_path):
    link = tmp_path / "dangling.sqlite"
    link.symlink_to(tmp_path / "gone.sqlite")
    status, _, err = run(capsys, "--db", link, "list")
    assert status == 2 and one_line(err) == f"{link} is a link to {tmp_path / 'gone.sqlite'}, which does not exist"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/null", "/dev/zero"):
        status, _, err = run(capsys, "--db", path, "list")
        assert status == 2
        assert one_line(err) == f"{path} is not a regular file (a device or a pipe); give a database file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.sqlite", "pipe"]
    assert not os.path.exists("/dev/null-journal") and not os.path.exists("/dev/zero-journal")


@pytest.mark.parametrize("command", ["show", "export", "export-json"])
@pytest.mark.parametrize("huge", [2**63, 10**20])
def test_an_id_too_large_for_sqlite_is_no_visit(capsys, tmp_path, command, huge):
    target = ["show", huge] if command == "show" else [command, "--visit", huge, "--out", tmp_path / "out"]
    status, _, err = run(capsys, "--db", tmp_path / "ids.sqlite", *target)
    assert status == 2
    assert one_line(err) == f"no visit with id {huge} (see 'briefing list')"


def _visits_file(path, count, prefix="Imported"):
    path.write_text(json.dumps([{"uuid": str(uuid.uuid4()), "title": f"{prefix} {i}", "host_country": "Ghana",
                                 "guest_country": "Mali"} for i in range(count)]))
    return path


def test_a_full_disk_during_import_is_one_line_and_nothing_is_imported(capsys, tmp_path, monkeypatch):
    from briefing.store import store as store_module

    path = tmp_path / "full.sqlite"
    Store.open(path).close()
    connect = store_module.connect

    def connect_to_a_nearly_full_disk(*args, **kwargs):
        db = connect(*args, **kwargs)
        pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
        db.conn.execute(f"PRAGMA max_page_count = {pages + 5}")
        return db

    monkeypatch.setattr(store_module, "connect", connect_to_a_nearly_full_disk)
    status, _, err = run(capsys, "--db", path, "import", _visits_file(tmp_path / "many.json", 2000))
    assert status == 2
    assert one_line(err) == f"the disk holding {path} is full; nothing was saved"
    monkeypatch.undo()
    assert Store.open(path).visits.count() == 1


def test_import_into_a_read_only_file_is_refused_and_makes_nothing_beside_it(tmp_path):
    path = tmp_path / "shared.sqlite"
    Store.open(path).close()
    path.chmod(0o444)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_as_ordinary_user("--db", path, "import", _visits_file(tmp_path / "visits.json", 3))
    assert result.returncode == 2
    assert one_line(result.stderr) == (f"{path} is read-only here (the file or its folder); "
                                       "nothing can be saved to it")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "visits.json"])


def test_a_database_in_a_read_only_folder_is_one_line(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "briefing.sqlite"
    Store.open(path).close()
    folder.chmod(0o555)
    try:
        listed = run_as_ordinary_user("--db", path, "list")
        created = run_as_ordinary_user("--db", folder / "new.sqlite", "list")
    finally:
        folder.chmod(0o755)
    assert listed.returncode == 2
    assert one_line(listed.stderr) == (f"{path} cannot be opened: its folder is read-only here, and SQLite must make "
                                       "its briefing.sqlite-shm file beside it to read it; copy it to a folder you "
                                       "can write")
    assert created.returncode == 2
    assert one_line(created.stderr) == f"{folder / 'new.sqlite'} cannot be created (Permission denied)"


def test_a_lone_surrogate_in_an_import_file_is_refused_by_name(capsys, tmp_path):
    document = tmp_path / "visit.json"
    document.write_text('{"title": "Visit \\udc80", "host_country": "France", "guest_country": "Germany"}')
    status, _, err = run(capsys, "--db", tmp_path / "s.sqlite", "import", document)
    assert status == 2
    assert one_line(err) == ("import: title: contains \\udc80, half of a UTF-16 surrogate pair without its other "
                             "half (not a character); correct that escape in the file")


def test_a_huge_unknown_key_is_quoted_in_about_a_hundred_characters(capsys, tmp_path):
    document = tmp_path / "visit.json"
    document.write_text(json.dumps({"title": "T", "host_country": "France", "guest_country": "Germany",
                                    "k" * 5_000_000: 1}))
    status, _, err = run(capsys, "--db", tmp_path / "k.sqlite", "import", document)
    assert status == 2
    message = one_line(err)
    assert message.startswith("import: the top level: unknown field 'kkk") and message.endswith("k…")
    assert len(message) < 160
