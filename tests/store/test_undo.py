"""Edit → Undo reverts the last saved change, whatever it was."""

import pytest

from briefing import domain


def test_nothing_to_undo_until_undo_is_enabled_and_something_saved(store):
    assert store.undo() is None
    store.enable_undo()
    assert store.undo_label() is None


def test_undo_an_edit(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    visit = store.visits.get(visit_id)
    visit.title = "Renamed"
    store.visits.save(visit)
    assert store.undo_label() == "Edit visit"
    assert store.undo() == "Edit visit"
    assert store.visits.get(visit_id).title.startswith("Working visit")


def test_undo_a_delete_restores_the_visit_with_its_records_and_search(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    before = store.visit_document(visit_id)
    store.visits.delete(visit_id)
    assert store.undo() == "Delete visit"
    assert store.visit_document(visit_id) == before
    assert store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    from briefing.store import VisitQuery

    assert store.visits.ids(VisitQuery(text="traore")) == [visit_id]


def test_undo_an_add_removes_it(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    store.quotes.save(domain.Quote(visit_id=visit_id, speaker="Aide", text="We are pleased."))
    assert store.undo() == "Add quote"
    assert [q.speaker for q in store.quotes.for_visit(visit_id)] == ["Murat Nurtleu"]


def test_undo_steps_back_one_save_at_a_time(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    for title in ("One", "Two"):
        visit = store.visits.get(visit_id)
        visit.title = title
        store.visits.save(visit)
    store.undo()
    assert store.visits.get(visit_id).title == "One"
    store.undo()
    assert store.visits.get(visit_id).title.startswith("Working visit")
    assert store.undo() is None


def test_a_refused_save_leaves_nothing_to_undo(store):
    store.enable_undo()
    visit = store.visits.get(store.visits.ids()[0])
    visit.end_date = "2000-01-01"
    with pytest.raises(domain.ValidationError):
        store.visits.save(visit)
    assert store.undo_label() is None


def test_redo_re_applies_an_undone_edit_and_undo_reverses_it_again(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    visit = store.visits.get(visit_id)
    visit.title = "Renamed"
    store.visits.save(visit)
    assert store.redo_label() is None
    store.undo()
    assert store.redo_label() == "Edit visit"
    assert store.redo() == "Edit visit"
    assert store.visits.get(visit_id).title == "Renamed"
    assert store.redo_label() is None
    assert store.undo() == "Edit visit"
    assert store.visits.get(visit_id).title.startswith("Working visit")


def test_redo_a_delete_removes_the_visit_its_records_and_its_search_rows_again(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    before = store.visit_document(visit_id)
    store.visits.delete(visit_id)
    store.undo()
    assert store.redo() == "Delete visit"
    assert visit_id not in store.visits.ids()
    assert store.db.conn.execute("SELECT count(*) FROM participants WHERE visit_id = ?", [visit_id]).fetchone() == (0,)
    from briefing.store import VisitQuery

    assert store.visits.ids(VisitQuery(text="traore")) == []
    store.undo()
    assert store.visit_document(visit_id) == before
    assert store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_undo_and_redo_walk_several_steps_both_ways(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    for title in ("One", "Two"):
        visit = store.visits.get(visit_id)
        visit.title = title
        store.visits.save(visit)
    store.undo()
    store.undo()
    assert store.redo() == "Edit visit"
    assert store.visits.get(visit_id).title == "One"
    assert store.redo() == "Edit visit"
    assert store.visits.get(visit_id).title == "Two"
    assert store.redo() is None


def test_a_new_save_after_undo_leaves_nothing_to_redo(store):
    store.enable_undo()
    visit_id = store.visits.ids()[0]
    store.quotes.save(domain.Quote(visit_id=visit_id, speaker="Aide", text="We are pleased."))
    store.undo()
    store.quotes.save(domain.Quote(visit_id=visit_id, speaker="Envoy", text="Thank you."))
    assert store.redo_label() is None
    assert store.redo() is None
    assert sorted(q.speaker for q in store.quotes.for_visit(visit_id)) == ["Envoy", "Murat Nurtleu"]
