"""The entry points the command line calls: the self-test and the application start."""

import os
import signal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.gui import app as gui_app
from briefing.gui.self_test import run_self_test
from briefing.store import Store


def test_the_self_test_passes_on_a_fresh_database_and_changes_nothing(tmp_path, capsys, monkeypatch):
    import briefing.pdf

    rendered = []
    render_note = briefing.pdf.render_note
    monkeypatch.setattr(briefing.pdf, "render_note", lambda *args: rendered.append(args[0]["title"])
                        or render_note(*args))
    path = tmp_path / "fresh.sqlite"
    assert run_self_test(path) == 0
    assert capsys.readouterr().err == ""
    assert rendered == ["Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan"]
    store = Store.open(path)
    assert store.visits.count() == 1
    assert [p.name for p in store.people.list()] == ["Karamoko Traoré", "Murat Nurtleu"]
    store.close()


def test_the_self_test_names_what_failed(tmp_path, capsys):
    Store.open(tmp_path / "empty.sqlite", demo=False).close()
    assert run_self_test(tmp_path / "empty.sqlite") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["briefing self-test: failed while looking for a visit to test with: SelfTestFailure: "
                   "the database holds no visit to test with"]


def test_the_self_test_reports_a_database_it_cannot_open(tmp_path, capsys):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    assert run_self_test(broken) == 1
    assert "failed while opening the database: DatabaseDamaged" in capsys.readouterr().err


def test_run_shows_a_database_it_cannot_open_and_returns_2(tmp_path, monkeypatch):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert gui_app.run(broken, demo=True) == 2
    assert shown[0][0] == "Briefing"
    assert f"Cannot open the database {broken}." in shown[0][1]


def test_run_opens_the_main_window_with_the_apps_names(tmp_path, monkeypatch):
    seen = []

    def fake_exec(app):
        [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.append((window.windowTitle(), window.detail.visit_id, window.store.undo_label()))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert gui_app.run(tmp_path / "new.sqlite", demo=True) == 0
    assert seen == [("new.sqlite — Briefing", 1, None)]
    assert (QApplication.organizationName(), QApplication.applicationName()) == ("Briefing", "Briefing")
    assert QApplication.desktopFileName() == "briefing"
    assert "QLabel#fieldError" in QApplication.instance().styleSheet()
    assert Path(QSettings().fileName()).is_relative_to(tmp_path)  # the window's settings stayed in tmp_path


def test_a_terminal_signal_closes_the_window_as_the_user_would(qtbot, window, settings):
    originals = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        gui_app.close_on_terminal_signals(window)
        qtbot.waitUntil(lambda: signal.getsignal(signal.SIGTERM) is not originals[signal.SIGTERM])
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
        assert settings.value("visits/selected", type=int) == window.detail.visit_id
    finally:
        for number, handler in originals.items():
            signal.signal(number, handler)


def test_the_self_test_reports_a_schema_missing_its_search_table_in_one_line(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "partial.sqlite"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE visit_search")
    connection.close()
    assert run_self_test(path) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"briefing self-test: failed while opening the database: ForeignSchema: {path} was "
                           "changed outside Briefing (a table 'visit_search' is missing; ")
    assert line.endswith("; it was not opened and nothing in it was run or changed")
