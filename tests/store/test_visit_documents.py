"""Visit documents written into the store: one write path, for one document or for a whole import."""

import pytest

from briefing import domain
from briefing.store import Store, VisitQuery

UUID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"
FULL = {
    "uuid": UUID, "title": "Talks in Accra", "host_country": "Ghana", "guest_country": "Mali", "city": "Accra",
    "start_date": "2024-03-04", "end_date": "2024-03-05", "visit_type": "official", "level": "foreign minister",
    "status": "completed", "summary": "Trade and transit.", "significance": "A first.", "source": "notes",
    "participants": [
        {"name": "Ama Mensah", "title": "Minister", "side": "host", "role": "head of delegation",
         "organization": "Ministry of Foreign Affairs"},
        {"name": "Kofi Boateng", "title": "Adviser", "side": "host", "role": None, "organization": ""},
        {"name": "Moussa Traoré", "title": "Minister", "side": "guest", "role": "head of delegation",
         "organization": "Ministère des Affaires étrangères"},
    ],
    "cooperation_areas": [{"topic": "Transit corridor", "category": "trade and economic", "notes": "Tema"}],
    "agreements": [{"title": "Trade protocol", "kind": "protocol", "status": "signed", "signed_on": "2024-03-05",
                    "signatories": ["Moussa Traoré", "Ama Mensah"]}],
    "history": [{"date": "1960", "text": "Relations established."}],
    "quotes": [{"speaker": "Ama Mensah", "text": "A new chapter."}],
    "talking_points": ["Thank the minister.", "Raise the corridor."],
    "follow_ups": [{"action": "Draft the corridor study", "owner": "Transport", "due": "2024-06-30",
                    "status": "open"}],
}


def _tables(store: Store) -> dict[str, int]:
    return {table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("visits", "people", *domain.VISIT_RECORD_TYPES, "agreement_signatories")}


def test_a_document_saved_alone_reads_back_whole(empty_store):
    visit_id = empty_store.save_document(FULL)
    assert empty_store.visit_document(visit_id) == FULL
    assert _tables(empty_store) == {"visits": 1, "people": 3, "participants": 3, "cooperation_areas": 1,
                                    "agreements": 1, "history_entries": 1, "quotes": 1, "talking_points": 2,
                                    "follow_ups": 1, "agreement_signatories": 2}


def test_saving_a_document_again_replaces_its_records_and_keeps_its_people(empty_store):
    visit_id = empty_store.save_document(FULL)
    shorter = dict(FULL, title="Talks in Accra, second day", participants=FULL["participants"][::2],
                   talking_points=["Thank the minister."], quotes=[])
    assert empty_store.save_document(shorter) == visit_id
    assert empty_store.visit_document(visit_id) == shorter
    assert _tables(empty_store) == {"visits": 1, "people": 3, "participants": 2, "cooperation_areas": 1,
                                    "agreements": 1, "history_entries": 1, "quotes": 0, "talking_points": 1,
                                    "follow_ups": 1, "agreement_signatories": 2}


def test_one_document_and_the_same_in_an_import_write_the_same_rows(tmp_path):
    alone = Store.open(tmp_path / "alone.sqlite", demo=False)
    batch = Store.open(tmp_path / "batch.sqlite", demo=False)
    second = dict(FULL, uuid="6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e", title="Return visit")
    for document in (FULL, second):
        alone.save_document(document)
    batch.save_export({"visits": [FULL, second]})
    assert [alone.visit_document(i) for i in alone.visits.ids()] == [
        batch.visit_document(i) for i in batch.visits.ids()]
    assert [(p.name, p.organization, p.country) for p in alone.people.all()] == [
        (p.name, p.organization, p.country) for p in batch.people.all()]
    assert _tables(alone) == _tables(batch)


def test_saving_one_document_updates_a_known_persons_organization_everywhere(empty_store):
    earlier = empty_store.save_document(dict(FULL, uuid=None, title="Earlier talks"))
    moved = dict(FULL, participants=[dict(FULL["participants"][0], organization="Office of the President")],
                 agreements=[], quotes=[])
    empty_store.save_document(moved)
    ama = empty_store.people.find("Ama Mensah", "GH")
    assert ama.organization == "Office of the President"
    assert len(empty_store.people.all()) == 3
    # The earlier visit's search row holds her organization too.
    assert earlier in empty_store.visits.ids(VisitQuery(text="Office of the President"))


def test_an_export_whose_second_visit_breaks_a_rule_writes_nothing(empty_store):
    broken = dict(FULL, uuid=None, title="Return visit", start_date="2024-05-02", end_date="2024-05-01")
    with pytest.raises(domain.ValidationError) as raised:
        empty_store.save_export({"people": [{"name": "Kwame Nkrumah", "country": "Ghana"}],
                                 "visits": [FULL, broken]})
    assert raised.value.errors == {"end_date": "The end date is before the start date."}
    assert set(_tables(empty_store).values()) == {0}


def test_people_are_matched_by_name_and_country_together(empty_store):
    senegal = empty_store.people.save(domain.Person(name="Awa Diop", country="SN"))
    france = empty_store.people.save(domain.Person(name="Awa Diop", country="FR"))
    nowhere = empty_store.people.save(domain.Person(name="Awa Diop"))
    assert [empty_store.people.find("Awa Diop", code).id for code in ("FR", "SN", None)] == [
        france.id, senegal.id, nowhere.id]
    assert empty_store.people.find("Awa Diop", "ML") is None
    visit_id = empty_store.save_document({"title": "Talks", "host_country": "France", "guest_country": "Senegal",
                                          "participants": [{"name": "Awa Diop", "side": "guest"}]})
    [participant] = empty_store.participants.for_visit(visit_id)
    assert participant.person_id == senegal.id


def test_the_tables_hanging_from_a_visit_are_the_kinds_the_store_knows(empty_store):
    tables = [name for (name,) in empty_store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    children = {table for table in tables
                if any(key[2] == "visits" for key in empty_store.conn.execute(f"PRAGMA foreign_key_list({table})"))}
    # The text read and the files kept, beside the records.
    assert children == set(domain.VISIT_RECORD_TYPES) | {"release_texts", "attachments"}
    visit_id = empty_store.save_document(FULL)
    assert empty_store.visits.dependents(visit_id) == {
        "participants": 3, "cooperation_areas": 1, "agreements": 1, "history_entries": 1, "quotes": 1,
        "talking_points": 2, "follow_ups": 1}
