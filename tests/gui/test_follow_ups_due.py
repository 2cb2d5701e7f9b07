"""Edit → Follow-ups due: every open follow-up across visits by due date, the overdue marked, a status set
there undoable, and the visit a click away."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from briefing import domain
from briefing.gui.dialogs.follow_ups_due_dialog import FollowUpsDueDialog
from briefing.gui.models.follow_ups_due_model import ACTION, DUE, STATUS, VISIT

TODAY = dt.date(2025, 6, 10)


@pytest.fixture
def desk(store):
    hanoi = store.visits.save(domain.Visit(title="Talks in Hanoi", host_country="VN", guest_country="KZ",
                                           start_date="2025-05-02"))
    for action, due, status in [("Send the minutes", "2025-07-01", "open"), ("Draft the roadmap", "2025-05-20",
                                                                             "in progress"),
                                ("Thank the host", "2025-05-03", "done")]:
        store.follow_ups.save(domain.FollowUp(visit_id=hanoi.id, action=action, due=due, status=status))
    return store, hanoi


def _dialog(qtbot, store) -> FollowUpsDueDialog:
    dialog = FollowUpsDueDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cells(dialog, column):
    return [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]


def test_open_follow_ups_are_listed_by_due_date_with_the_overdue_marked(qtbot, qtmodeltester, desk):
    store, _hanoi = desk
    dialog = _dialog(qtbot, store)
    qtmodeltester.check(dialog.model)
    assert _cells(dialog, DUE) == ["20 May 2025 · overdue", "5 Jun 2025 · overdue", "1 Jul 2025"]
    assert _cells(dialog, ACTION)[0] == "Draft the roadmap"
    assert _cells(dialog, VISIT)[0] == "Talks in Hanoi"
    assert _cells(dialog, STATUS) == ["In progress", "Open", "Open"]
    assert dialog.model.index(0, DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert dialog.model.index(2, DUE).data(Qt.ItemDataRole.FontRole) is None
    assert dialog.summary.text() == "3 follow-up actions still to do, 2 of them overdue."


def test_a_status_set_there_is_saved_and_undone(qtbot, desk):
    store, hanoi = desk
    dialog = _dialog(qtbot, store)
    dialog.view.selectRow(0)
    dialog.status.set_value("done")
    dialog.set_button.click()
    [demo_follow_up] = store.follow_ups.for_visit(min(store.visits.ids()))
    assert _cells(dialog, ACTION) == [demo_follow_up.action, "Send the minutes"]
    assert [f.status for f in store.follow_ups.for_visit(hanoi.id)][1] == "done"
    assert dialog.changed_anything and dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert _cells(dialog, ACTION)[0] == "Draft the roadmap"
    assert [f.status for f in store.follow_ups.for_visit(hanoi.id)][1] == "in progress"


def test_the_menu_opens_it_and_the_visit_opens_from_it(qtbot, window, desk, monkeypatch):
    _store, hanoi = desk
    action = window.window_actions.follow_ups_due
    assert action.shortcut().toString() == "Ctrl+Shift+U"

    def open_first(dialog: FollowUpsDueDialog) -> int:
        dialog.view.selectRow(0)
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(FollowUpsDueDialog, "exec", open_first)
    window.list_pane.refresh()
    action.trigger()
    assert window.list_pane.selected_visit_id == hanoi.id


def test_nothing_open_says_so(qtbot, empty_store):
    dialog = _dialog(qtbot, empty_store)
    assert dialog.stack.currentWidget() is dialog.empty
    assert not dialog.set_button.isEnabled() and not dialog.open_button.isEnabled()
