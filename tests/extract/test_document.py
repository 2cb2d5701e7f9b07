"""The visit document's shape, the evidence offsets, and the reader's speed."""

import time

from briefing import vocabulary
from briefing.extract import Evidence, extract

ARTICLE = (
    "SOURCE: https://news.example.org/2025/03/04/chile-norway-talks\n\n"
    "Chile and Norway agree on polar research\n"
    "OSLO - Norwegian Foreign Minister Per Dahl received Foreign Minister of Chile Ana Rios, who arrived in Oslo "
    "on a working visit on March 3. The ministers discussed cooperation in fisheries, renewable energy and "
    "education, and signed an agreement on polar research.\n"
    '"Norway is a natural partner for Chile", said Rios.\n'
)

KEYS = ["title", "host_country", "guest_country", "city", "start_date", "end_date", "visit_type", "level",
        "status", "summary", "significance", "source", "participants", "cooperation_areas", "agreements",
        "history", "quotes", "talking_points", "follow_ups"]


def test_document_has_exactly_the_visit_keys():
    document = extract(ARTICLE).document
    assert list(document) == KEYS
    assert "uuid" not in document
    assert document["source"] == "https://news.example.org/2025/03/04/chile-norway-talks"
    assert document["talking_points"] == [] and document["follow_ups"] == []


def test_values_come_from_the_vocabularies():
    document = extract(ARTICLE).document
    assert document["visit_type"] in vocabulary.VISIT_TYPES
    assert document["level"] in vocabulary.LEVELS
    for participant in document["participants"]:
        assert set(participant) == {"name", "title", "side", "role", "organization"}
        assert participant["side"] in vocabulary.SIDES and participant["role"] in vocabulary.ROLES
    for area in document["cooperation_areas"]:
        assert area["category"] in vocabulary.AREA_CATEGORIES and area["topic"] == area["topic"].lower()
    for agreement in document["agreements"]:
        assert agreement["kind"] in vocabulary.AGREEMENT_KINDS and agreement["status"] == "signed"


def test_the_record():
    document = extract(ARTICLE).document
    assert (document["host_country"], document["guest_country"], document["city"]) == ("Norway", "Chile", "Oslo")
    assert (document["start_date"], document["end_date"]) == ("2025-03-03", None)
    assert document["title"] == "Chile and Norway agree on polar research"
    assert [(p["name"], p["side"]) for p in document["participants"]] == [("Per Dahl", "host"), ("Ana Rios", "guest")]
    assert [a["topic"] for a in document["cooperation_areas"]] == [
        "fisheries", "renewable energy", "education", "polar research"]


def test_a_source_line_that_is_not_a_url_gives_no_source():
    assert extract("SOURCE: founding example\n\nMinister Ana Rios of Chile arrived in Oslo.").document["source"] is None


def test_evidence_points_at_the_passage():
    extraction = extract(ARTICLE)
    evidence = extraction.evidence

    def passage(path: str) -> str:
        return ARTICLE[evidence[path].start:evidence[path].end]

    assert all(isinstance(e, Evidence) and 0 < e.confidence <= 1 for e in evidence.values())
    assert passage("participants[0].name") == "Per Dahl"
    assert passage("participants[1].name") == "Ana Rios"
    assert passage("participants[1].title") == "Foreign Minister of Chile"
    assert passage("start_date") == "March 3"
    assert passage("city") == "OSLO"
    assert passage("host_country") == "Oslo"
    assert passage("agreements[0].title") == "agreement on polar research"
    assert passage("cooperation_areas[1].topic") == "renewable energy"
    assert passage("quotes[0].text") == "Norway is a natural partner for Chile"
    assert passage("visit_type") == "working visit"
    assert passage("title") == "Chile and Norway agree on polar research"
    assert passage("source") == "https://news.example.org/2025/03/04/chile-norway-talks"


def test_empty_and_unrelated_text_give_an_empty_record():
    for text in ("", "   \n", "The weather was fine all week and the harvest was good."):
        document = extract(text).document
        assert list(document) == KEYS
        assert document["participants"] == [] and document["agreements"] == []
        assert document["host_country"] is None


def test_fast_after_start_up():
    extract(ARTICLE)
    long_text = ARTICLE + "\n".join([ARTICLE.split("\n", 2)[2]] * 5)
    started = time.perf_counter()
    extract(long_text)
    assert time.perf_counter() - started < 0.2


def test_a_sentence_broken_by_hard_line_breaks_is_read_as_one():
    text = ("Jordan's Lower House Speaker Atef Tarawneh, at the head of a\n\nparliamentary delegation, arrived in "
            "Baghdad on Tuesday\n\nfor a two-day official visit, having been invited by Iraqi Parliament Speaker "
            "Mohamed al-Halbousi.")
    document = extract(text).document
    assert [(p["name"], p["side"]) for p in document["participants"]] == [
        ("Mohamed al-Halbousi", "host"), ("Atef Tarawneh", "guest")]


def test_documents_and_fields_of_an_earlier_signing_are_left_out():
    text = ("Foreign Minister Ana Soto of Chile held talks in Lima with Foreign Minister Luis Paz of Peru. They "
            "discussed cooperation in trade. "
            "Several cooperation agreements in the fields of oil, electricity and mining were signed by the two "
            "countries recently.")
    document = extract(text).document
    assert document["agreements"] == []
    assert [a["topic"] for a in document["cooperation_areas"]] == ["trade"]
