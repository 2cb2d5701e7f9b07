"""The list's filters (dates, country, type, status, open follow-ups) select exactly what a plain reading of
the same visits selects, alone, together and with the search text, in every page and position."""

import itertools

import pytest

from briefing.store import Store, VisitQuery
from briefing.store import visits as visits_module

COUNTRIES = [("France", "FR"), ("Kazakhstan", "KZ"), ("Burkina Faso", "BF"), ("Vietnam", "VN")]
TYPES = ["state", "official", "working", None]
STATUSES = ["planned", "under way", "completed", None]
FOLLOW_UP_STATUSES = [[], ["done"], ["open"], ["cancelled", "in progress"]]


def _visit(i: int) -> dict:
    start = None if i % 11 == 0 else f"20{15 + i % 9:02d}-{1 + i % 12:02d}-{1 + i % 27:02d}"
    end = None if start is None or i % 3 else start[:8] + f"{int(start[8:]) + 2:02d}"
    return {"title": f"{'Mining' if i % 4 == 0 else 'Trade'} talks {i:03d}",
            "host_country": COUNTRIES[i % 4][0], "guest_country": COUNTRIES[(i % 4 + 1 + (i // 4) % 3) % 4][0],
            "start_date": start, "end_date": end, "visit_type": TYPES[i % 4 if i % 5 else 3],
            "status": STATUSES[(i // 2) % 4],
            "follow_ups": [{"action": f"Action {n}", "status": status}
                           for n, status in enumerate(FOLLOW_UP_STATUSES[(i // 3) % 4])]}


VISITS = [_visit(i) for i in range(180)]


@pytest.fixture(scope="module")
def filtered(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("filters") / "filters.sqlite", demo=False)
    ids = store.save_export({"visits": VISITS})
    yield store, dict(zip(ids, VISITS, strict=True))
    store.close()


def _brute_force(visits: dict[int, dict], query: VisitQuery) -> set[int]:
    """The ids a person reading every visit would pick."""
    code_of = dict(COUNTRIES)
    picked = set()
    for visit_id, visit in visits.items():
        if query.text and query.text.lower() not in visit["title"].lower():
            continue
        if query.country and query.country not in (code_of[visit["host_country"]], code_of[visit["guest_country"]]):
            continue
        last_day = visit["end_date"] or visit["start_date"]
        if query.date_from and (last_day is None or last_day < query.date_from):
            continue
        if query.date_to and (visit["start_date"] is None or visit["start_date"] > query.date_to):
            continue
        if query.visit_type and visit["visit_type"] != query.visit_type:
            continue
        if query.status and visit["status"] != query.status:
            continue
        if query.open_follow_ups and not any(f["status"] in ("open", "in progress") for f in visit["follow_ups"]):
            continue
        picked.add(visit_id)
    return picked


FILTERS = {"country": "KZ", "date_from": "2018-03-01", "date_to": "2021-06-30", "visit_type": "official",
           "status": "completed", "open_follow_ups": True, "text": "mining"}


def _combinations():
    names = list(FILTERS)
    for on in itertools.product([False, True], repeat=len(names)):
        yield VisitQuery(**{name: FILTERS[name] for name, chosen in zip(names, on, strict=True) if chosen})


@pytest.mark.parametrize("query", list(_combinations()), ids=str)
def test_each_combination_of_filters_selects_what_reading_every_visit_selects(filtered, query):
    store, visits = filtered
    expected = _brute_force(visits, query)
    assert set(store.visits.ids(query)) == expected
    assert store.visits.count(query) == len(expected)


def test_the_filters_are_not_all_empty_on_this_data(filtered):
    _store, visits = filtered
    for name, value in FILTERS.items():
        query = VisitQuery(**{name: value})
        assert 0 < len(_brute_force(visits, query)) < len(visits), name
    assert len(_brute_force(visits, VisitQuery(**{k: v for k, v in FILTERS.items() if k != "text"}))) > 0


def test_a_date_range_keeps_a_visit_that_started_before_it_and_ends_in_it(filtered):
    store, visits = filtered
    visit_id, visit = next((i, v) for i, v in visits.items() if v["end_date"] and v["end_date"] != v["start_date"])
    assert visit_id in store.visits.ids(VisitQuery(date_from=visit["end_date"], date_to=visit["end_date"]))
    assert visit_id not in store.visits.ids(VisitQuery(date_from=visit["end_date"][:8] + "28"))


@pytest.mark.parametrize("few_matches", [0, 10_000])
@pytest.mark.parametrize("sort", ["start_date", "title", "host_country", "status"])
@pytest.mark.parametrize("query", [VisitQuery(status="completed", open_follow_ups=True),
                                   VisitQuery(text="talks", date_from="2019-01-01", visit_type="state"),
                                   VisitQuery(country="BF", date_to="2020-12-31")], ids=str)
def test_filtered_pages_and_positions_follow_the_list_order(filtered, monkeypatch, few_matches, sort, query):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", few_matches)
    store, visits = filtered
    for descending in (False, True):
        sorted_query = VisitQuery(**{**query.__dict__, "sort": sort, "descending": descending})
        expected = _brute_force(visits, sorted_query)
        order = [i for i in store.visits.ids(VisitQuery(sort=sort, descending=descending)) if i in expected]
        assert store.visits.ids(sorted_query) == order
        for offset in (0, 3, 20):
            assert [row.id for row in store.visits.page(sorted_query, offset, 10)] == order[offset:offset + 10]
        for visit_id in list(visits)[::9]:
            assert store.visits.position(sorted_query, visit_id) == (order.index(visit_id) if visit_id in order
                                                                     else None)
