"""Agreements: only documents signed or adopted during the visit, with their kinds."""

from briefing.extract import extract


def agreements(text: str) -> list[tuple[str, str]]:
    return [(a["title"], a["kind"]) for a in extract(text).document["agreements"]]


def test_signed_memorandum_with_its_full_title():
    text = ("The talks resulted in the signing of a Memorandum of Understanding on Consular Cooperation between "
            "the Ministries of Foreign Affairs of the two countries, which was an important step.")
    assert agreements(text) == [("Memorandum of Understanding on Consular Cooperation between the Ministries of "
                                 "Foreign Affairs of the two countries", "memorandum of understanding")]


def test_will_sign_planned_and_negotiated_documents_are_left_out():
    text = ("The ministers will sign an agreement on air services next month. A draft treaty on extradition is "
            "under negotiation. The sides agreed to sign a protocol on fisheries in 2026.")
    assert agreements(text) == []


def test_documents_signed_earlier_are_left_out():
    text = (" date 2024-05-10 The visit marked the anniversary of the Declaration on Strategic Partnership that "
            "the two countries signed on May 9, 2019. The ministers recalled the agreement on trade signed in 2015.")
    assert agreements(text) == []


def test_kinds_follow_the_vocabulary():
    text = ("Two documents were signed: a treaty on the common border, which is now demarcated, and an action "
            "plan for the strategic partnership for 2024-2026. The ministers also adopted a Joint Statement on "
            "Energy and exchanged notes on visa waivers. They signed a renewed Statement of Partnership and a "
            "Protocol on Customs Cooperation.")
    assert [kind for _, kind in agreements(text)] == [
        "treaty", "roadmap", "joint statement", "joint statement", "protocol"]


def test_a_listed_set_of_documents_inherits_the_signing():
    text = ("Four documents were signed by the foreign ministers.\nThe documents are:\n"
            "- the Plan of consultations between the ministries for 2025;\n"
            "- Agreement on visa-free travel for holders of diplomatic passports;\n"
            "- MoU on cooperation in education; and\n"
            "- Exchange of letters on the airport project.\n")
    assert agreements(text) == [
        ("Plan of consultations between the ministries for 2025", "roadmap"),
        ("Agreement on visa-free travel for holders of diplomatic passports", "agreement"),
        ("MoU on cooperation in education", "memorandum of understanding"),
        ("Exchange of letters on the airport project", "other"),
    ]


def test_the_same_document_named_twice_is_listed_once():
    text = ("The prime ministers put their signatures to a memorandum of strategic partnership. "
            "The memorandum of strategic partnership was signed in the presence of the press.")
    assert agreements(text) == [("Memorandum of strategic partnership", "memorandum of understanding")]


def test_signatories_are_participants_named_with_the_signing():
    text = ("Foreign Minister Ana Silva of Portugal arrived in Rabat on an official visit. Minister Silva and "
            "Moroccan Foreign Minister Karim Idrissi signed an agreement on cultural cooperation.")
    assert extract(text).document["agreements"] == [{
        "title": "Agreement on cultural cooperation", "kind": "agreement", "status": "signed",
        "signed_on": None, "signatories": ["Karim Idrissi", "Ana Silva"],
    }]


def test_a_document_amending_an_older_one_is_the_only_new_one():
    text = (" date 2024-02-01 The ministers signed a protocol amending the 2015 agreement on air services, "
            "and the existing treaty on legal aid was signed in Paris.")
    assert agreements(text) == [("Protocol", "protocol")]


def test_a_numbered_list_of_documents_exchanged():
    text = ("The following documents were exchanged in the presence of the two leaders:\n"
            "1. MoU on Health Cooperation\n2. Cultural Exchange Programme for the years 2025-2028\n")
    assert [(a["title"], a["kind"]) for a in extract(text).document["agreements"]] == [
        ("MoU on Health Cooperation", "memorandum of understanding"),
        ("Cultural Exchange Programme for the years 2025-2028", "roadmap")]


def test_signed_minutes_of_a_joint_committee():
    text = "The two ministers chaired the meeting of the Joint Committee and signed its minutes."
    assert [(a["title"], a["kind"]) for a in extract(text).document["agreements"]] == [
        ("Minutes of the meeting of the Joint Committee", "other")]
    agreed = "At the close, the ministers signed the Agreed Minutes of the fifth session of the Joint Commission."
    assert [a["title"] for a in extract(agreed).document["agreements"]] == [
        "Agreed Minutes of the fifth session of the Joint Commission"]


def test_a_plural_title_with_one_subject_each_is_one_document_each():
    text = ("Intergovernmental agreements on the joint use of the border road and on the construction of a "
            "hydropower plant were also signed. They also signed agreements in trade and health.")
    assert [a["title"] for a in extract(text).document["agreements"]] == [
        "Intergovernmental agreement on the joint use of the border road",
        "Intergovernmental agreement on the construction of a hydropower plant"]


def test_one_plural_document_over_a_list_of_fields_gives_one_document_per_field():
    text = ("President Ana Lima of Brazil and President Juan Roa of Peru witnessed the signing of three memoranda "
            "of understanding on energy trade, road transport and livestock health in Lima.")
    assert [a["title"] for a in extract(text).document["agreements"]] == [
        "Memorandum of understanding on energy trade", "Memorandum of understanding on road transport",
        "Memorandum of understanding on livestock health"]


def test_a_count_first_and_the_list_after_gives_each_document():
    text = ("President Ana Lima of Brazil received President Juan Roa of Peru in Brasilia. Three MoUs were signed: "
            "one on nuclear energy, one on hydrogen and one on food security.")
    assert [a["title"] for a in extract(text).document["agreements"]] == [
        "MoU on nuclear energy", "MoU on hydrogen", "MoU on food security"]


def test_bullets_that_name_only_the_field_take_the_document_of_the_line_above():
    text = ("President Ana Lima of Brazil received President Juan Roa of Peru in Brasilia.\n\n"
            "The Memorandums of Understanding were signed on:\n\n  \u2022 Taxation\n  \u2022 Fisheries and livestock\n")
    document = extract(text).document
    assert [(a["title"], a["kind"]) for a in document["agreements"]] == [
        ("Memorandum of Understanding on Taxation", "memorandum of understanding"),
        ("Memorandum of Understanding on Fisheries and livestock", "memorandum of understanding")]
    assert [a["topic"] for a in document["cooperation_areas"]] == ["taxation", "fisheries and livestock"]
