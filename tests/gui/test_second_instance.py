"""Two programs on one database: a save that finds the file busy says so, and nothing typed is lost."""

import pytest

from briefing.gui.dialogs.visit_dialog import EditVisitDialog
from briefing.store import Store

from .helpers import type_text


@pytest.fixture
def held_by_another_program(store):
    """Another connection holding the write lock; the window's store gives up at once instead of waiting 5 s."""
    other = Store.open(store.path)
    store.db.conn.execute("PRAGMA busy_timeout = 0")
    other.db.conn.execute("BEGIN IMMEDIATE")
    yield other
    if other.db.conn.in_transaction:
        other.db.conn.execute("ROLLBACK")
    other.close()


def test_a_busy_database_keeps_the_form_open_with_what_was_typed(qtbot, store, demo_id, answers,
                                                                 held_by_another_program):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.clear()
    type_text(qtbot, dialog.title, "Renamed while another program saves")
    dialog.save_button.click()
    assert answers.warnings == ["Not saved|T.sqlite is busy: another program (perhaps a second Briefing window) is "
                                "saving to it.\n\nNothing was saved; what you typed is still in the form. Wait a "
                                "moment for the other program to finish saving, then try again."]
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.title.text() == "Renamed while another program saves"
    held_by_another_program.db.conn.execute("ROLLBACK")  # the other program is done
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert store.visits.get(demo_id).title == "Renamed while another program saves"


def test_deleting_a_visit_on_a_busy_database_says_so(window, store, demo_id, answers, held_by_another_program):
    window.delete_visit()
    assert answers.warnings[0].startswith("Not deleted|T.sqlite is busy")
    assert store.visits.count() == 1 and window.detail.visit_id == demo_id
