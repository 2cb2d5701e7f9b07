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


def test_a_list_closed_by_as_well_as_the_keeps_its_last_item():
    text = ("The ministers discussed cooperation in renewable energy, mining and education, as well as the "
            "situation in the region.")
    assert topics(text) == ["renewable energy", "mining", "education"]


def test_the_field_of_a_document_is_the_topic_already_named():
    text = ("The ministers signed a Memorandum of Understanding on Cooperation in the Field of Science and "
            "Innovation.")
    assert topics(text) == ["science and innovation"]


def test_a_scope_word_with_a_field_is_a_field():
    text = ("They also discussed regional security, the energy pipeline and agriculture, and exchanged views on "
            "pertinent regional and international topics.")
    assert topics(text) == ["regional security", "energy pipeline", "agriculture"]


def test_a_parenthesis_inside_a_list_does_not_end_it():
    text = "The two sides reviewed the coastal railway project (Blue Line), solar power, food security and tourism."
    assert topics(text) == ["coastal railway", "solar power", "food security", "tourism"]


def test_more_verbs_introduce_topics_and_a_city_is_no_topic():
    text = ("On the sidelines of the Cooperation Organisation summit in Astana, the delegations addressed "
            "migration, border security and tourism. They took stock of progress on the gas pipeline project.")
    assert topics(text) == ["migration", "border security", "tourism", "gas pipeline"]


def test_a_period_or_a_bare_adjective_is_no_subject():
    text = ("The ministers signed the final communiqué and the Cooperation Plan between the two ministries for the "
            "2024-2025 period.")
    assert topics(text) == []


def test_bullets_under_a_list_intro_are_topics_and_a_name_before_the_kind_is_not():
    text = ("The two leaders held talks, focusing on:\n- climate finance;\n- policing and maritime security;\n"
            "Their talks also covered fisheries, and they traded ideas on how to expand bilateral cooperation in "
            "health, agriculture and technology.\n"
            "Following the talks, they signed the Vuvale Union Agreement and a Free Trade Agreement.")
    assert topics(text) == ["climate finance", "policing and maritime security", "fisheries", "health", "agriculture",
                            "technology", "free trade"]
