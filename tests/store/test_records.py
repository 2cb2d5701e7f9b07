"""Saving, loading, ordering and deleting visits and the records attached to them."""

import pytest

from briefing import domain
from briefing.store import NotFound, RecordInUse, Store, VisitQuery


def _visit(store, title="Talks in Hanoi", host="VN", guest="GR", **fields) -> domain.Visit:
    return store.visits.save(domain.Visit(title=title, host_country=host, guest_country=guest, **fields))


def _participant(store, visit_id, name, side="guest", role=None, country=None):
    person = store.people.save(domain.Person(name=name, country=country))
    return store.participants.save(domain.Participant(visit_id=visit_id, person_id=person.id, side=side,
                                                      role=role, title="Minister"))


def test_saved_visit_reads_back_with_uuid_and_timestamps(empty_store):
    visit = _visit(empty_store, city="Hà Nội", start_date="2024-03-01", end_date="2024-03-02",
                   visit_type="official", summary="Talks on trade.")
    loaded = empty_store.visits.get(visit.id)
    assert (loaded.title, loaded.city, loaded.start_date, loaded.visit_type) == (
        "Talks in Hanoi", "Hà Nội", "2024-03-01", "official")
    assert len(loaded.uuid) == 36
    assert loaded.created_at and loaded.updated_at


def test_editing_keeps_the_uuid_and_survives_reopening(tmp_path):
    path = tmp_path / "u.sqlite"
    store = Store.open(path, demo=False)
    visit = _visit(store)
    visit.title = "Talks in Hanoi, second round"
    store.visits.save(visit)
    store.close()
    reopened = Store.open(path)
    assert reopened.visits.get(visit.id).uuid == visit.uuid
    assert reopened.visits.get(visit.id).title == "Talks in Hanoi, second round"
    reopened.close()


def test_invalid_visit_is_refused_with_every_problem_and_nothing_written(empty_store):
    with pytest.raises(domain.ValidationError) as raised:
        empty_store.visits.save(domain.Visit(title=" ", host_country="XX", guest_country="GR",
                                             start_date="2024-05-02", end_date="2024-05-01"))
    assert raised.value.errors == {
        "title": "Title is required.",
        "host_country": "'XX' is not a country; choose one from the list.",
        "end_date": "The end date is before the start date.",
    }
    assert empty_store.visits.count() == 0


def test_a_child_record_save_marks_the_visit_updated(empty_store):
    visit = _visit(empty_store)
    before = empty_store.visits.get(visit.id).updated_at
    empty_store.areas.save(domain.CooperationArea(visit_id=visit.id, topic="Shipping", category="trade and economic"))
    assert empty_store.visits.get(visit.id).updated_at > before


def test_participants_list_host_first_then_heads_of_delegation(empty_store):
    visit = _visit(empty_store)
    _participant(empty_store, visit.id, "Guest Member", side="guest", role="member")
    _participant(empty_store, visit.id, "Guest Head", side="guest", role="head of delegation")
    _participant(empty_store, visit.id, "Host Member", side="host", role="member")
    _participant(empty_store, visit.id, "Host Head", side="host", role="head of delegation")
    names = [p.person_name for p in empty_store.participants.for_visit(visit.id)]
    assert names == ["Host Head", "Host Member", "Guest Head", "Guest Member"]


def test_the_same_person_cannot_take_part_twice(empty_store):
    visit = _visit(empty_store)
    first = _participant(empty_store, visit.id, "Eleni Papadopoulou")
    with pytest.raises(domain.ValidationError, match="already takes part"):
        empty_store.participants.save(domain.Participant(visit_id=visit.id, person_id=first.person_id, side="host"))


def test_move_reorders_records(empty_store):
    visit = _visit(empty_store)
    ids = [empty_store.talking_points.save(domain.TalkingPoint(visit_id=visit.id, text=t)).id
           for t in ("first", "second", "third")]
    empty_store.talking_points.move(ids[2], -1)
    assert [t.text for t in empty_store.talking_points.for_visit(visit.id)] == ["first", "third", "second"]


def test_signatories_must_take_part_in_the_same_visit(empty_store):
    visit, other = _visit(empty_store), _visit(empty_store, title="Other talks")
    outsider = _participant(empty_store, other.id, "Nguyễn Văn An", side="host")
    with pytest.raises(domain.ValidationError, match="participant of the same visit"):
        empty_store.agreements.save(domain.Agreement(visit_id=visit.id, title="Protocol", kind="protocol",
                                                     status="signed", signatory_ids=[outsider.id]))
    insider = _participant(empty_store, visit.id, "Nguyễn Thị Bình", side="host")
    saved = empty_store.agreements.save(domain.Agreement(visit_id=visit.id, title="Protocol", kind="protocol",
                                                         status="signed", signatory_ids=[insider.id]))
    assert empty_store.agreements.get(saved.id).signatory_ids == [insider.id]


def test_deleting_a_visit_takes_its_records_but_keeps_people(store):
    visit_id = store.visits.ids()[0]
    assert store.visits.dependents(visit_id) == {
        "participants": 2, "cooperation_areas": 7, "agreements": 1, "history_entries": 2, "quotes": 1,
        "talking_points": 5, "follow_ups": 1}
    store.visits.delete(visit_id)
    conn = store.db.conn
    for table in ("participants", "cooperation_areas", "agreements", "history_entries", "quotes",
                  "talking_points", "follow_ups"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert len(store.people.list()) == 2
    with pytest.raises(NotFound):
        store.visits.get(visit_id)


def test_a_person_in_use_cannot_be_deleted_until_their_visits_go(store):
    [traore] = store.people.list("Traoré")
    with pytest.raises(RecordInUse, match="Karamoko Traoré takes part in 1 visit"):
        store.people.delete(traore.id)
    store.visits.delete(store.visits.ids()[0])
    store.people.delete(traore.id)
    assert store.people.list("Traoré") == []


def test_sorting_is_done_by_the_database(empty_store):
    _visit(empty_store, title="b", start_date="2024-01-02")
    _visit(empty_store, title="a", start_date="2023-05-01")
    _visit(empty_store, title="c")
    by_date = [r.title for r in empty_store.visits.list(VisitQuery(sort="start_date", descending=True))]
    assert by_date == ["b", "a", "c"]
    by_title = [r.title for r in empty_store.visits.list(VisitQuery(sort="title", descending=False))]
    assert by_title == ["a", "b", "c"]
    with pytest.raises(ValueError, match="cannot sort visits by 'uuid'"):
        empty_store.visits.ids(VisitQuery(sort="uuid"))


def test_titles_sort_latin_first_then_cyrillic_in_alphabetical_order(empty_store):
    titles = ["Японский форум", "Визит в Астану", "Абайские чтения", "Berlin talks", "Евразийский саммит",
              "agreement day", "Мирный процесс", "МИД: консультации", "Жасыл даму"]
    for title in titles:
        _visit(empty_store, title=title)
    by_title = [r.title for r in empty_store.visits.list(VisitQuery(sort="title", descending=False))]
    assert by_title == ["agreement day", "Berlin talks", "Абайские чтения", "Визит в Астану", "Евразийский саммит",
                        "Жасыл даму", "МИД: консультации", "Мирный процесс", "Японский форум"]


def test_document_written_back_changes_nothing(store):
    visit_id = store.visits.ids()[0]
    document = store.visit_document(visit_id)
    people_before = len(store.people.list())
    assert store.save_document(document) == visit_id
    assert store.visit_document(visit_id) == document
    assert len(store.people.list()) == people_before


def test_people_are_found_whatever_the_case_and_accents(empty_store):
    for name in ("Karamoko Traoré", "Айгерім Нұрланқызы", "Ελένη Παπαδοπούλου", "Mevlüt Çavuşoğlu"):
        empty_store.people.save(domain.Person(name=name))
    assert [p.name for p in empty_store.people.list("traore")] == ["Karamoko Traoré"]
    assert [p.name for p in empty_store.people.list("АЙГЕРІМ")] == ["Айгерім Нұрланқызы"]
    assert [p.name for p in empty_store.people.list("ελενη")] == ["Ελένη Παπαδοπούλου"]
    assert [p.name for p in empty_store.people.list("cavusoglu")] == ["Mevlüt Çavuşoğlu"]
    assert empty_store.people.list("100%") == []


def test_participant_with_a_new_person_is_one_undoable_step(empty_store):
    empty_store.enable_undo()
    visit = _visit(empty_store)
    saved = empty_store.participants.save_with_new_person(
        domain.Participant(visit_id=visit.id, side="host", title="Ambassador"),
        domain.Person(name="Nguyễn Thị Bình", country="VN"))
    assert saved.person_name == "Nguyễn Thị Bình"
    assert empty_store.undo() == "Add participant"
    assert empty_store.participants.for_visit(visit.id) == []
    assert empty_store.people.list("nguyen") == []
