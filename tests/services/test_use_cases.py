"""The use cases the window and the command line share, run without Qt: what each leaves in the database and on
disk."""

import json

import pytest

from briefing import services
from briefing.cli import main
from briefing.exchange import export_json
from briefing.pdf import NoteOptions
from briefing.store import Store

DEMO_TITLE = "Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan"


@pytest.fixture
def export_file(tmp_path):
    """A Briefing export holding the demo visit."""
    demo = Store.open(tmp_path / "demo.sqlite")
    path = tmp_path / "export.json"
    path.write_bytes(export_json(demo))
    demo.close()
    return path


@pytest.fixture
def empty(tmp_path):
    store = Store.open(tmp_path / "empty.sqlite", demo=False)
    yield store
    store.close()


def _titles(store):
    return [row.title for row in services.list_visits(store)]


def test_the_command_line_import_backs_the_database_up_first(tmp_path, export_file, capsys):
    db = tmp_path / "cli" / "visits.sqlite"
    db.parent.mkdir()
    assert main(["--db", str(db), "--no-demo", "list"]) == 0
    assert main(["--db", str(db), "import", str(export_file)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 visit, 2 people, 1 agreement added; 0 visits updated"
    store = Store.open(db, demo=False)
    try:
        assert _titles(store) == [DEMO_TITLE]
        [backup] = services.list_backups(db)
    finally:
        store.close()
    assert (backup.reason, backup.visit_count) == ("before-import", 0)


def test_an_import_with_nothing_new_takes_no_backup(tmp_path, export_file):
    store = Store.open(tmp_path / "demo-again.sqlite")
    try:
        imported = services.import_file(store, export_file)
        assert (imported.visit_ids, imported.backup) == ([], None)
        assert services.list_backups(store.path) == []
    finally:
        store.close()


def test_a_cancelled_import_writes_nothing_and_keeps_its_backup(empty, export_file):
    seen = []
    with pytest.raises(services.Cancelled):
        services.import_file(empty, export_file, progress=lambda done, total: seen.append(done),
                             is_cancelled=lambda: True)
    assert (_titles(empty), seen) == ([], [])
    assert [info.reason for info in services.list_backups(empty.path)] == ["before-import"]


def test_an_import_reports_its_progress(empty, export_file):
    seen = []
    imported = services.import_file(empty, export_file, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1, 1)
    assert _titles(empty) == [DEMO_TITLE] and len(imported.visit_ids) == 1


def test_a_file_that_breaks_the_rules_is_refused_with_nothing_written(empty, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"title": ""}]), encoding="utf-8")
    with pytest.raises(services.ImportRefused):
        services.import_file(empty, bad)
    assert _titles(empty) == [] and services.list_backups(empty.path) == []


def test_export_json_of_an_unknown_visit_is_refused_before_any_file_is_written(tmp_path):
    store = Store.open(tmp_path / "demo.sqlite")
    out = tmp_path / "one.json"
    try:
        with pytest.raises(services.Refused, match=r"^no visit with id 7 \(see 'briefing list'\)$"):
            services.export_json(store, out, [7])
    finally:
        store.close()
    assert not out.exists()


def test_export_json_then_import_gives_the_same_visit(tmp_path, empty):
    store = Store.open(tmp_path / "demo.sqlite")
    out = tmp_path / "all.json"
    try:
        services.export_json(store, out)
        original = store.visit_document(1)
    finally:
        store.close()
    [visit_id] = services.import_file(empty, out).visit_ids
    assert empty.visit_document(visit_id) == original


def test_export_csv_writes_the_table_asked_for(tmp_path):
    store = Store.open(tmp_path / "demo.sqlite")
    try:
        services.export_csv(store, "agreements", tmp_path / "agreements.csv")
        with pytest.raises(services.Refused, match=r"^table 'people' is not one of visits, agreements$"):
            services.export_csv(store, "people", tmp_path / "people.csv")
    finally:
        store.close()
    header = (tmp_path / "agreements.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "visit_id,visit_title,guest_country,host_country,agreement,kind,status,signed_on,signatories"
    assert not (tmp_path / "people.csv").exists()


def test_back_up_now_then_restore_brings_the_content_back(tmp_path, export_file):
    store = Store.open(tmp_path / "restore.sqlite", demo=False)
    try:
        taken = services.back_up_now(store)
        services.import_file(store, export_file)
        assert _titles(store) == [DEMO_TITLE]
        kept = services.restore_backup(store, taken)
        assert _titles(store) == []
        listed = {info.path: (info.reason, info.visit_count) for info in services.list_backups(store.path)}
    finally:
        store.close()
    assert listed[taken] == ("manual", 0)
    assert listed[kept] == ("before-restore", 1)


def test_the_backup_and_backups_commands(tmp_path, capsys):
    db = tmp_path / "commands" / "visits.sqlite"
    db.parent.mkdir()
    assert main(["--db", str(db), "backup"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"backed up visits.sqlite to {db.parent / 'backups'}")
    path = out.split(" to ", 1)[1]
    assert main(["--db", str(db), "backups"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.split()[2:] == ["manual", "1", "visit", path]


@pytest.mark.parametrize("typed", ["restricted", "  Restricted ", "RESTRICTED"])
def test_the_classification_is_printed_the_same_whatever_the_caller_typed(typed):
    assert NoteOptions(classification=typed).printed_classification() == "RESTRICTED"
    assert NoteOptions(classification=" official   sensitive").printed_classification() == "OFFICIAL SENSITIVE"
    assert NoteOptions(classification="  ").printed_classification() == "OFFICIAL"


def test_a_dossier_reports_progress_and_stops_when_cancelled(tmp_path):
    store = Store.open(tmp_path / "demo.sqlite")
    seen = []
    try:
        export = services.dossier_export(store, "BF", NoteOptions(), progress=lambda done, total: seen.append(total))
        assert export.file_name.endswith("Burkina Faso country dossier.pdf") and seen and set(seen) == {1}
        with pytest.raises(services.Cancelled):
            services.dossier_export(store, "BF", NoteOptions(), is_cancelled=lambda: True)
        with pytest.raises(services.ExportRefused, match=r"^no visits with France$"):
            services.dossier_export(store, "FR", NoteOptions())
        with pytest.raises(services.ExportRefused, match=r"^'Atlantis' is not a known country$"):
            services.country_code("Atlantis")
    finally:
        store.close()


def test_the_daily_check_backs_up_once_a_day(tmp_path):
    store = Store.open(tmp_path / "daily.sqlite")
    try:
        first = services.daily_check(store)
        again = services.daily_check(store)
        reasons = [info.reason for info in services.list_backups(store.path)]
    finally:
        store.close()
    assert first.backup is not None and first.search_problems == []
    assert (again.backup, again.search_problems, reasons) == (None, [], ["daily"])
