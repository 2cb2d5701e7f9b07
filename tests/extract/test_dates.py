"""Visit dates: the forms press releases use, reference dates, and what stays unknown."""

import datetime as dt

from briefing.extract import extract


def dates(text: str, today: dt.date | None = None) -> tuple[str | None, str | None]:
    document = extract(text, today).document
    return document["start_date"], document["end_date"]


def test_day_first_range_with_year():
    text = "The Foreign Minister of Peru arrived in Hanoi for an official visit on 3-5 June 2025."
    assert dates(text) == ("2025-06-03", "2025-06-05")


def test_range_written_with_words_and_en_dash():
    assert dates("Minister Ana Soto of Chile is in Oslo on a visit lasting from 29 to 30 January 2022.") == (
        "2022-01-29", "2022-01-30")
    assert dates("President Lena Berg of Sweden paid a state visit to Ghana on 3\u20135 June 2025.") == (
        "2025-06-03", "2025-06-05")


def test_month_first_range_across_months():
    text = "Prime Minister Ivo Kral of Slovakia visits Japan from June 30 to July 2, 2024."
    assert dates(text) == ("2024-06-30", "2024-07-02")


def test_arrival_and_through_without_a_year_stay_unknown():
    text = ("The Foreign Minister of Chile Ana Soto arrived in Lima on a working visit on June 3. "
            "The delegation, visiting Peru through June 5, will meet several ministries.")
    assert dates(text) == (None, None)


def test_today_gives_the_missing_year():
    text = ("The Foreign Minister of Chile Ana Soto arrived in Lima on a working visit on June 3. "
            "The delegation, visiting Peru through June 5, will meet several ministries.")
    assert dates(text, today=dt.date(2025, 6, 4)) == ("2025-06-03", "2025-06-05")


def test_year_from_a_date_line_and_a_weekday():
    text = " date 2024-03-15 Minister Tom Berg of Norway met Minister Ana Rios of Chile in Santiago on Thursday."
    assert dates(text) == ("2024-03-14", "2024-03-14")


def test_weekday_without_a_date_line_stays_unknown():
    assert dates("Minister Tom Berg of Norway met Minister Ana Rios of Chile in Santiago on Thursday.") == (None, None)


def test_last_night_with_the_day_in_brackets_ends_the_visit():
    text = (" date 2025-03-02 President Omar Diallo returned home last night (1), at the end of a three-day "
            "state visit he paid to Senegal.")
    assert dates(text) == ("2025-02-27", "2025-03-01")


def test_a_start_and_a_number_of_days_give_the_end():
    text = " date 2023-09-10 The Norwegian minister came to Riga on September 11 for a two-day visit."
    assert dates(text) == ("2023-09-11", "2023-09-12")


def test_year_from_a_dated_url():
    text = ("SOURCE: https://news.example.org/2021/05/12/minister-visit\n\n"
            "Foreign Minister Lisa Holm of Denmark held talks in Tunis on May 11 with her Tunisian counterpart.")
    assert dates(text) == ("2021-05-11", "2021-05-11")


def test_dates_of_earlier_documents_are_not_the_visit():
    text = (" date 2022-04-02 The Greek minister came to Sofia on April 1, the anniversary of the treaty "
            "signed on April 1, 2011. The talks reviewed the statements dated May 5, 2015, and June 9, 2019.")
    assert dates(text) == ("2022-04-01", None)


def test_other_legs_of_a_tour_are_ignored():
    text = (" date 2023-10-20 Minister Jan Holm of Sweden is on a tour covering Chile (October 14-16), "
            "Peru (October 17-19) and Bolivia (October 19-21). He met the Peruvian Foreign Minister in Lima.")
    assert dates(text) == ("2023-10-17", "2023-10-19")


def test_a_tweet_is_dated_by_its_sign_off():
    text = ("FM @someone has started a two-day visit to Vienna by meeting the Austrian Foreign Minister.\n"
            "\u2014 Ministry of Foreign Affairs (@SomeMFA) May 6, 2024\n")
    assert dates(text) == ("2024-05-06", "2024-05-07")


def test_a_dateline_date_is_the_reference_not_the_visit():
    text = ("ABU DHABI, 27th November, 2023 (WAM) -- The Minister of Foreign Affairs of Chile Ana Rios, who is "
            "on an official visit, held talks on Sunday.")
    assert dates(text) == ("2023-11-26", "2023-11-26")


def test_a_weekday_in_the_future_is_the_next_one():
    text = " date 2019-04-12 The delegation of Chile will meet the President on Monday in Accra."
    assert dates(text) == ("2019-04-15", "2019-04-15")


def test_today_picks_the_nearest_year_but_never_a_weekday():
    text = "Minister Ana Soto of Chile arrived in Lima on December 28 and met the President on Friday."
    assert dates(text, today=dt.date(2026, 1, 5)) == ("2025-12-28", None)


def test_a_report_filed_from_the_host_city_dates_its_lead():
    text = "ASTANA, 4 July 2024 - President Arman Sadykov of Kazakhstan met with President Ilham Aliyev of Azerbaijan."
    assert dates(text) == ("2024-07-04", "2024-07-04")
    started = ("Guatemala City, 6 February 2025. Foreign Minister Carlos Ruiz welcomed Secretary Ana Rios of "
               "Mexico at the start of a two-day official visit to Guatemala.")
    assert dates(started) == ("2025-02-06", "2025-02-07")


def test_a_date_line_filed_from_the_visitors_capital_dates_nothing():
    text = "Cairo, 27 September 2024 - Foreign Minister Omar Said of Egypt met Saudi officials in Riyadh."
    assert dates(text) == (None, None)
    assert extract(text).document["host_country"] == "Saudi Arabia"


def test_a_duration_to_a_kingdom_of_is_the_visit_to_the_host():
    text = ("Foreign Minister Omar Said of Egypt arrived in Riyadh on Thursday, 26 September 2024, on a two-day visit "
            "to the Kingdom of Saudi Arabia.")
    assert dates(text) == ("2024-09-26", "2024-09-27")


def test_markup_left_in_pasted_text_is_read_through():
    text = ("2024-05-20 | 15:42&nbsp;&nbsp;&nbsp;Share this: Facebook | X | LinkedIn\n"
            "<p>The Foreign Minister, Paulo Rosa, received on Monday, 20 May 2024, in Lisbon, Foreign Minister Rui "
            "Soares of Cabo Verde, who is on a working visit to Portugal until 22 May.</p>")
    document = extract(text).document
    assert (document["start_date"], document["end_date"]) == (None, "2024-05-22")
    assert [p["name"] for p in document["participants"]] == ["Paulo Rosa", "Rui Soares"]
