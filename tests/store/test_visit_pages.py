"""Pages and positions of the visit list agree with the full ordered list, whichever plan the store picks."""

import pytest

from briefing.store import SORT_KEYS, Store, VisitQuery
from briefing.store import visits as visits_module
from briefing.store.connection import connect
from briefing.store.migrations import LATEST_VERSION, MIGRATIONS
from briefing.store.search import search_key_sql

TEXTS = ["", "mining", "talks", "astana", "m", "nothing-matches"]


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """240 visits with ties, missing dates and cities, written in one transaction; a few older rows
    without a host or guest country (the forms require both, older files may lack them)."""
    countries = ["France", "Germany", "Kazakhstan", "Burkina Faso", "Vietnam", "Greece", "Latvia"]
    store = Store.open(tmp_path_factory.mktemp("pages") / "pages.sqlite", demo=False)
    ids = store.save_export({"visits": [{
        "title": f"{'Mining' if i % 3 == 0 else 'Trade'} talks {i:03d}", "host_country": countries[i % 7],
        "guest_country": countries[(i + 1) % 7], "city": ["Astana", "Ouagadougou", "", "Hà Nội"][i % 4],
        "start_date": None if i % 10 == 0 else f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 9}",
        "status": [None, "planned", "completed"][i % 3]} for i in range(240)]})
    store.db.conn.execute(f"UPDATE visits SET host_country = NULL WHERE id IN ({ids[5]}, {ids[77]}, {ids[150]})")
    store.db.conn.execute(f"UPDATE visits SET guest_country = NULL WHERE id IN ({ids[9]}, {ids[200]})")
    yield store
    store.close()


def _queries():
    for sort in sorted(SORT_KEYS):
        for descending in (False, True):
            for text in TEXTS:
                yield VisitQuery(text=text, sort=sort, descending=descending)


@pytest.mark.parametrize("few_matches", [0, 10_000])
@pytest.mark.parametrize("query", list(_queries()), ids=str)
def test_pages_are_slices_of_the_full_order(many, monkeypatch, few_matches, query):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", few_matches)
    full = many.visits.ids(query)
    assert many.visits.count(query) == len(full)
    for offset in (0, 2, 37, 200, 236):
        assert [row.id for row in many.visits.page(query, offset, 50)] == full[offset:offset + 50]
        assert [row.id for row in many.visits.page(query, offset, 50, matches=len(full))] == full[offset:offset + 50]


@pytest.mark.parametrize("few_matches", [0, 10_000])
@pytest.mark.parametrize("query", list(_queries()), ids=str)
def test_positions_agree_with_the_full_order(many, monkeypatch, few_matches, query):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", few_matches)
    full = many.visits.ids(query)
    for visit_id in many.visits.ids()[::7]:
        expected = full.index(visit_id) if visit_id in full else None
        assert many.visits.position(query, visit_id) == expected
    assert many.visits.position(query, 10_000) is None


def test_counting_can_stop_early(many):
    query = VisitQuery(text="talks")
    assert many.visits.count(query) == 240
    assert many.visits.count(query, at_most=10) == 10
    assert many.visits.count(VisitQuery(text="mining"), at_most=1000) == 80


def test_country_filter_counts_host_and_guest(many):
    query = VisitQuery(country="KZ")
    rows = many.visits.page(query, 0, 500)
    assert len(rows) == many.visits.count(query) > 0
    assert all("Kazakhstan" in (row.host_country, row.guest_country) for row in rows)
    assert [row.id for row in rows] == many.visits.ids(query)


def _plans(store, query):
    """The query plans of every SELECT a page, a position and a count run."""
    statements = []
    last, matches = store.visits.ids(query)[-1], store.visits.count(query)
    store.db.conn.set_trace_callback(statements.append)
    try:
        store.visits.page(query, 0, 50)
        store.visits.page(query, 120, 50, matches=matches)
        store.visits.position(query, last)
    finally:
        store.db.conn.set_trace_callback(None)
    return {sql: [row[3] for row in store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            for sql in statements if sql.lstrip().startswith("SELECT")}


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_the_list_is_read_in_index_order_never_sorted(many, sort, descending):
    plans = _plans(many, VisitQuery(sort=sort, descending=descending))
    assert plans
    for sql, plan in plans.items():
        assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)
        assert not any(step.startswith("SCAN v") and "INDEX" not in step for step in plan), (sql, plan)


@pytest.mark.parametrize("descending", [False, True])
def test_a_search_in_date_order_is_read_from_the_search_index_in_order(many, descending):
    plans = _plans(many, VisitQuery(text="talks", descending=descending))
    search_plans = [plan for sql, plan in plans.items() if "visit_search" in sql]
    assert search_plans
    for plan in search_plans:
        assert not any("TEMP B-TREE" in step for step in plan), plan


def test_a_search_with_many_matches_walks_the_sort_index(many, monkeypatch):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", 10)
    for sort in ("title", "city", "end_date", "status", "host_country", "guest_country"):
        for plan in _plans(many, VisitQuery(text="talks", sort=sort)).values():
            assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), (sort, plan)


def _search_rows_match_visits(store):
    conn = store.db.conn
    keys = dict(conn.execute("SELECT visit_id, key FROM visit_search_keys"))
    expected = dict(conn.execute(f"SELECT v.id, {search_key_sql('v')} FROM visits v"))
    assert keys == expected
    assert sorted(row[0] for row in conn.execute("SELECT rowid FROM visit_search")) == sorted(expected.values())


def test_search_rows_follow_edits_deletes_and_undo(tmp_path):
    store = Store.open(tmp_path / "edits.sqlite")
    store.enable_undo()
    demo_id = store.visits.ids()[0]
    store.save_export({"visits": [{"title": f"Mining talks {i}", "host_country": "France",
                                   "guest_country": "Kazakhstan", "start_date": f"2020-01-{10 + i}"}
                                  for i in range(5)]})
    visit = store.visits.get(demo_id)
    visit.start_date, visit.end_date = "1999-12-31", None
    store.visits.save(visit)
    _search_rows_match_visits(store)
    query = VisitQuery(text="traore", descending=True)
    assert [row.id for row in store.visits.page(query, 0, 10)] == [demo_id]
    assert [row.id for row in store.visits.page(VisitQuery(), 0, 10)][-1] == demo_id
    store.visits.delete(demo_id)
    _search_rows_match_visits(store)
    assert store.visits.page(query, 0, 10) == []
    store.undo()
    store.undo()
    _search_rows_match_visits(store)
    assert store.visits.get(demo_id).start_date == "2025-06-03"
    assert [row.id for row in store.visits.page(query, 0, 10)] == [demo_id]
    assert store.visits.position(VisitQuery(text="talks"), demo_id) == 0
    store.close()


def test_a_second_version_file_gets_search_rows_in_list_order(tmp_path):
    path = tmp_path / "v2.sqlite"
    db = connect(path)
    for migration in MIGRATIONS[:2]:
        migration(db)
    db.conn.execute("PRAGMA user_version = 2")
    for visit_id, start in ((1, "2001-05-06"), (2, None), (3, "2024-01-02")):
        db.conn.execute("INSERT INTO visits(id, uuid, created_at, updated_at, title, host_country, guest_country, "
                        "start_date) VALUES (?, ?, 't', 't', ?, 'FR', 'KZ', ?)",
                        [visit_id, f"u{visit_id}", f"Mining talks {visit_id}", start])
        db.conn.execute("INSERT INTO visit_search(rowid, title) VALUES (?, ?)", [visit_id, f"Mining talks {visit_id}"])
    db.close()
    store = Store.open(path)
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    _search_rows_match_visits(store)
    for query in (VisitQuery(text="mining"), VisitQuery(text="min", descending=False)):
        assert [row.id for row in store.visits.page(query, 0, 10)] == store.visits.ids(query)
    assert store.visits.ids(VisitQuery(text="mining")) == [3, 1, 2]
    store.close()
