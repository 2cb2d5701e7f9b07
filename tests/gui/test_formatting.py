"""Dates and counts as the window writes them."""

import pytest

from briefing.gui.formatting import count_phrase, date_range, first_line, format_date, join_phrases


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2025-06-03", "2025-06-05", "3–5 June 2025"),
    ("2025-06-30", "2025-07-02", "30 June – 2 July 2025"),
    ("2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025"),
    ("2025-06-03", "2025-06-03", "3 June 2025"),
    ("2025-06-03", None, "3 June 2025"),
    (None, "2025-06-05", "until 5 June 2025"),
    (None, None, ""),
    ("2025-06-05", "2025-06-03", "5 June 2025 – 3 June 2025"),
])
def test_date_ranges(start, end, expected):
    assert date_range(start, end) == expected


def test_short_months_and_text_that_is_not_a_date():
    assert date_range("2025-06-03", "2025-06-05", short=True) == "3–5 Jun 2025"
    assert format_date("1992") == "1992"


def test_counts_and_lists():
    assert count_phrase(1, "visit") == "1 visit"
    assert count_phrase(1204, "history entry") == "1,204 history entries"
    assert join_phrases(["a", "b", "c"]) == "a, b and c"
    assert join_phrases(["a"]) == "a"
    assert first_line("one\ntwo") == "one"
    assert first_line("x" * 200, limit=10) == "xxxxxxxxx…"
