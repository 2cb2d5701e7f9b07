"""Backups from the window, and what start-up does with a file it cannot use, a newer one or a read-only one."""

import os
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefing.gui.dialogs.people_dialog import PeopleDialog
from briefing.gui.dialogs.restore_backup_dialog import RestoreBackupDialog
from briefing.gui.main_window import MainWindow
from briefing.gui.startup import open_database
from briefing.store import DatabaseDamaged, Store, VisitQuery
from briefing.store.backups import list_backups
from briefing.store.migrations import LATEST_VERSION

TASK_TIMEOUT_MS = 30_000


@pytest.fixture
def critical(monkeypatch) -> list[str]:
    """Critical message boxes, recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(f"{title}|{text}"))
    return shown


def test_restore_from_backup_brings_back_a_deleted_visit(qtbot, window, store, demo_id, monkeypatch, answers):
    store.backup("daily")
    window.delete_visit()
    assert store.visits.count() == 0
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda dialog: dialog.restore_button.click() or dialog.result())
    window.window_actions.restore_backup.trigger()
    assert answers.confirmations[-1].startswith("Restore from backup|Replace everything in t.sqlite with the "
                                                "backup of ")
    assert store.visits.count() == 1 and window.list_pane.model.rowCount() == 1
    assert window.detail.visit_id == demo_id
    assert window.statusBar().currentMessage().startswith("Restored the backup of ")
    assert not window.window_actions.undo.isEnabled()
    assert sorted(b.reason for b in list_backups(store.path)) == ["before-restore", "daily"]


def test_the_backup_list_shows_damaged_backups_but_cannot_choose_them(qtbot, store):
    good = store.backup("daily")
    damaged = good.parent / "t-20000101-120000-000000-manual.sqlite"
    damaged.write_bytes(b"garbage" * 200)
    os.utime(damaged, (946_728_000, 946_728_000))  # its real time agrees with its name
    dialog = RestoreBackupDialog(store.path)
    qtbot.addWidget(dialog)
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.tree.topLevelItemCount())]
    assert [row[1:] for row in rows] == [["Daily", "1 visit"], ["Taken by hand", "Damaged"]]
    assert dialog.chosen.path == good
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.tree.topLevelItem(1).flags() == Qt.ItemFlag.NoItemFlags
    assert dialog.chosen is None or dialog.chosen.path == good


def test_the_daily_backup_runs_after_start_up_on_its_own_connection(qtbot, window, store):
    with qtbot.waitSignal(window.backups.checkFinished, timeout=TASK_TIMEOUT_MS):
        window.start_daily_backup()
    assert [b.reason for b in list_backups(store.path)] == ["daily"]
    assert window.statusBar().currentMessage() == "Checked the database and took today's backup."


def test_damage_found_by_the_daily_check_is_shown_without_blocking(qtbot, window, monkeypatch):
    def damaged(_store):
        raise DatabaseDamaged("t.sqlite is damaged (row 3 missing from index visits_title)")

    monkeypatch.setattr(Store, "backup_if_due", damaged)
    offered = []
    monkeypatch.setattr(window.backups, "restore_from_backup", lambda: offered.append(True))
    with qtbot.waitSignal(window.backups.checkFinished, timeout=TASK_TIMEOUT_MS):
        window.start_daily_backup()
    box = window.backups.damage_warning
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.NonModal
    assert box.text() == "T.sqlite is damaged (row 3 missing from index visits_title)."
    [restore] = [b for b in box.buttons() if b.text() == "Restore from backup…"]
    restore.click()
    assert offered == [True]


def _damaged_file_with_a_backup(tmp_path):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    store.backup("daily")
    store.close()
    path.write_bytes(b"this is not SQLite" * 100)
    return path


def test_a_file_that_cannot_be_opened_offers_the_newest_good_backup(tmp_path, answers, monkeypatch):
    path = _damaged_file_with_a_backup(tmp_path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    store = open_database(path, demo=True, keep_backups=10)
    [question] = answers.confirmations
    assert question.startswith(f"Briefing|Cannot open the database {path}.|Restore backup|")
    assert "The newest good backup is from " in question and "holds 1 visit" in question
    assert store.visits.count() == 1
    [kept] = tmp_path.glob("briefing.sqlite.unusable-*")
    assert kept.read_bytes().startswith(b"this is not SQLite")
    assert told == [f"Restored the backup of {question.split('backup is from ')[1].split(' and ')[0]}. The file "
                    f"that could not be opened is kept as {kept}."]
    store.close()


def test_refusing_the_restore_quits_and_leaves_the_file_alone(tmp_path, answers):
    path = _damaged_file_with_a_backup(tmp_path)
    answers.confirm_with = False
    assert open_database(path, demo=True, keep_backups=10) is None
    assert path.read_bytes() == b"this is not SQLite" * 100


def test_a_file_that_cannot_be_opened_without_backups_is_explained(tmp_path, critical):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"plain text")
    assert open_database(path, demo=True, keep_backups=10) is None
    assert critical[0].startswith(f"Briefing|Cannot open the database {path}.\n\n")
    assert "is not a Briefing database" in critical[0] and "start Briefing with --db" in critical[0]


def test_a_file_from_a_newer_briefing_is_refused_naming_both_versions(tmp_path, critical):
    path = tmp_path / "newer.sqlite"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    connection.close()
    before = path.read_bytes()
    assert open_database(path, demo=True, keep_backups=10) is None
    assert f"(database version {LATEST_VERSION + 5})" in critical[0]
    assert f"reads database versions up to {LATEST_VERSION}" in critical[0]
    assert "The file was not changed." in critical[0]
    assert path.read_bytes() == before


def test_a_read_only_database_opens_with_every_edit_disabled(qtbot, tmp_path, settings):
    path = tmp_path / "shared.sqlite"
    Store.open(path).close()
    store = Store.open(path, read_only=True)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "shared.sqlite (read-only) — Briefing"
    assert window.read_only_banner.isVisible() and "read-only" in window.read_only_banner.text()
    actions = window.window_actions
    for action in (actions.new_visit, actions.edit_visit, actions.delete_visit, actions.undo, actions.import_data,
                   actions.restore_backup):
        assert not action.isEnabled(), action.text()
    assert actions.export.isEnabled() and actions.export_data.isEnabled()
    detail = window.detail
    assert not detail.edit_button.isEnabled()
    for pane in (detail.participants, detail.areas, detail.background.history):
        pane.select_row(0)
        assert not (pane.add_button.isEnabled() or pane.edit_button.isEnabled() or pane.delete_button.isEnabled())
    people = PeopleDialog(store, window)
    people.view.selectRow(0)
    assert not (people.add_button.isEnabled() or people.edit_button.isEnabled() or people.delete_button.isEnabled())
    people.reject()
    window.close()
    store.close()


def test_the_preferences_say_how_much_room_the_backups_take(qtbot, store, settings):
    from briefing.gui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings, store.path)
    qtbot.addWidget(dialog)
    assert dialog.backups_room.text() == "No backups yet"
    copies = [store.backup("daily"), store.backup("manual")]
    size = sum(copy.stat().st_size for copy in copies)
    dialog = PreferencesDialog(settings, store.path)
    qtbot.addWidget(dialog)
    assert dialog.backups_room.text() == f"{-(-size // 1024)} KB in 2 copies"


def test_opening_the_backup_list_writes_nothing_beside_the_backups(qtbot, store):
    backup = store.backup("daily")
    before = sorted(backup.parent.iterdir())
    dialog = RestoreBackupDialog(store.path)
    qtbot.addWidget(dialog)
    assert dialog.chosen.visit_count == 1
    assert sorted(backup.parent.iterdir()) == before


def test_an_empty_file_with_backups_offers_the_newest_good_one_and_is_never_filled(tmp_path, answers):
    path = tmp_path / "briefing.sqlite"
    store = Store.open(path)
    store.backup("daily")
    store.close()
    path.write_bytes(b"")
    answers.confirm_with = False
    assert open_database(path, demo=True, keep_backups=10) is None
    [question] = answers.confirmations
    assert question.startswith(f"Briefing|Cannot open the database {path}.|Restore backup|{path} is empty (0 bytes), "
                               "but it was a database: its backups exist; nothing was changed.\n\nThe newest good "
                               "backup is from ")
    assert "holds 1 visit" in question
    assert path.read_bytes() == b""


def test_a_file_changed_outside_briefing_is_refused_and_says_how_to_take_its_visits(tmp_path, critical):
    path = tmp_path / "mailed.sqlite"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER planted AFTER UPDATE ON visits BEGIN DELETE FROM talking_points; END")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    assert open_database(path, demo=True, keep_backups=10) is None
    assert critical == [f"Briefing|Cannot open the database {path}.\n\n{path} was changed outside Briefing (a trigger "
                        "'planted' Briefing did not create); it was not opened and nothing in it was run or changed."
                        "\n\nIts visits can still be taken, and only their data: open Briefing on your own database "
                        "and choose File → Import… with this file."
                        "\n\nTo work on another database meanwhile, start Briefing with --db and the path of that "
                        "file (a new path creates a new database)."]
    assert path.read_bytes() == before


def test_a_file_damaged_past_its_first_page_offers_the_backup_when_the_window_opens(tmp_path, answers, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from briefing import domain
    from briefing.gui import app as gui_app

    path = tmp_path / "briefing.sqlite"
    store = Store.open(path, demo=False)
    for i in range(300):
        store.visits.save(domain.Visit(title=f"Visit {i} " + "x" * 300, host_country="FR", guest_country="DE"))
    store.backup("daily")
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(len(data) // 2 // 4096 * 4096, len(data), 4096):
        data[offset:offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    shown = []

    def fake_exec(_app):
        [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        shown.append(window.store.visits.count())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert gui_app.run(path, demo=True) == 0
    [question] = answers.confirmations
    assert question.startswith(f"Briefing|Cannot open the database {path}.|Restore backup|{path} is damaged (")
    assert shown == [300]
    assert len(list(tmp_path.glob("briefing.sqlite.unusable-*"))) == 1


def test_the_daily_check_rebuilds_a_search_index_out_of_step_and_says_so(qtbot, window, store, demo_id):
    conn = store.db.conn
    key, *texts = conn.execute("SELECT key, title, places, people, topics, agreements, background "
                               "FROM visit_search_text").fetchone()
    with store.db.atomic():
        conn.execute("INSERT INTO visit_search(visit_search, rowid, title, places, people, topics, agreements, "
                     "background) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)", [key, *texts])
    assert store.visits.ids(VisitQuery(text="traore")) == []
    with qtbot.waitSignal(window.backups.checkFinished, timeout=TASK_TIMEOUT_MS):
        window.start_daily_backup()
    assert window.statusBar().currentMessage() == ("The search index was out of step with the visits and has been "
                                                   "rebuilt; searches find everything again.")
    assert store.visits.ids(VisitQuery(text="traore")) == [demo_id]
    assert [b.reason for b in list_backups(store.path)] == ["daily"]
