"""Sides: who sits across the table, who wrote the article, and who heads the host side."""

from briefing.extract import extract


def sides(text: str) -> list[tuple[str, str, str]]:
    return [(p["name"], p["side"], p["role"]) for p in extract(text).document["participants"]]


def test_people_met_across_the_table_take_the_other_side():
    text = ("Prime Minister Tran Van Minh held talks with Thai Prime Minister Somchai Dee in Bangkok during the "
            "Vietnamese leader's visit to Thailand. Earlier, Tran Van Minh met with King Vajiralongkorn.")
    assert sides(text) == [("Somchai Dee", "host", "head of delegation"), ("Vajiralongkorn", "host", "member"),
                           ("Tran Van Minh", "guest", "head of delegation")]


def test_an_adjective_before_coordinated_titles_covers_both():
    text = ("Prime Minister Ana Reis of Portugal arrived in Rabat for talks with Prime Minister Aziz Alami. "
            "Portuguese Deputy Prime Minister Rui Costa and Minister of Finance Joana Dias also attended the talks.")
    assert sides(text) == [("Aziz Alami", "host", "head of delegation"), ("Ana Reis", "guest", "head of delegation"),
                           ("Rui Costa", "guest", "member"), ("Joana Dias", "guest", "member")]


def test_one_plural_title_names_the_two_sides():
    text = ("President Ali Karimov held talks in Tashkent with President Said Nazarov of Tajikistan. The leaders "
            "were joined by Foreign Ministers Bakhtiyor Aliev and Sirojiddin Rahimov.")
    document = extract(text).document
    assert [(p["name"], p["title"], p["side"]) for p in document["participants"]] == [
        ("Ali Karimov", "President", "host"), ("Bakhtiyor Aliev", "Foreign Minister", "host"),
        ("Said Nazarov", "President of Tajikistan", "guest"), ("Sirojiddin Rahimov", "Foreign Minister", "guest")]


def test_the_publishing_ministry_is_the_guest_when_the_text_names_no_other_country():
    text = ("SOURCE: https://www.gov.br/mre/en/press/visit-to-angola\n\nMinister of Foreign Affairs Mauro Lima "
            "travelled to Luanda, where he was received by President Joao Santos.")
    document = extract(text).document
    assert (document["host_country"], document["guest_country"]) == ("Angola", "Brazil")
    assert sides(text) == [("Joao Santos", "host", "head of delegation"), ("Mauro Lima", "guest", "head of delegation")]


def test_people_without_a_country_take_the_publishers_side():
    text = ("SOURCE: https://www.mofa.go.jp/press/2024/visit.html\n\nForeign Minister Yoko Sato of Japan arrived "
            "in Manila for talks with Secretary Enrique Cruz of the Philippines. State Minister Ken Mori also "
            "attended the talks.")
    assert ("Ken Mori", "guest", "member") in sides(text)


def test_the_one_called_on_is_at_home():
    text = ("SOURCE: https://www.mofa.go.jp/press/2024/visit.html\n\nForeign Minister Yoko Sato of Japan arrived "
            "in Manila, met Foreign Secretary Enrique Cruz of the Philippines and paid a courtesy call on President "
            "Ramon Reyes.")
    assert ("Ramon Reyes", "host", "member") in sides(text)


def test_a_reception_told_with_an_adverb_is_still_a_reception():
    text = ("Foreign Minister Ivan Kolev of Bulgaria held talks in Belgrade with Foreign Minister Marko Ilic of "
            "Serbia. Kolev was later received by Prime Minister Milos Petrovic.")
    assert ("Milos Petrovic", "host", "member") in sides(text)


def test_the_visitors_peer_heads_the_host_side():
    text = ("Prime Minister Tran Van Minh of Vietnam held talks with Prime Minister Kenji Ito of Japan in Tokyo. "
            "Tran Van Minh also met with Emperor Naruhito.")
    assert sides(text)[0] == ("Kenji Ito", "host", "head of delegation")


def test_the_protagonist_named_by_office_meets_the_other_side():
    text = ("SOURCE: https://gisbarbados.gov.bb/blog/visit/\n\nPrime Minister Mia Mottley arrived in Ghana. In Accra, "
            "the Prime Minister held talks with President Kofi Mensah. She also addressed Parliament at the "
            "invitation of Speaker Alban Bagbin.")
    assert sides(text) == [("Kofi Mensah", "host", "head of delegation"), ("Alban Bagbin", "host", "member"),
                           ("Mia Mottley", "guest", "head of delegation")]
