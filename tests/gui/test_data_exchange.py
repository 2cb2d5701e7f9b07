"""Import and export from the window: the summary before writing, refusals that change nothing, exact exports."""

import hashlib
import json
import os
import stat

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing import exchange
from briefing.gui import messages
from briefing.gui.data_import import REFUSED_ADVICE
from briefing.gui.dialogs.export_data_dialog import ExportDataDialog
from briefing.gui.dialogs.import_summary_dialog import ImportSummaryDialog
from briefing.store import Store
from briefing.store.backups import list_backups

TASK_TIMEOUT_MS = 30_000
ANKARA = {"uuid": "11111111-2222-4333-8444-555555555555", "title": "Talks in Ankara", "host_country": "Türkiye",
          "guest_country": "Kazakhstan", "start_date": "2024-05-02", "end_date": "2024-05-03",
          "participants": [{"name": "Mevlüt Çavuşoğlu", "side": "host"}, {"name": "Ерлан Қарин", "side": "guest"}],
          "agreements": [{"title": "Roadmap 2024–2026", "kind": "roadmap", "status": "signed",
                          "signatories": ["Mevlüt Çavuşoğlu"]}]}


def database_fingerprint(store: Store) -> str:
    """A hash of the database file and its write-ahead log: any write changes one of them."""
    digest = hashlib.sha256()
    for path in (store.path, store.path.with_name(store.path.name + "-wal")):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


@pytest.fixture
def summaries(monkeypatch):
    """The import summary, recorded with the database's visit count at that moment; answered by `answer`."""
    class Summaries(list):
        answer = True

    shown = Summaries()

    def ask(file, summary, parent=None):
        shown.append((file.name, summary, parent.store.visits.count()))
        return shown.answer

    monkeypatch.setattr(ImportSummaryDialog, "ask", ask)
    return shown


def _import(qtbot, window, monkeypatch, path, signal=None):
    monkeypatch.setattr(messages, "ask_open_path", lambda *_args: str(path))
    with qtbot.waitSignal(signal or window.data_import.busyChanged, timeout=TASK_TIMEOUT_MS):
        window.window_actions.import_data.trigger()
    qtbot.waitUntil(lambda: not window.data_import.busy, timeout=TASK_TIMEOUT_MS)


def test_a_good_file_is_imported_after_its_summary(qtbot, window, store, tmp_path, monkeypatch, summaries):
    path = tmp_path / "ankara.json"
    path.write_text(json.dumps([ANKARA]), encoding="utf-8")
    progress = []
    window.data_import.busyChanged.connect(lambda: progress.append(window.data_import.progress is not None))
    _import(qtbot, window, monkeypatch, path, window.data_import.imported)
    assert summaries == [("ankara.json", "1 visit, 2 people, 1 agreement will be added; 0 visits updated", 1)]
    assert store.visits.count() == 2 and window.list_pane.model.rowCount() == 2
    assert window.detail.title.text() == "Talks in Ankara"
    assert [p.name for p in store.people.list("cavusoglu")] == ["Mevlüt Çavuşoğlu"]
    assert progress[:3] == [False, False, True]  # reading had no progress bar; writing had one
    assert window.statusBar().currentMessage() == "Imported 1 visit."
    assert [b.reason for b in list_backups(store.path)] == ["before-import"]


def test_cancel_in_the_summary_writes_nothing(qtbot, window, store, tmp_path, monkeypatch, summaries):
    path = tmp_path / "ankara.json"
    path.write_text(json.dumps(ANKARA), encoding="utf-8")
    summaries.answer = False
    before = database_fingerprint(store)
    _import(qtbot, window, monkeypatch, path)
    assert len(summaries) == 1
    assert database_fingerprint(store) == before and store.visits.count() == 1


@pytest.mark.parametrize(("content", "problem"), [
    (json.dumps(dict(ANKARA, end_date="2024-05-01")), "end_date: the end date is before the start date"),
    ("meeting notes, not JSON", "not valid JSON: Expecting value at line 1, column 1"),
])
def test_a_refused_file_says_what_is_wrong_and_changes_nothing(qtbot, window, store, tmp_path, monkeypatch,
                                                               summaries, answers, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = database_fingerprint(store)
    _import(qtbot, window, monkeypatch, path)
    assert answers.warnings == [f"Import refused|bad.json cannot be imported: {problem}.\n\n{REFUSED_ADVICE}"]
    assert summaries == []
    assert database_fingerprint(store) == before


def test_importing_what_is_already_there_says_so(qtbot, window, store, tmp_path, monkeypatch, summaries):
    path = tmp_path / "same.json"
    path.write_bytes(exchange.export_json(store))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(f"{title}|{text}"))
    _import(qtbot, window, monkeypatch, path)
    assert told == ["Nothing to import|Everything in same.json is already in the database: 0 visits, 0 people, "
                    "0 agreements will be added; 0 visits updated; 1 visit already up to date."]
    assert summaries == []


def _export(qtbot, window, monkeypatch, action, path):
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(path))
    with qtbot.waitSignal(window.data_export.message, timeout=TASK_TIMEOUT_MS) as done:
        action.trigger()
    return done.args[0]


@pytest.mark.parametrize("selected_only", [False, True])
def test_export_data_writes_what_exchange_exports(qtbot, window, store, demo_id, tmp_path, monkeypatch,
                                                  selected_only):
    from briefing.gui.dialogs.export_data_dialog import SELECTED_VISIT, WHOLE_DATABASE

    store.visits.save(store.visits.get(demo_id))  # a second save changes nothing the export shows
    monkeypatch.setattr(ExportDataDialog, "ask",
                        lambda *_args: SELECTED_VISIT if selected_only else WHOLE_DATABASE)
    path = tmp_path / "out.json"
    message = _export(qtbot, window, monkeypatch, window.window_actions.export_data, path)
    assert path.read_bytes() == exchange.export_json(store, [demo_id] if selected_only else None)
    assert message == f"Exported the data to {path}."


def test_the_csv_exports_write_the_tables(qtbot, window, store, tmp_path, monkeypatch):
    visits, agreements = tmp_path / "visits.csv", tmp_path / "agreements.csv"
    _export(qtbot, window, monkeypatch, window.window_actions.export_visits_csv, visits)
    _export(qtbot, window, monkeypatch, window.window_actions.export_agreements_csv, agreements)
    assert visits.read_bytes() == exchange.visits_csv(store)
    assert agreements.read_bytes() == exchange.agreements_csv(store)
    assert "Traoré" in visits.read_text(encoding="utf-8-sig")


def test_an_export_that_cannot_be_written_says_how_to_fix_it(qtbot, window, tmp_path, monkeypatch, answers):
    missing = tmp_path / "gone" / "visits.csv"
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(missing))
    with qtbot.waitSignal(window.data_export.busyChanged, timeout=TASK_TIMEOUT_MS):
        window.window_actions.export_visits_csv.trigger()
    qtbot.waitUntil(lambda: not window.data_export.busy, timeout=TASK_TIMEOUT_MS)
    assert answers.warnings == [f"Export failed|The visit list could not be written to {missing}: No such file or "
                                "directory.\n\nNothing was written there. Choose a folder you can write to and "
                                "export again."]


def test_exporting_over_a_read_only_file_asks_first(qtbot, window, store, tmp_path, monkeypatch, answers):
    path = tmp_path / "visits.csv"
    path.write_text("the list as sent")
    path.chmod(0o444)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(path))
    answers.confirm_with = False
    with qtbot.waitSignal(window.data_export.busyChanged, timeout=TASK_TIMEOUT_MS):
        window.window_actions.export_visits_csv.trigger()
    qtbot.waitUntil(lambda: answers.confirmations != [], timeout=TASK_TIMEOUT_MS)
    assert answers.confirmations == [f"Replace a read-only file?|{path} is read-only.|&Replace|It may have been "
                                     "marked read-only so that it is kept as it is. Replace it with the visit list?"]
    assert path.read_text() == "the list as sent" and not window.data_export.busy
    answers.confirm_with = True
    assert _export(qtbot, window, monkeypatch, window.window_actions.export_visits_csv, path) == (
        f"Exported the visit list to {path}.")
    assert path.read_bytes() == exchange.visits_csv(store)


def test_a_named_pipe_is_not_replaced_by_an_export(qtbot, window, tmp_path, monkeypatch, answers):
    pipe = tmp_path / "visits.csv"
    os.mkfifo(pipe)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_args: str(pipe))
    with qtbot.waitSignal(window.data_export.busyChanged, timeout=TASK_TIMEOUT_MS):
        window.window_actions.export_visits_csv.trigger()
    qtbot.waitUntil(lambda: not window.data_export.busy, timeout=TASK_TIMEOUT_MS)
    assert answers.warnings == [f"Export failed|The visit list could not be written to {pipe}: it is a named pipe, "
                                "not a file.\n\nNothing was written there. Choose a file name for a new or an "
                                "existing file and export again."]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_the_visits_of_a_briefing_database_changed_elsewhere_are_imported_without_its_trigger(
        qtbot, window, store, tmp_path, monkeypatch, summaries):
    import sqlite3

    mailed = tmp_path / "colleague.sqlite"
    theirs = Store.open(mailed, demo=False)
    theirs.save_document(ANKARA)
    theirs.close()
    connection = sqlite3.connect(mailed)
    connection.execute("CREATE TRIGGER planted AFTER INSERT ON people BEGIN UPDATE people SET biography = 'x'; END")
    connection.commit()
    connection.close()
    before = mailed.read_bytes()
    _import(qtbot, window, monkeypatch, mailed, window.data_import.imported)
    assert summaries == [("colleague.sqlite", "1 visit, 2 people, 1 agreement will be added; 0 visits updated", 1)]
    assert window.detail.title.text() == "Talks in Ankara"
    assert "x" not in {person.biography for person in store.people.all()}
    assert mailed.read_bytes() == before
