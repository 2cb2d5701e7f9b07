"""Import planning and writing match people by UUID, then by name and country, whatever else the database holds."""

from briefing import domain
from briefing.exchange import apply_import, plan_import
from briefing.store import Store


def _visit(title, *participants, uuid=None):
    document = {"title": title, "host_country": "Ghana", "guest_country": "Mali",
                "participants": [dict(participant) for participant in participants]}
    if uuid:
        document["uuid"] = uuid
    return document


def test_planning_matches_people_by_uuid_then_name_and_country(tmp_path):
    store = Store.open(tmp_path / "s.sqlite", demo=False)
    known = store.people.save(domain.Person(name="Ama Mensah", country="GH"))
    store.people.save(domain.Person(name="Moussa Traoré", country="ML"))
    for i in range(50):  # people the file does not mention
        store.people.save(domain.Person(name=f"Bystander {i}", country="FR"))
    visits = [_visit("Talks",
                     {"name": "Renamed in the file", "side": "host", "person": known.uuid},  # by UUID
                     {"name": "Moussa Traoré", "side": "guest"},  # by name and country
                     {"name": "Ama Mensah", "side": "guest"}),  # same name, other country: new
              _visit("More talks", {"name": "Bystander 1", "side": "host"})]  # other country: new
    plan = plan_import(store, [{"name": "Bystander 2", "country": "France"},  # known by name and country
                               {"name": "Kofi Annan", "country": "Ghana"}], visits)
    assert plan.summary() == "2 visits, 3 people, 0 agreements will be added; 0 visits updated"
    apply_import(store, plan)
    assert len(store.people.all()) == 52 + 3
    [talks] = [row for row in store.visits.list() if row.title == "Talks"]
    people = [store.people.get(p.person_id) for p in store.participants.for_visit(talks.id)]
    assert [(p.name, p.country) for p in people] == [("Ama Mensah", "GH"), ("Moussa Traoré", "ML"),
                                                     ("Ama Mensah", "ML")]
    assert people[0].id == known.id


def test_a_later_document_updates_what_an_earlier_one_wrote(tmp_path):
    store = Store.open(tmp_path / "s.sqlite", demo=False)
    uuid = "0b2d4f6a-8c0e-4a2b-9c4d-6e8f0a2b4c6e"
    visits = [_visit("First", {"name": "Ama Mensah", "side": "host", "organization": "Ministry A",
                               "person": uuid}),
              _visit("Second", {"name": "Ama Mensah", "side": "host", "organization": "Ministry B"}),
              _visit("Third", {"name": "Someone else", "side": "guest", "person": uuid})]
    apply_import(store, plan_import(store, [], visits))
    [person] = [p for p in store.people.all() if p.uuid == uuid]
    assert person.name == "Ama Mensah" and person.organization == "Ministry B"
    assert len(store.people.all()) == 1
    assert store.visits.count() == 3


def test_a_file_naming_a_visit_twice_keeps_the_last(tmp_path):
    store = Store.open(tmp_path / "s.sqlite", demo=False)
    uuid = "1c3e5a7b-9d1f-4b3c-8d5e-7f9a1b3c5d7e"
    visits = [_visit("Draft", {"name": "Ama Mensah", "side": "host"}, uuid=uuid),
              _visit("Final", {"name": "Moussa Traoré", "side": "guest"}, uuid=uuid)]
    apply_import(store, plan_import(store, [], visits))
    [row] = store.visits.list()
    assert row.title == "Final"
    assert [p.person_name for p in store.participants.for_visit(row.id)] == ["Moussa Traoré"]
