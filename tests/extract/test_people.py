"""Participants: names without courtesy forms, one person per name, sides, and who only gets mentioned."""

import datetime as dt

from briefing.extract import extract


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [(p["name"], p["side"], p["role"]) for p in extract(text).document["participants"]]


def names(text: str) -> list[str]:
    return [p["name"] for p in extract(text).document["participants"]]


def test_title_before_the_name_and_sides_from_countries():
    text = ("Minister of Foreign Affairs of Georgia Nino Beridze received Minister of Foreign Affairs of "
            "Moldova Ion Rusu, who is paying an official visit to Tbilisi.")
    assert people(text) == [("Nino Beridze", "host", "head of delegation"),
                            ("Ion Rusu", "guest", "head of delegation")]


def test_surname_alone_and_without_diacritics_is_the_same_person():
    text = ("Turkish Foreign Minister Mevlüt Çavuşoğlu hosted his Greek counterpart Nikos Dendias in Ankara. "
            "Minister Cavusoglu said the talks were useful. Dendias also met the Speaker.")
    assert names(text) == ["Mevlüt Çavuşoğlu", "Nikos Dendias"]


def test_courtesy_forms_are_dropped_and_gulf_forms_kept():
    text = ("H.E. Sheikh Hamad Al Thani, Minister of State, received His Excellency Mr Juan Perez, Minister of "
            "Foreign Affairs of Uruguay, who is on an official visit to Qatar. Dr. Sara Lopez, Deputy Minister, "
            "and Prime Minister Samdech Techo Sok An also attended the talks.")
    assert names(text) == ["Sheikh Hamad Al Thani", "Sara Lopez", "Sok An", "Juan Perez"]


def test_a_person_merely_mentioned_is_not_a_participant():
    text = ("Foreign Minister Ravi Nair of India arrived in Muscat and held talks with Sayyid Fahad al Said, "
            "who received him on behalf of His Majesty Sultan Qaboos bin Said. "
            "Prime Minister Anil Kumar has promised to raise exports next year.")
    assert names(text) == ["Sayyid Fahad al Said", "Ravi Nair"]


def test_people_named_without_a_country_take_the_side_of_the_house():
    text = ("Secretary of Trade Maria Gomez of Mexico is in Singapore on a visit. Minister for Trade "
            "Lim Wei Ming gave a lunch in honour of Secretary Gomez. Travelling with her is "
            "Undersecretary Jose Ruiz.")
    assert people(text) == [("Lim Wei Ming", "host", "head of delegation"),
                            ("Maria Gomez", "guest", "head of delegation"),
                            ("Jose Ruiz", "guest", "member")]


def test_counterpart_and_two_names_with_two_countries():
    text = ("Anna Nowak and Jan Dvorak, the Polish and Czech Foreign Ministers, held a meeting in Warsaw. "
            "Minister of external affairs K. Rao met his Brazilian counterpart, Paulo Lima, in Brasilia.")
    document = extract(text).document
    found = {p["name"]: p["side"] for p in document["participants"]}
    assert found["Anna Nowak"] == "host" and found["Jan Dvorak"] == "guest"
    assert [p["title"] for p in document["participants"] if p["name"] == "Anna Nowak"] == ["Polish Foreign Minister"]


def test_initials_joined_to_the_name():
    text = "President of Mongolia Kh.Batbayar was received by President of Kazakhstan Aidos Nur in Astana."
    assert names(text) == ["Aidos Nur", "Kh.Batbayar"]


def test_level_comes_from_the_guest_head():
    text = "Deputy Prime Minister Lars Berg of Norway arrived in Vilnius for talks with Lithuanian officials."
    assert extract(text).document["level"] == "deputy head of government"


def test_spokespeople_announcing_a_visit_do_not_take_part():
    text = ("Foreign Ministry Spokesperson Lin Hua announced that Prime Minister Ola Berg of Norway will pay an "
            "official visit to China at the invitation of Premier Zhou Ming.")
    assert names(text) == ["Zhou Ming", "Ola Berg"]


def test_ranks_are_dropped_and_delegations_give_countries():
    text = ("Political consultations were held in Bishkek. The Kyrgyz delegation was led by Deputy Minister "
            "Aibek Tashiev, and the Uzbek delegation by Gen. Rustam Aliev.")
    assert people(text) == [("Aibek Tashiev", "host", "head of delegation"),
                            ("Rustam Aliev", "guest", "head of delegation")]


def test_country_after_the_name_and_family_name_in_capitals():
    text = ("Mr. SATO Kenji, Minister for Foreign Affairs, met President Luis Ramos of Peru, who is visiting "
            "Japan. Minister Sato welcomed the visit.")
    document = extract(text).document
    assert [(p["name"], p["title"], p["side"]) for p in document["participants"]] == [
        ("SATO Kenji", "Minister for Foreign Affairs", "host"), ("Luis Ramos", "President of Peru", "guest")]


def test_a_city_before_an_appositive_is_not_a_person():
    text = "In Port Moresby, Minister Ana Wong of Australia will meet her counterpart Tom Kila."
    assert names(text) == ["Tom Kila", "Ana Wong"]


def test_a_counterpart_holds_the_same_office():
    text = "Kenyan Foreign Minister Musa Otieno met Dmitri Volkov, his Russian counterpart, who came to Nairobi."
    assert extract(text).document["level"] == "foreign minister"


def test_bare_names_that_meet_are_people_but_companies_are_not():
    text = ("Wang Jun and Ivan Petrov held talks in Beijing. Petrov later met with Li Ming. "
            "Keppel Offshore and Sembcorp Marine signed contracts.")
    # The two who hold talks sit across the table, and so do the two who meet later.
    assert people(text) == [("Wang Jun", "host", "head of delegation"), ("Li Ming", "host", "member"),
                            ("Ivan Petrov", "guest", "head of delegation")]


def test_a_later_today_does_not_push_the_visit_into_the_past():
    text = ("On 12 March 2024, President Li Wei held talks with visiting Thai Prime Minister Somchai Dee in "
            "Beijing.")
    document = extract(text, today=dt.date(2026, 1, 1)).document
    assert (document["host_country"], [p["name"] for p in document["participants"]]) == (
        "China", ["Li Wei", "Somchai Dee"])


def test_particles_inside_names_and_possessives_after_them():
    text = ("Commission President Ursula von der Leyen received Indian Prime Minister Ravi Rao in Brussels. "
            "Rao's visit was his first. Von der Leyen hosted a lunch.")
    document = extract(text).document
    assert [p["name"] for p in document["participants"]] == ["Ursula von der Leyen", "Ravi Rao"]


def test_someone_the_visitor_will_meet_later_is_not_a_participant():
    text = ("Foreign Minister Anna Berg of Sweden received Foreign Minister Luis Mora of Peru in Stockholm. "
            "Minister Mora will also meet the Speaker of Parliament Karl Lind and visit a university.")
    assert names(text) == ["Anna Berg", "Luis Mora"]


def test_in_an_announcement_the_scheduled_meetings_are_the_visit():
    text = ("Minister for Foreign Affairs Anna Berg of Sweden will visit Peru next week. She is scheduled to hold "
            "a meeting with Foreign Minister Luis Mora of Peru.")
    assert people(text) == [("Luis Mora", "host", "head of delegation"), ("Anna Berg", "guest", "head of delegation")]


def test_an_emperor_is_a_title_and_a_counterpart_holds_the_same_office():
    text = ("Foreign Minister of Finland Elina Berg received her Chilean counterpart Alberto van Horn in Helsinki. "
            "Van Horn later met with Emperor Naruhito.")
    document = extract(text).document
    titles = {p["name"]: p["title"] for p in document["participants"]}
    assert titles["Alberto van Horn"] == "Minister of Foreign Affairs of Chile"
    assert titles["Naruhito"] == "Emperor"


def test_a_title_across_commas_with_words_of_its_own():
    text = ("Talks in Rabat were co-chaired by the Minister of Foreign Affairs, African Cooperation and Moroccan "
            "Expatriates, Nasser Amrani, and the Minister of Foreign Affairs of Mexico, Ana Rios. The Mexican "
            "delegation included Undersecretary for Latin America and the Caribbean Raquel Soto.")
    assert people(text) == [("Nasser Amrani", "host", "head of delegation"),
                            ("Ana Rios", "guest", "head of delegation"), ("Raquel Soto", "guest", "member")]


def test_the_holder_of_an_office_then_and_the_addressee_of_a_message_do_not_take_part():
    text = ("Foreign Minister Omar Said of Egypt arrived in Riyadh and met Prince Faisal Khalid, Minister of Foreign "
            "Affairs of Saudi Arabia. He conveyed a message from President Ali Hassan to Crown Prince Mohammed Fahd. "
            "In 2019 then Foreign Minister A.K. Abdul Karim visited Riyadh.")
    document = extract(text).document
    assert [(p["name"], p["title"]) for p in document["participants"]] == [
        ("Faisal Khalid", "Minister of Foreign Affairs of Saudi Arabia"), ("Omar Said", "Foreign Minister of Egypt")]


def test_a_portfolio_with_and_stays_in_the_title_and_each_listed_title_stays_with_its_name():
    text = ("Prime Minister Imran Khan of Pakistan arrived in Tashkent. He is accompanied by Minister for Information "
            "and Broadcasting Chaudhry Fawad Hussain, Interior Minister Sheikh Rashid Ahmed and Minister for "
            "Maritime Affairs Ali Haider Zaidi.")
    people = [(p["name"], p["title"]) for p in extract(text).document["participants"]]
    assert ("Chaudhry Fawad Hussain", "Minister for Information and Broadcasting") in people
    assert ("Sheikh Rashid Ahmed", "Interior Minister") in people
    assert not any(name in ("Information", "Broadcasting") or name.startswith("Broadcasting") for name, _ in people)


def test_each_name_under_a_plural_title_keeps_its_own_country():
    text = ("Prime Minister Narendra Modi and Bangladesh Prime Minister Sheikh Hasina presided over the exchange of "
            "documents. The ceremony was held at Hyderabad House in Delhi. Foreign Secretaries Masood Bin Momen of "
            "Bangladesh and Vinay Kwatra of India handled the exchange.")
    assert sorted(people(text)) == sorted([("Narendra Modi", "host", "head of delegation"),
                                           ("Vinay Kwatra", "host", "member"),
                                           ("Sheikh Hasina", "guest", "head of delegation"),
                                           ("Masood Bin Momen", "guest", "member")])


def test_hosts_listed_after_met_all_take_the_host_side_and_he_is_the_last_sentence_s_subject():
    text = ("SOURCE: https://www.example.gov.sg/news\n\nMalaysian Prime Minister Anwar Ibrahim was in Singapore on "
            "11 January 2024 for the Leaders' Retreat. He met three members of the Government: Prime Minister Lee "
            "Hsien Loong, Deputy Prime Minister Lawrence Wong and Foreign Minister Vivian Balakrishnan.")
    assert [(name, side) for name, side, _ in people(text)] == [
        ("Lee Hsien Loong", "host"), ("Lawrence Wong", "host"), ("Vivian Balakrishnan", "host"),
        ("Anwar Ibrahim", "guest")]
