"""The `briefing` command line: every command, its output and its errors."""

import json
import subprocess
import sys

import pytest

from briefing.cli import main

DEMO_UUID = "3b7f5c2e-8d41-4c0a-9e6b-2a5d1f0c7e91"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.sqlite")


def run(capsys, *args):
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_list_json_shows_the_demo_visit_of_a_new_database(capsys, db):
    status, out, err = run(capsys, "--db", db, "list", "--json")
    assert status == 0 and err == ""
    assert json.loads(out) == [{
        "id": 1, "uuid": DEMO_UUID,
        "title": "Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan",
        "host_country": "Kazakhstan", "guest_country": "Burkina Faso", "city": "Astana",
        "start_date": "2025-06-03", "end_date": "2025-06-05"}]


def test_list_text_is_one_line_per_visit(capsys, db):
    status, out, _ = run(capsys, "--db", db, "list")
    assert status == 0
    assert out.splitlines() == [
        "     1  2025-06-03 – 2025-06-05  Burkina Faso → Astana, Kazakhstan  "
        "Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan"]


def test_no_demo_makes_an_empty_database(capsys, db):
    status, out, _ = run(capsys, "--db", db, "--no-demo", "list", "--json")
    assert (status, json.loads(out)) == (0, [])


def test_show_json_prints_the_visit_document(capsys, db):
    status, out, _ = run(capsys, "--db", db, "show", "1", "--json")
    document = json.loads(out)
    assert status == 0
    assert list(document) == [
        "uuid", "title", "host_country", "guest_country", "city", "start_date", "end_date", "visit_type", "level",
        "status", "summary", "significance", "source", "participants", "cooperation_areas", "agreements",
        "history", "quotes", "talking_points", "follow_ups"]
    assert list(document["participants"][0]) == ["name", "title", "side", "role", "organization"]
    assert list(document["cooperation_areas"][0]) == ["topic", "category", "notes"]
    assert list(document["agreements"][0]) == ["title", "kind", "status", "signed_on", "signatories"]
    assert list(document["history"][0]) == ["date", "text"]
    assert list(document["quotes"][0]) == ["speaker", "text"]
    assert all(isinstance(point, str) for point in document["talking_points"])
    assert list(document["follow_ups"][0]) == ["action", "owner", "due", "status"]
    assert document["participants"][1]["name"] == "Karamoko Traoré"


def test_show_text_has_every_section(capsys, db):
    status, out, _ = run(capsys, "--db", db, "show", "1")
    assert status == 0
    for heading in ("Participants", "Cooperation areas", "Agreements", "Background", "Quotes", "Talking points",
                    "Follow-up"):
        assert f"\n{heading}\n" in out


@pytest.mark.parametrize("query, expected", [("traore", [1]), ("Нұртілеу", [1]), ("fisheries", [])])
def test_search_json(capsys, db, query, expected):
    status, out, _ = run(capsys, "--db", db, "search", query, "--json")
    assert status == 0
    assert [row["id"] for row in json.loads(out)] == expected


@pytest.mark.parametrize("query", ['R&D "x', "*", "-", "AND", "NOT OR"])
def test_search_never_fails_on_typed_text(capsys, db, query):
    status, _, err = run(capsys, "--db", db, "search", query)
    assert (status, err) == (0, "")


def test_unknown_visit_is_one_line_and_status_2(capsys, db):
    status, out, err = run(capsys, "--db", db, "show", "42")
    assert (status, out) == (2, "")
    assert err == "briefing: no visit with id 42 (see 'briefing list')\n"


def test_a_file_that_is_not_a_database_is_one_line_and_untouched(capsys, tmp_path):
    path = tmp_path / "minutes.sqlite"
    path.write_bytes(b"minutes of the meeting")
    status, _, err = run(capsys, "--db", str(path), "list")
    assert status == 2
    assert err.startswith(f"briefing: {path} is not a Briefing database")
    assert err.count("\n") == 1
    assert path.read_bytes() == b"minutes of the meeting"


def test_a_folder_given_as_database_is_refused(capsys, tmp_path):
    status, _, err = run(capsys, "--db", str(tmp_path), "list")
    assert (status, err) == (2, f"briefing: {tmp_path} is a folder, not a database file\n")


def test_bad_arguments_are_one_line_and_status_2(capsys, db):
    with pytest.raises(SystemExit) as raised:
        main(["--db", db, "show", "one"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err == "briefing show: argument id: invalid int value: 'one' (see 'briefing show --help')\n"


def test_briefing_db_environment_variable_is_used(capsys, tmp_path, monkeypatch):
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    status, _, _ = run(capsys, "list")
    assert status == 0 and path.exists()


def test_default_database_lives_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    status, _, _ = run(capsys, "list")
    assert status == 0
    from briefing.paths import default_database_path

    assert default_database_path().exists()
    assert str(default_database_path()).startswith(str(tmp_path.parent))


def test_module_entry_point_prints_no_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "briefing", "--db", str(tmp_path / "m.sqlite"), "show", "7"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "briefing: no visit with id 7 (see 'briefing list')\n"
    assert result.stdout == ""


def test_version(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    from briefing import __version__

    assert capsys.readouterr().out == f"briefing {__version__}\n"


def test_help_lists_every_sub_command(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--db", "unused.sqlite", "--help"])
    assert raised.value.code == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("    ")
              and not line.startswith("     ")]
    assert listed == ["list", "show", "search", "export", "export-json", "import", "export-csv", "extract",
                      "attach", "attachments", "detach", "save-attachment", "backup", "backups", "init", "restore",
                      "self-test"]


def test_an_unknown_option_is_refused_before_any_window_opens(capsys, monkeypatch):
    import briefing.gui.app

    monkeypatch.setattr(briefing.gui.app, "run", lambda *args: pytest.fail("the window was opened"))
    with pytest.raises(SystemExit) as raised:
        main(["--db", "x.sqlite", "--colour", "red"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: ") and err.endswith(" (see 'briefing --help')\n") and err.count("\n") == 1


def test_only_global_options_open_the_window_on_that_database(monkeypatch, tmp_path):
    import briefing.gui.app

    opened = []
    monkeypatch.setattr(briefing.gui.app, "run",
                        lambda path, demo, language: opened.append((path, demo, language)) or 0)
    assert main(["--no-demo", "--db", str(tmp_path / "w.sqlite"), "--lang", "ru"]) == 0
    assert opened == [(tmp_path / "w.sqlite", False, "ru")]


def test_an_import_that_repeats_a_stored_visit_is_refused_unless_allowed(capsys, db, tmp_path):
    run(capsys, "--db", db, "list")
    _, shown, _ = run(capsys, "--db", db, "show", "1", "--json")
    again = {**json.loads(shown), "uuid": None, "title": "The same visit, read from another release"}
    del again["uuid"]
    path = tmp_path / "again.json"
    path.write_text(json.dumps(again), encoding="utf-8")
    status, out, err = run(capsys, "--db", db, "import", str(path))
    assert (status, out) == (2, "")
    assert err == ("briefing: import: visit 1 of the file ('The same visit, read from another release') may repeat "
                   "visit 1 already stored (same countries on overlapping dates, or the same source); nothing was "
                   "imported. Use --allow-duplicates to import them anyway\n")
    assert len(json.loads(run(capsys, "--db", db, "list", "--json")[1])) == 1
    status, out, _ = run(capsys, "--db", db, "import", str(path), "--allow-duplicates")
    assert status == 0
    assert "1 new visit may repeat visits already stored" in out
    assert len(json.loads(run(capsys, "--db", db, "list", "--json")[1])) == 2


def test_attach_list_save_and_detach_a_file(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite")
    memo = tmp_path / "memo.pdf"
    memo.write_bytes(b"%PDF-1.7 signed")
    assert main(["--db", db, "attach", "1", str(memo)]) == 0
    assert "kept memo.pdf with visit 1 as attachment 1" in capsys.readouterr().out
    assert main(["--db", db, "attachments", "1", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["size"], listed["media_type"]) == ("memo.pdf", 15, "application/pdf")
    assert main(["--db", db, "save-attachment", "1", "--out", str(tmp_path / "copy.pdf")]) == 0
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.7 signed"
    assert main(["--db", db, "detach", "1"]) == 0
    assert capsys.readouterr().out == "removed memo.pdf from visit 1\n"
    assert main(["--db", db, "attachments", "1"]) == 0
    assert "memo.pdf" not in capsys.readouterr().out


@pytest.mark.parametrize(("arguments", "message"), [
    (["attach", "7", "{memo}"], "briefing: no visit with id 7 (see 'briefing list')\n"),
    (["attach", "1", "{folder}/missing.pdf"], "briefing: {folder}/missing.pdf does not exist\n"),
    (["attach", "1", "{big}"], "briefing: big.bin is not kept: the file is 26 MB; a visit keeps files of up to "
                               "25 MB each\n"),
    (["detach", "4"], "briefing: no attachment with id 4 (see 'briefing attachments VISIT')\n"),
    (["attachments", "8"], "briefing: no visit with id 8 (see 'briefing list')\n"),
])
def test_attachment_commands_refuse_in_one_line(tmp_path, capsys, arguments, message):
    db = str(tmp_path / "a.sqlite")
    (tmp_path / "memo.pdf").write_bytes(b"%PDF")
    with open(tmp_path / "big.bin", "wb") as big:
        big.truncate(26 * 1024 * 1024)
    places = {"memo": tmp_path / "memo.pdf", "folder": tmp_path, "big": tmp_path / "big.bin"}
    assert main(["--db", db, *[a.format(**places) for a in arguments]]) == 2
    assert capsys.readouterr().err == message.format(**places)
    assert main(["--db", db, "attachments", "1"]) == 0
    assert capsys.readouterr().out == ""
