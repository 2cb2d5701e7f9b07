"""French and Russian releases: the language, countries in their own forms, names in the nominative, dates,
documents and fields, read through the data files of each language."""

import datetime as dt
import json
import subprocess
import sys

import pytest

from briefing.extract import extract
from briefing.extract.language import detect_language


def read(text: str, today: dt.date | None = None, language: str | None = None) -> dict:
    return extract(text, today, language).document


def people(document: dict) -> list[tuple[str, str]]:
    return [(p["name"], p["side"]) for p in document["participants"]]


def test_the_language_is_told_by_the_text():
    assert detect_language("Le ministre a reçu son homologue dans le cadre de la visite.") == "fr"
    assert detect_language("Министр принял делегацию в рамках визита.") == "ru"
    assert detect_language("The minister received his counterpart during the visit.") == "en"


def test_french_adjectives_and_compound_adjectives_give_both_countries():
    document = read("Réunie à Niamey, la commission mixte nigéro-béninoise a terminé ses travaux. "
                    "Le ministre béninois des Affaires étrangères, M. Paul Houngbo, a conduit la délégation.")
    assert (document["host_country"], document["guest_country"]) == ("Niger", "Benin")
    assert people(document) == [("Paul Houngbo", "guest")]


def test_russian_names_come_back_to_the_nominative_whatever_their_case():
    document = read("Министр иностранных дел Казахстана Ерлан Касымов прибыл в Баку. "
                    "Он провел переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым "
                    "и передал привет президента Азербайджана Ильхама Алиева. "
                    "Визит прошел по приглашению министра экономики Азербайджана Микаила Джаббарова.")
    assert people(document) == [("Джейхун Байрамов", "host"), ("Ильхам Алиев", "host"),
                                ("Микаил Джаббаров", "host"), ("Ерлан Касымов", "guest")]
    assert (document["host_country"], document["guest_country"]) == ("Azerbaijan", "Kazakhstan")


def test_french_date_forms_take_the_year_of_the_date_line():
    text = (" date 2025-06\nLe Premier ministre malien, M. Abdoulaye Maïga, effectue du 3 au 5 juin une visite "
            "officielle au Sénégal.")
    document = read(text)
    assert (document["start_date"], document["end_date"]) == ("2025-06-03", "2025-06-05")
    assert document["visit_type"] == "official"


def test_a_date_without_a_year_stays_unknown_unless_today_is_given():
    text = "La commission mixte s'est tenue les 19 et 20 mars à Dakar, en présence du ministre malien, M. Ali Ba."
    assert (read(text)["start_date"], read(text)["end_date"]) == (None, None)
    document = read(text, today=dt.date(2025, 3, 25))
    assert (document["start_date"], document["end_date"]) == ("2025-03-19", "2025-03-20")


def test_russian_range_with_year_and_a_weekday_against_a_time_stamp():
    assert read("3–5 июня 2025 года Президент Монголии Ухнаагийн Хурэлсух посетил Казахстан.")["start_date"] == \
        "2025-06-03"
    text = "12 июн 2024, 10:15\nВо вторник в Ташкенте министр иностранных дел Узбекистана принял делегацию Ирана."
    document = read(text)
    assert (document["start_date"], document["end_date"]) == ("2024-06-11", "2024-06-11")


def test_a_day_count_gives_the_end_of_the_visit():
    document = read("Le président ivoirien, M. Alassane Ouattara, a entamé le 4 avril 2024 une visite de trois "
                    "jours au Ghana.")
    assert (document["start_date"], document["end_date"]) == ("2024-04-04", "2024-04-06")


def test_counted_documents_told_by_their_ordinals_give_one_document_each():
    document = read("À Lomé, le Togo et le Bénin ont signé trois accords de coopération. Le premier porte sur "
                    "la santé, le deuxième dans le domaine de l'énergie et le dernier en matière de transport.")
    assert [a["kind"] for a in document["agreements"]] == ["agreement"] * 3
    assert [a["topic"] for a in document["cooperation_areas"]] == ["santé", "énergie", "transport"]


def test_russian_documents_in_a_dashed_list_keep_their_titles_in_the_nominative():
    document = read("В Минске стороны подписали:\n– Программу сотрудничества в области образования;\n"
                    "– Меморандум о взаимопонимании в сфере туризма.")
    assert [(a["title"], a["kind"]) for a in document["agreements"]] == [
        ("Программа сотрудничества в области образования", "roadmap"),
        ("Меморандум о взаимопонимании в сфере туризма", "memorandum of understanding")]


def test_planned_or_negated_signings_are_no_agreements():
    assert read("Un protocole d'accord sur la pêche doit être signé à Dakar.")["agreements"] == []
    assert read("Aucun accord n'a été signé lors de la visite du ministre à Tunis.")["agreements"] == []
    assert read("Итогом переговоров в Ханое должно стать подписание соглашения о торговле.")["agreements"] == []


def test_people_of_an_earlier_visit_are_left_out():
    document = read("Министр иностранных дел Китая Ван И посетит Москву. В прошлый раз он провел переговоры с "
                    "президентом России Владимиром Путиным.")
    assert people(document) == [("Ван И", "guest")]


def test_a_side_resting_only_on_the_publisher_is_low_confidence():
    text = ("SOURCE: https://www.example.kz/news\n\nДелегация Кыргызстана прибыла в Астану. На следующий день "
            "министр сельского хозяйства Нурлан Ержанов провел встречу.")
    extraction = extract(text)
    assert people(extraction.document) == [("Нурлан Ержанов", "host")]
    assert extraction.evidence["participants[0].side"].confidence <= 0.3


def test_the_command_line_forces_the_language():
    text = "Le ministre Paul Dupont a reçu à Paris le ministre belge des Affaires étrangères, M. Jan Peeters."
    forced = subprocess.run([sys.executable, "-m", "briefing", "extract", "--json", "--lang", "en", "-"],
                            input=text, capture_output=True, text=True, check=True)
    detected = subprocess.run([sys.executable, "-m", "briefing", "extract", "--json", "-"],
                              input=text, capture_output=True, text=True, check=True)
    assert ("Jan Peeters", "guest") in people(json.loads(detected.stdout))
    assert people(json.loads(forced.stdout)) != people(json.loads(detected.stdout))
    wrong = subprocess.run([sys.executable, "-m", "briefing", "extract", "--lang", "de", "-"],
                           input=text, capture_output=True, text=True)
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1


def test_a_source_line_is_found_wherever_the_release_gives_it():
    assert read("Le ministre a reçu son homologue.\nSource : https://www.example.sn/actualite/42")["source"] == \
        "https://www.example.sn/actualite/42"
    assert read("Source: https://www.example.org/news/7\n\nThe minister received his counterpart.")["source"] == \
        "https://www.example.org/news/7"
    assert read("Министр принял делегацию.\nИсточник: https://www.example.uz/ru/news/9")["source"] == \
        "https://www.example.uz/ru/news/9"


@pytest.mark.parametrize(("language", "text", "summary"), [
    ("fr", "Dakar, le 6 mai 2024 – Le Président Bassirou Diomaye Faye effectue une visite officielle en Gambie "
           "du 6 au 7 mai 2024.",
     "Visite officielle : Bassirou Diomaye Faye"),
    ("ru", "Астана, 5 октября 2023 года. Президент Кыргызстана Садыр Жапаров прибыл в Казахстан с государственным "
           "визитом.",
     "Государственный визит: Садыр Жапаров"),
])
def test_the_summary_is_written_in_the_release_language(language, text, summary):
    document = extract(text, language=language).document
    assert document["summary"].startswith(summary)
    assert not any(word in document["summary"] for word in (" of ", " to ", "Talks", "Signed", "Topics"))
    assert ".." not in document["summary"]
