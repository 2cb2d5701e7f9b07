"""Dates, subject line, reference and file name as the note prints them."""

import pytest

from briefing.pdf import suggested_file_name
from briefing.pdf.text import (
    derived_reference,
    esc,
    format_date_range,
    format_partial_date,
    partial_date_key,
    place,
    printable_source,
    subject_line,
)
from tests.pdf.samples import burkina_visit, empty_visit, new_york_meeting


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2025-06-03", "2025-06-05", "3–5 June 2025"),
    ("2025-06-30", "2025-07-02", "30 June – 2 July 2025"),
    ("2025-12-30", "2026-01-02", "30 December 2025 – 2 January 2026"),
    ("2025-06-03", "2025-06-03", "3 June 2025"),
    ("2025-06-03", None, "3 June 2025"),
    ("2025-06-05", "2025-06-03", "5 June 2025"),
    (None, "2025-06-05", "until 5 June 2025"),
    (None, None, ""),
    ("early June", None, "early June"),
])
def test_date_ranges_read_like_a_briefing(start, end, expected):
    assert format_date_range(start, end) == expected


def test_partial_dates_format_and_sort_earliest_first_with_undated_last():
    values = ["2023-09", None, "1993-01-14", "2019", "2019-03-02", "sometime", "2019-03"]
    ordered = sorted(values, key=partial_date_key)
    assert ordered == ["1993-01-14", "2019", "2019-03", "2019-03-02", "2023-09", None, "sometime"]
    assert [format_partial_date(v) for v in ("2019", "2019-03", "2019-03-02")] == [
        "2019", "March 2019", "2 March 2019",
    ]


def test_subject_uses_the_guest_head_of_delegation_title_and_host():
    assert subject_line(burkina_visit()) == (
        "Visit of the Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of "
        "Burkina Faso to Kazakhstan, 3–5 June 2025"
    )


def test_subject_falls_back_to_the_guest_country():
    assert subject_line(empty_visit()) == "Visit of the delegation of Vietnam to Latvia, 12 November 2024"


def test_subject_does_not_repeat_a_country_already_in_the_title():
    visit = burkina_visit()
    visit["participants"][1]["title"] = "Minister of Foreign Affairs of Burkina Faso"
    assert subject_line(visit).startswith("Visit of the Minister of Foreign Affairs of Burkina Faso to Kazakhstan")


def test_a_meeting_abroad_has_its_own_subject():
    assert subject_line(new_york_meeting()) == (
        "Meeting with the Minister of Foreign Affairs of Burkina Faso, New York, 21 September 2023"
    )


def test_reference_is_derived_from_date_and_country_codes():
    assert derived_reference(burkina_visit()) == "BRF-2025-06-03-BF-KZ"
    undated = empty_visit() | {"start_date": None, "uuid": "9f1c2a9e-0000-4000-8000-000000000000"}
    assert derived_reference(undated) == "BRF-9F1C2A9E-VN-LV"


def test_suggested_file_name_is_date_guest_host():
    assert suggested_file_name(burkina_visit()) == "2025-06-03 Burkina Faso – Kazakhstan briefing.pdf"
    odd = empty_visit() | {"guest_country": None, "host_country": None, "start_date": None,
                           "title": 'Talks: "A/B" <draft>?'}
    assert suggested_file_name(odd) == "Talks A B draft briefing.pdf"


def test_only_http_addresses_become_links_and_other_schemes_are_dropped():
    assert printable_source("https://example.org/a") == ("https://example.org/a", "https://example.org/a")
    assert printable_source("Press release of the Ministry, 4 June") == ("Press release of the Ministry, 4 June", None)
    assert printable_source("javascript:alert(1)") is None
    assert printable_source("file:///etc/passwd") is None
    assert printable_source("  ") is None


def test_meetings_abroad_are_placed_in_their_city():
    assert place(new_york_meeting()) == "New York"
    assert place(burkina_visit()) == "Astana, Kazakhstan"


def test_escaping_keeps_markup_characters_as_text():
    assert esc('R&D <Ministry> "x" & <b>') == 'R&amp;D &lt;Ministry&gt; "x" &amp; &lt;b&gt;'
    assert esc(None) == ""
