"""Pages of the visit list agree with the full ordered list, whichever plan the store picks."""

import pytest

from briefing.store import SORT_KEYS, Store, VisitQuery
from briefing.store import visits as visits_module


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """240 visits with ties, missing dates and cities, written in one transaction."""
    countries = ["France", "Germany", "Kazakhstan", "Burkina Faso", "Vietnam", "Greece", "Latvia"]
    store = Store.open(tmp_path_factory.mktemp("pages") / "pages.sqlite", demo=False)
    store.save_export({"visits": [{
        "title": f"{'Mining' if i % 3 == 0 else 'Trade'} talks {i:03d}", "host_country": countries[i % 7],
        "guest_country": countries[(i + 1) % 7], "city": ["Astana", "Ouagadougou", "", "Hà Nội"][i % 4],
        "start_date": None if i % 10 == 0 else f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 9}",
        "status": [None, "planned", "completed"][i % 3]} for i in range(240)]})
    yield store
    store.close()


@pytest.mark.parametrize("few_matches", [0, 10_000])
@pytest.mark.parametrize("text", ["", "mining", "talks", "astana", "nothing-matches"])
@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_are_slices_of_the_full_order(many, monkeypatch, few_matches, text, sort, descending):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", few_matches)
    query = VisitQuery(text=text, sort=sort, descending=descending)
    full = many.visits.ids(query)
    assert many.visits.count(query) == len(full)
    for offset in (0, 37, 200):
        assert [row.id for row in many.visits.page(query, offset, 50)] == full[offset:offset + 50]


def test_country_filter_counts_host_and_guest(many):
    query = VisitQuery(country="KZ")
    rows = many.visits.page(query, 0, 500)
    assert len(rows) == many.visits.count(query) > 0
    assert all("Kazakhstan" in (row.host_country, row.guest_country) for row in rows)
