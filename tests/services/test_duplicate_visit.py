"""Duplicate visit: a return visit with the same countries and people, new dates, one undoable step."""

import pytest

from briefing import services
from briefing.store import Store


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "d.sqlite")
    opened.enable_undo()
    yield opened
    opened.close()


def test_the_copy_keeps_countries_people_and_areas_with_new_id_and_no_dates(store):
    original_id = store.visits.ids()[0]
    original = store.visits.get(original_id)
    copy_id = services.duplicate_visit(store, original_id, "Return visit")
    assert copy_id != original_id
    copy = store.visits.get(copy_id)
    assert copy.uuid != original.uuid
    assert (copy.title, copy.start_date, copy.end_date, copy.status) == ("Return visit", None, None, "planned")
    assert (copy.host_country, copy.guest_country, copy.city) == (original.host_country, original.guest_country,
                                                                  original.city)
    people = [(p.person_id, p.side, p.role) for p in store.participants.for_visit(copy_id)]
    assert people == [(p.person_id, p.side, p.role) for p in store.participants.for_visit(original_id)]
    assert people
    assert store.conn.execute("SELECT count(*) FROM people").fetchone()[0] == len({p for p, _, _ in people})
    assert [a.topic for a in store.areas.for_visit(copy_id)] == [a.topic for a in store.areas.for_visit(original_id)]
    assert store.agreements.for_visit(copy_id) == []
    assert store.follow_ups.for_visit(copy_id) == []
    assert store.visit_document(original_id)["title"] == original.title


def test_one_undo_takes_the_copy_away(store):
    before = store.visits.all_ids()
    services.duplicate_visit(store, store.visits.ids()[0], "Return visit")
    assert store.undo() == "Duplicate visit"
    assert store.visits.all_ids() == before


def test_a_visit_that_is_gone_is_refused(store):
    with pytest.raises(services.Refused, match="no visit with id 999"):
        services.duplicate_visit(store, 999, "Return visit")
