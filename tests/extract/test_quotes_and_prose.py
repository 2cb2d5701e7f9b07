"""Quotes with their speakers, visit type, status, significance, history, title and summary."""

from briefing.extract import extract


def test_quote_with_speaker_after_it_is_tied_to_the_participant():
    text = ('Foreign Minister Lea Moser of Austria arrived in Tirana for talks. "Albania is a close partner of '
            'ours in the region", said Moser.')
    assert extract(text).document["quotes"] == [
        {"speaker": "Lea Moser", "text": "Albania is a close partner of ours in the region"}]


def test_quote_with_speaker_before_it():
    text = 'President Omar Sy of Senegal arrived in Rabat. Sy said: "We came to build a lasting partnership together."'
    assert extract(text).document["quotes"] == [
        {"speaker": "Omar Sy", "text": "We came to build a lasting partnership together."}]


def test_a_term_in_quotation_marks_is_not_a_quote():
    text = 'The ministers discussed the "Middle Corridor" and the "green agenda" in Baku.'
    assert extract(text).document["quotes"] == []


def test_visit_type_from_the_visit_and_meeting_when_none_is_mentioned():
    working = "Minister Eva Holm of Sweden arrived in Oslo on a working visit."
    assert extract(working).document["visit_type"] == "working"
    assert extract("Minister Eva Holm of Sweden arrived in Oslo on a visit.").document["visit_type"] is None
    text = "Foreign Minister Eva Holm of Sweden held talks with Norwegian Foreign Minister Per Dahl in Oslo."
    assert extract(text).document["visit_type"] == "meeting"


def test_visit_types_of_earlier_visits_do_not_count():
    text = ("In recent years, two presidents paid official visits to Astana. Minister Ali Musa of Chad arrived "
            "in Astana on a working visit.")
    assert extract(text).document["visit_type"] == "working"


def test_status_completed_only_when_the_visit_is_reported_over():
    ended = "President Ana Reis of Portugal returned home at the end of a state visit to Brazil."
    under_way = "President Ana Reis of Portugal is paying a state visit to Brazil."
    assert extract(ended).document["status"] == "completed"
    assert extract(under_way).document["status"] is None


def test_significance_and_history():
    text = (" date 2024-06-01 This is the first visit of a Chilean foreign minister to Mongolia. Minister Ana Rios "
            "of Chile arrived in Ulaanbaatar on June 1.\nIn October 2019 the two countries signed a trade agreement.")
    document = extract(text).document
    assert document["significance"] == "This is the first visit of a Chilean foreign minister to Mongolia."
    assert document["history"] == [
        {"date": "2019-10", "text": "In October 2019 the two countries signed a trade agreement."}]


def test_title_is_the_headline_or_the_url_slug_or_composed():
    headed = "Norway and Chile deepen ties\nMinister Eva Holm of Norway arrived in Santiago on a visit."
    assert extract(headed).document["title"] == "Norway and Chile deepen ties"
    slugged = ("SOURCE: https://news.example.org/world/norway-chile-deepen-ties-a1b2c3\n\n"
               "Minister Eva Holm of Norway arrived in Santiago on a visit.")
    assert extract(slugged).document["title"] == "Norway chile deepen ties"
    bare = "Minister Eva Holm of Norway arrived in Santiago on a working visit."
    assert extract(bare).document["title"] == "Working visit of Eva Holm to Chile"


def test_summary_is_composed_from_the_facts():
    text = ("Foreign Minister Ana Rios of Chile arrived in Oslo on a working visit on 3-4 March 2025 and held talks "
            "with Norwegian Foreign Minister Per Dahl. They signed an agreement on polar research.")
    assert extract(text).document["summary"] == (
        "Working visit of Ana Rios (Foreign Minister of Chile) to Norway (Oslo), 3\u20134 March 2025. "
        "Talks with Per Dahl (Norwegian Foreign Minister). Signed: Agreement on polar research. "
        "Topics: polar research.")


def test_words_quoted_inside_the_speakers_own_sentence():
    text = ('President Ana Reis of Portugal arrived in Brasilia. Reis said the new railway would "bring our two '
            'peoples closer together".')
    assert extract(text).document["quotes"] == [
        {"speaker": "Ana Reis", "text": "bring our two peoples closer together"}]
