"""A visit that repeats one already stored is recognised (same two countries on overlapping dates, or the
same source), and merging it into the stored one adds what it brings without losing anything."""

import pytest

from briefing import domain
from briefing.document import records_from_document
from briefing.store import NotFound

DEMO = {"host_country": "KZ", "guest_country": "BF", "start_date": "2025-06-03", "end_date": "2025-06-05"}


def _visit(**fields) -> domain.Visit:
    return domain.Visit(title="Reading of the same release", **{**DEMO, **fields})


@pytest.mark.parametrize("fields", [
    {}, {"start_date": "2025-06-05", "end_date": "2025-06-09"}, {"start_date": "2025-06-01", "end_date": "2025-06-03"},
    {"host_country": "BF", "guest_country": "KZ"}, {"start_date": "2025-06-04", "end_date": None},
    {"host_country": "FR", "guest_country": "DE", "start_date": None, "source": "the demo's"},
], ids=str)
def test_the_same_countries_on_overlapping_dates_or_the_same_source_is_a_duplicate(store, fields):
    demo_id = store.visits.ids()[0]
    visit = _visit(**fields)
    if visit.source:
        visit.source = store.visit_document(demo_id)["source"]
        assert visit.source.startswith("https://astanatimes.com/2025/06/kazakhstan-burkina")
    assert [row.id for row in store.visits.duplicates_of(visit)] == [demo_id]
    assert store.visits.duplicates_among([_visit(start_date="1999-01-01", end_date=None), visit]) == {1: [demo_id]}


@pytest.mark.parametrize("fields", [
    {"start_date": "2025-06-06", "end_date": "2025-06-08"}, {"start_date": "2025-05-30", "end_date": "2025-06-02"},
    {"host_country": "KZ", "guest_country": "FR"}, {"start_date": None, "end_date": None},
    {"host_country": "FR", "guest_country": "DE", "source": "https://example.org/another-release"},
], ids=str)
def test_other_countries_other_dates_or_another_source_is_not(store, fields):
    visit = _visit(**fields)
    assert store.visits.duplicates_of(visit) == []
    assert store.visits.duplicates_among([visit]) == {}


def test_a_visit_is_not_its_own_duplicate(store):
    demo = store.visits.get(store.visits.ids()[0])
    assert store.visits.duplicates_of(demo) == []
    assert store.visits.duplicates_among([demo]) == {}


def test_merging_a_second_reading_fills_what_is_missing_and_keeps_everything(store):
    demo_id = store.visits.ids()[0]
    before = store.visit_document(demo_id)
    store.enable_undo()
    reading = {**before, "uuid": None, "city": "", "summary": "Another summary.",
               "participants": [*before["participants"][:2],
                                {"name": "Karamoko Traore", "side": "guest", "title": "Minister"},
                                {"name": "Aigerim Sadykova", "side": "host", "title": "Ambassador"}],
               "agreements": [{"title": "Roadmap on trade", "kind": "roadmap", "status": "signed",
                               "signed_on": "2025-06-04", "signatories": ["Aigerim Sadykova", "Karamoko Traore"]}],
               "talking_points": ["A new message for the minister."], "follow_ups": []}
    store.db.conn.execute("UPDATE visits SET level = NULL WHERE id = ?", [demo_id])
    assert store.merge_into(demo_id, reading) == demo_id
    after = store.visit_document(demo_id)
    assert after["summary"] == before["summary"] and after["city"] == before["city"]
    assert after["level"] == before["level"]
    names = [p["name"] for p in after["participants"]]
    assert sorted(names) == sorted([p["name"] for p in before["participants"]] + ["Aigerim Sadykova"])
    assert after["agreements"][:-1] == before["agreements"]
    assert after["agreements"][-1]["signatories"] == ["Aigerim Sadykova", "Karamoko Traoré"]
    assert after["talking_points"] == [*before["talking_points"], "A new message for the minister."]
    assert after["follow_ups"] == before["follow_ups"] and after["history"] == before["history"]
    assert store.visits.count() == 1
    assert store.undo() == "Merge into visit"
    assert store.visit_document(demo_id)["participants"] == before["participants"]


def test_merging_into_a_visit_that_is_gone_changes_nothing(store):
    visit, _children, _errors = records_from_document({"title": "x"})
    with pytest.raises(NotFound):
        store.merge_into(10_000, {"title": visit.title})
    assert store.visits.count() == 1
