"""JSON export and import: identical round trips, idempotent imports, updates by UUID."""

import json

from briefing import domain
from briefing.exchange import apply_import, export_json, plan_import, read_import_file
from briefing.store import Store


def _import(store, path):
    plan = plan_import(store, *read_import_file(path))
    apply_import(store, plan)
    return plan


def test_export_import_export_is_identical(tmp_path):
    source = Store.open(tmp_path / "source.sqlite")
    visit = source.visits.save(domain.Visit(title="Talks in Rīga", host_country="LV", guest_country="VN"))
    unattached = source.people.save(domain.Person(name="Ελένη Παπαδοπούλου", country="GR", biography="Diplomat."))
    person = source.people.save(domain.Person(name="Krišjānis Kariņš", country="LV"))
    source.participants.save(domain.Participant(visit_id=visit.id, person_id=person.id, side="host",
                                                role="head of delegation", title="Minister"))
    first = export_json(source)
    (tmp_path / "first.json").write_bytes(first)

    target = Store.open(tmp_path / "target.sqlite", demo=False)
    _import(target, tmp_path / "first.json")
    assert export_json(target) == first
    assert target.people.get_by_uuid(unattached.uuid).biography == "Diplomat."


def test_importing_the_same_file_twice_changes_nothing(tmp_path, store_with_export):
    store, path = store_with_export
    before = export_json(store)
    stamps = store.db.conn.execute("SELECT uuid, updated_at FROM visits").fetchall()
    plan = _import(store, path)
    assert (plan.new_visits, plan.updated_visits, plan.unchanged_visits, plan.new_people) == (0, 0, 1, 0)
    assert export_json(store) == before
    assert store.db.conn.execute("SELECT uuid, updated_at FROM visits").fetchall() == stamps


def test_a_newer_copy_updates_the_visit_and_people_are_not_duplicated(tmp_path, store_with_export):
    store, path = store_with_export
    data = json.loads(path.read_text(encoding="utf-8"))
    data["visits"][0]["title"] = "Revised title"
    data["visits"][0]["talking_points"].append("A new point.")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    plan = _import(store, path)
    assert (plan.new_visits, plan.updated_visits, plan.new_people) == (0, 1, 0)
    [row] = store.visits.list()
    assert row.title == "Revised title"
    assert store.visit_document(row.id)["talking_points"][-1] == "A new point."
    assert len(store.people.all()) == 2


def test_a_single_document_and_a_list_import_too(tmp_path):
    store = Store.open(tmp_path / "s.sqlite", demo=False)
    one = {"title": "Consultations", "host_country": "Georgia", "guest_country": "Armenia",
           "participants": [{"name": "Nikol Pashinyan", "side": "guest"}]}
    (tmp_path / "one.json").write_text(json.dumps(one))
    (tmp_path / "list.json").write_text(json.dumps([dict(one, title="Second round"), dict(one, title="Third")]))
    assert _import(store, tmp_path / "one.json").summary() == (
        "1 visit, 1 person, 0 agreements will be added; 0 visits updated")
    plan = _import(store, tmp_path / "list.json")
    assert plan.new_visits == 2 and plan.new_people == 0
    assert sorted(r.title for r in store.visits.list()) == ["Consultations", "Second round", "Third"]
    assert len(store.people.all()) == 1


def test_summary_names_what_will_happen(tmp_path, store_with_export):
    _, path = store_with_export
    empty = Store.open(tmp_path / "e.sqlite", demo=False)
    plan = plan_import(empty, *read_import_file(path))
    assert plan.summary() == "1 visit, 2 people, 1 agreement will be added; 0 visits updated"
    assert empty.visits.count() == 0


def test_a_visits_files_go_out_in_base64_and_come_back_byte_identical(tmp_path):
    source = Store.open(tmp_path / "source.sqlite")
    [visit_id] = source.visits.ids()
    memo = bytes(range(256)) * 1000 + b"\x00end"
    source.attachments.add(visit_id, "Mémorandum signé.pdf", "application/pdf", memo)
    source.attachments.add(visit_id, "empty.txt", "text/plain", b"")
    first = export_json(source)
    (tmp_path / "first.json").write_bytes(first)
    target = Store.open(tmp_path / "target.sqlite", demo=False)
    _import(target, tmp_path / "first.json")
    [imported] = target.visits.ids()
    kept = target.attachments.for_visit(imported)
    assert [(a.name, a.media_type) for a in kept] == [("Mémorandum signé.pdf", "application/pdf"),
                                                      ("empty.txt", "text/plain")]
    assert target.attachments.data(kept[0].id) == memo
    assert export_json(target) == first
    assert plan_import(target, *read_import_file(tmp_path / "first.json")).unchanged_visits == 1


def test_a_file_whose_bytes_do_not_match_its_sha256_is_refused(tmp_path):
    import pytest

    from briefing.exchange import ImportRefused

    source = Store.open(tmp_path / "source.sqlite")
    [visit_id] = source.visits.ids()
    source.attachments.add(visit_id, "memo.pdf", "application/pdf", b"%PDF-1.7 signed")
    data = json.loads(export_json(source))
    data["visits"][0]["attachments"][0]["data"] = "JVBERi0xLjcgZm9yZ2Vk"  # "%PDF-1.7 forged"
    (tmp_path / "forged.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"visits\[0\]\.attachments\[0\]\.sha256: 'memo.pdf' does not match"):
        read_import_file(tmp_path / "forged.json")


def test_a_databases_files_come_across_in_an_import_of_it(tmp_path):
    source = Store.open(tmp_path / "source.sqlite")
    [visit_id] = source.visits.ids()
    source.attachments.add(visit_id, "memo.pdf", "application/pdf", b"%PDF-1.7 signed")
    source.close()
    target = Store.open(tmp_path / "target.sqlite", demo=False)
    _import(target, tmp_path / "source.sqlite")
    [imported] = target.visits.ids()
    [kept] = target.attachments.for_visit(imported)
    assert (kept.name, target.attachments.data(kept.id)) == ("memo.pdf", b"%PDF-1.7 signed")
