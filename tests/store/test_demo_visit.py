"""The demo visit is the founding example, entered completely."""

from .conftest import DEMO_UUID


def test_demo_visit_document(store):
    document = store.visit_document(store.visits.ids_for_uuids([DEMO_UUID])[DEMO_UUID])
    assert document["uuid"] == DEMO_UUID
    assert (document["host_country"], document["guest_country"], document["city"]) == (
        "Kazakhstan", "Burkina Faso", "Astana")
    assert (document["start_date"], document["end_date"]) == ("2025-06-03", "2025-06-05")
    assert (document["visit_type"], document["level"], document["status"]) == (
        "working", "foreign minister", "completed")
    assert "First visit" in document["significance"]
    assert [(p["name"], p["side"], p["role"]) for p in document["participants"]] == [
        ("Murat Nurtleu", "host", "head of delegation"),
        ("Karamoko Traoré", "guest", "head of delegation"),
    ]
    assert document["participants"][0]["title"] == "Deputy Prime Minister and Minister of Foreign Affairs"
    assert document["participants"][1]["title"] == (
        "Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad")
    topics = {a["topic"] for a in document["cooperation_areas"]}
    assert {"Logistics", "Mining", "Digitalization", "Defense industry"} <= topics
    categories = {a["category"] for a in document["cooperation_areas"]}
    assert {"political", "trade and economic", "cultural and humanitarian"} <= categories
    [agreement] = document["agreements"]
    assert agreement["title"].startswith("Memorandum of Understanding on Political and Diplomatic Consultations")
    assert (agreement["kind"], agreement["status"]) == ("memorandum of understanding", "signed")
    history = " ".join(h["text"] for h in document["history"])
    for country in ("Togo", "Republic of the Congo", "Guinea-Bissau", "Rwanda", "Sierra Leone", "Benin"):
        assert country in history
    assert "Almaty" in history
    assert document["quotes"][0]["speaker"] == "Murat Nurtleu"
    assert document["follow_ups"][0]["due"] == "2025-06-05"


def test_demo_people_are_records_with_biographies(store):
    [nurtleu] = store.people.list("Nurtleu")
    assert nurtleu.country == "KZ"
    assert "Мұрат Нұртілеу" in nurtleu.biography
    [traore] = store.people.list("Traoré")
    assert traore.country == "BF"
