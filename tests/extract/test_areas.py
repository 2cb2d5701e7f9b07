"""Cooperation areas: short lower-case topics grouped as the text groups them, with categories."""

from briefing.extract import extract


def topics(text: str) -> list[str]:
    return [a["topic"] for a in extract(text).document["cooperation_areas"]]


def test_a_plain_list_splits_on_the_last_and():
    assert topics("The sides agreed to expand cooperation in tourism, construction and fishery.") == [
        "tourism", "construction", "fishery"]


def test_groups_joined_by_and_stay_together():
    text = ("They discussed a wide range of topics covering political, trade and economic, cultural and "
            "humanitarian aspects of cooperation.")
    assert topics(text) == ["political", "trade and economic", "cultural and humanitarian"]


def test_oxford_comma_and_as_well_as():
    text = ("The ministers agreed to step up joint work in energy, transport, and banking, as well as in the "
            "textile industry.")
    assert topics(text) == ["energy", "transport", "banking", "textile industry"]


def test_generic_and_global_subjects_are_left_out():
    text = ("They exchanged views on bilateral relations and discussed regional and international issues, "
            "reforming multilateralism and the Indo-Pacific region.")
    assert topics(text) == []


def test_from_to_lists_and_categories():
    document = extract("They will reinforce cooperation across many fields, from politics, border matters and "
                       "defence, to the economy, health and culture.").document
    assert [(a["topic"], a["category"]) for a in document["cooperation_areas"]] == [
        ("politics", "political"), ("border matters", "security and defence"), ("defence", "security and defence"),
        ("economy", "trade and economic"),
        ("health", "cultural and humanitarian"), ("culture", "cultural and humanitarian")]


def test_subjects_of_signed_documents_are_areas_too():
    text = "The ministers signed a Memorandum of Understanding on the organization of joint youth festivals."
    document = extract(text).document
    assert [(a["topic"], a["notes"]) for a in document["cooperation_areas"]] == [
        ("joint youth festivals", "Subject of: Memorandum of Understanding on the organization of joint youth "
                                  "festivals")]


def test_examples_of_a_global_question_are_not_areas():
    text = ("They exchanged views on regional affairs, including the South China Sea and North Korea, and "
            "discussed cooperation in fisheries.")
    assert topics(text) == ["fisheries"]
