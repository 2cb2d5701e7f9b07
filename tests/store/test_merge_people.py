"""Two records of one person become one: participations, signatures and biography kept, in one undo step;
a refused delete names the visits that hold the person."""

import pytest

from briefing import domain
from briefing.store import NotFound, RecordInUse, VisitQuery


def _snapshot(store) -> dict:
    conn = store.db.conn
    return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("people", "participants", "agreement_signatories")}


@pytest.fixture
def twice(store):
    """The demo's Karamoko Traoré, and a second record of him in a second visit where he signed."""
    store.enable_undo()
    [traore] = store.people.list("Traoré")
    visit_id = store.save_document({
        "title": "Karamoko Traore in Almaty", "host_country": "Kazakhstan", "guest_country": "Burkina Faso",
        "start_date": "2026-02-10",
        "participants": [{"name": "Karamoko Traore", "side": "guest", "title": "Minister"},
                         {"name": "Murat Nurtleu", "side": "host", "title": "Minister", "person": None}],
        "agreements": [{"title": "Roadmap", "kind": "roadmap", "status": "signed",
                        "signatories": ["Karamoko Traore"]}]})
    [second] = [p for p in store.people.list("Traore") if p.id != traore.id]
    store.people.save(domain.Person(**{**vars(second), "biography": "Minister of Foreign Affairs since 2024."}))
    return store, traore, store.people.get(second.id), visit_id


def test_merging_keeps_every_participation_signature_and_biography(twice):
    store, traore, second, visit_id = twice
    demo_id = min(store.visits.ids())
    merged = store.people.merge(traore.id, second.id)
    with pytest.raises(NotFound):
        store.people.get(second.id)
    assert merged.name == "Karamoko Traoré"
    assert merged.biography.endswith("\n\nMinister of Foreign Affairs since 2024.")
    assert merged.biography.startswith(traore.biography)
    assert store.people.visit_ids(traore.id) == sorted([demo_id, visit_id])
    [roadmap] = store.agreements.for_visit(visit_id)
    signatory = next(p for p in store.participants.for_visit(visit_id) if p.id in roadmap.signatory_ids)
    assert signatory.person_id == traore.id and signatory.title == "Minister"
    assert sorted(store.visits.ids(VisitQuery(text="traore"))) == sorted([demo_id, visit_id])


def test_one_undo_brings_both_back_as_they_were(twice):
    store, traore, second, _visit_id = twice
    before = _snapshot(store)
    store.people.merge(traore.id, second.id)
    assert store.undo_label() == "Merge people"
    assert store.undo() == "Merge people"
    assert _snapshot(store) == before


def test_two_records_in_the_same_visit_become_one_participant_with_both_signatures(twice):
    store, traore, second, visit_id = twice
    kept = store.participants.save(domain.Participant(visit_id=visit_id, person_id=traore.id, side="guest"))
    before = len(store.participants.for_visit(visit_id))
    store.people.merge(traore.id, second.id)
    participants = store.participants.for_visit(visit_id)
    assert len(participants) == before - 1
    [roadmap] = store.agreements.for_visit(visit_id)
    assert roadmap.signatory_ids == [kept.id]
    assert next(p for p in participants if p.id == kept.id).title == "Minister"


def test_a_person_cannot_be_merged_with_themselves(twice):
    store, traore, _second, _visit_id = twice
    with pytest.raises(ValueError):
        store.people.merge(traore.id, traore.id)


def test_a_refused_delete_names_the_visits(twice):
    store, traore, _second, _visit_id = twice
    with pytest.raises(RecordInUse) as refused:
        store.people.delete(traore.id)
    assert str(refused.value) == (
        "Karamoko Traoré takes part in 1 visit (‘Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to "
        "Kazakhstan’); remove them from those visits first, or merge them into another person")
    assert refused.value.visit_ids == store.people.visit_ids(traore.id)
