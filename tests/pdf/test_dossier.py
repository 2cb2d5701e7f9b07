"""The country dossier: cover, contents with true page numbers, timeline, one part per visit."""

import pytest

from briefing.note_content import newest_first
from briefing.pdf import RenderCancelled, render_dossier
from tests.pdf.pdfutil import all_text, flat, outline, page_texts
from tests.pdf.samples import burkina_visit, consultations_2019, empty_visit, new_york_meeting, options

VISIT_TITLES = [
    "First visit of the Foreign Minister of Burkina Faso to Kazakhstan",
    "Meeting of foreign ministers on the margins of the UN General Assembly",
    "Political consultations at director level",
]


def visits() -> list[dict]:
    """Three visits, deliberately not in date order."""
    return [new_york_meeting(), consultations_2019(), burkina_visit()]


def test_outline_has_one_entry_per_visit_newest_first():
    entries = outline(render_dossier("Burkina Faso", visits(), options()))
    visit_entries = [(title, page) for title, page in entries if " · " in title]
    assert [title.split(" · ", 1)[1] for title, _ in visit_entries] == VISIT_TITLES
    assert visit_entries[0][0].startswith("3–5 June 2025")
    pages = [page for _, page in visit_entries]
    assert pages == sorted(pages) and len(set(pages)) == 3


def test_each_visit_starts_a_new_page_where_its_outline_entry_points():
    data = render_dossier("Burkina Faso", visits(), options())
    texts = page_texts(data)
    for title, page in outline(data):
        if " · " in title:
            when, name = title.split(" · ", 1)
            top = flat(texts[page])[:250]
            assert top.startswith(when) and name in top


def test_contents_print_the_pages_the_outline_points_to():
    data = render_dossier("Burkina Faso", visits(), options())
    contents = flat(page_texts(data)[1])
    assert contents.startswith("Contents")
    for title, page in outline(data):
        if " · " in title:
            assert f"{title.split(' · ', 1)[1]} {page + 1}" in contents


def test_cover_names_the_country_and_counts_the_visits():
    cover = flat(page_texts(render_dossier("Burkina Faso", visits(), options()))[0])
    assert "COUNTRY DOSSIER Burkina Faso" in cover
    assert "Visits 3 visits, 2019–2025" in cover
    assert "Date 28 May 2025" in cover
    assert "Page 1 of" in cover


def test_timeline_lists_visits_and_agreements_by_date():
    text = flat(page_texts(render_dossier("Burkina Faso", visits(), options()))[1])
    timeline = text[text.index("Bilateral timeline Date"):]
    events = [
        "Political consultations at director level", "Meeting of foreign ministers",
        "Joint statement on cooperation", "First visit of the Foreign Minister",
        "Memorandum of Understanding on Political Consultations",
    ]
    positions = [timeline.index(event) for event in events]
    assert positions == sorted(positions)


def test_progress_is_reported_and_ends_complete():
    calls: list[tuple[int, int]] = []
    render_dossier("Burkina Faso", visits(), options(), progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancelling_raises_render_cancelled():
    asked = 0

    def cancel_on_second_question() -> bool:
        nonlocal asked
        asked += 1
        return asked >= 2

    with pytest.raises(RenderCancelled):
        render_dossier("Burkina Faso", visits(), options(), is_cancelled=cancel_on_second_question)
    assert asked == 2


def test_cancelling_during_layout_stops_before_the_end():
    calls: list[int] = []

    def cancel_after_first_visit() -> bool:
        return len(calls) >= 1

    with pytest.raises(RenderCancelled):
        render_dossier("Burkina Faso", visits(), options(), progress=lambda done, total: calls.append(done),
                       is_cancelled=cancel_after_first_visit)
    assert calls == [1]


def test_dossier_is_byte_identical_for_the_same_input():
    assert render_dossier("Burkina Faso", visits(), options()) == render_dossier("Burkina Faso", visits(), options())


def test_dossier_without_visits_is_a_cover_page():
    data = render_dossier("Latvia", [], options())
    assert len(page_texts(data)) == 1
    assert "No visits recorded" in all_text(data)


def test_undated_visits_go_last():
    undated = empty_visit() | {"start_date": None, "title": "Undated contact"}
    ordered = newest_first([undated, consultations_2019(), burkina_visit()])
    assert [visit["title"] for visit in ordered] == [VISIT_TITLES[0], VISIT_TITLES[2], "Undated contact"]
