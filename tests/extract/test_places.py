"""Host, guest and city: where the visit happens and who comes."""

from briefing.extract import extract


def countries(text: str) -> tuple[str | None, str | None, str | None]:
    document = extract(text).document
    return document["host_country"], document["guest_country"], document["city"]


def test_arrival_in_a_city_names_the_host():
    text = ("Kazakh Foreign Minister Aibek Sarsen held talks with the Foreign Minister of Burkina Faso "
            "Adama Ouedraogo, who arrived in Astana on a working visit.")
    assert countries(text) == ("Kazakhstan", "Burkina Faso", "Astana")


def test_visit_to_a_formal_country_name():
    text = "Foreign Minister Nadia Perera of Sri Lanka paid an official visit to the Republic of Maldives."
    assert countries(text)[:2] == ("Maldives", "Sri Lanka")


def test_a_dateline_that_is_not_the_visit_city_is_not_the_host():
    text = ("Kyiv \u2022 NEWS\nWhile Prime Minister Eva Lind of Estonia was in Riga on a visit, "
            "she met Latvian Prime Minister Juris Ozols.")
    assert countries(text) == ("Latvia", "Estonia", "Riga")


def test_a_dateline_in_the_host_country_gives_the_city():
    text = "Muscat - Dr Ali Nasir, Minister of Foreign Affairs of Yemen, was welcomed by Omani officials."
    assert countries(text) == ("Oman", "Yemen", "Muscat")


def test_guest_ministry_writing_about_its_own_president():
    text = ("President Lina Haddad returned home last night at the end of a state visit she paid to Tunisia, "
            "where she held talks with Tunisian President Karim Ben Ali. Jordan and Tunisia signed two agreements. "
            "Jordanian businesses joined the trip.")
    assert countries(text)[:2] == ("Tunisia", "Jordan")


def test_turkish_and_czech_names_follow_iso_short_names():
    text = "Turkish Foreign Minister Emre Kaya arrived in Prague, where he met Czech Foreign Minister Petr Novak."
    assert countries(text) == ("Czechia", "Türkiye", "Prague")


def test_received_by_names_the_host_without_a_city():
    text = "President of Mongolia Batu Erdene was received by President of the PRC Li Wei in the Great Hall."
    assert countries(text) == ("China", "Mongolia", None)


def test_visiting_adjective_names_the_guest():
    text = "Prime Minister Aiko Sato held talks with visiting Qatari Foreign Minister Khalid Al Thani in Tokyo."
    assert countries(text) == ("Japan", "Qatar", "Tokyo")


def test_burkinabe_delegation_is_the_guest():
    text = "The Burkinabe delegation, visiting Kazakhstan this week, met the Kazakh Deputy Foreign Minister."
    assert countries(text)[:2] == ("Kazakhstan", "Burkina Faso")


def test_without_any_clue_the_first_named_country_hosts():
    assert countries("Kenya and Tanzania agree to open a new border post. The ministers of both countries "
                     "praised Kenya and Tanzania's ties.")[:2] == ("Kenya", "Tanzania")


def test_a_summit_sets_the_host_and_a_next_meeting_elsewhere_does_not():
    text = ("On the sidelines of the summit in Astana, President Arman Sadykov met with President Ilham Aliyev of "
            "Azerbaijan. The leaders agreed to hold the next meeting of the council in Baku.")
    assert countries(text) == ("Kazakhstan", "Azerbaijan", "Astana")


def test_a_city_name_two_countries_share_is_the_one_of_a_country_the_text_names():
    text = ("Prime Minister Narendra Modi and Bangladesh Prime Minister Sheikh Hasina held talks. The ceremony was "
            "held at Hyderabad House in Delhi and marks a step forward in India-Bangladesh relations.")
    document = extract(text).document
    assert (document["host_country"], document["guest_country"]) == ("India", "Bangladesh")
