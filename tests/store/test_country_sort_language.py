"""The visit list sorts its country columns by the names it shows: French or Russian names when the interface
speaks French or Russian, by either plan the store picks, and the file itself is not changed."""

import pytest

from briefing import messages
from briefing.store import Store, VisitQuery
from briefing.store import visits as visits_module
from briefing.store.schema_check import schema_differences

# English: Egypt, Finland, Germany; French: Allemagne, Égypte, Finlande; Russian: Германия, Египет, Финляндия.
HOSTS = ["Finland", "Germany", "Egypt"]
ORDER = {"en": ["Egypt", "Finland", "Germany"], "fr": ["Germany", "Egypt", "Finland"],
         "ru": ["Germany", "Egypt", "Finland"]}


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "order.sqlite", demo=False)
    store.save_export({"visits": [{"title": f"Talks {i}", "host_country": HOSTS[i % 3], "guest_country": "Kazakhstan",
                                   "start_date": "2025-06-03"} for i in range(9)]})
    yield store
    store.close()


def _hosts(store, **query):
    rows = store.visits.page(VisitQuery(sort="host_country", descending=False, **query), 0, 50)
    return list(dict.fromkeys(row.host_country for row in rows))


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
@pytest.mark.parametrize("few_matches", [0, 10_000])
def test_host_country_sorts_by_the_interface_language_name(store, monkeypatch, language, few_matches):
    monkeypatch.setattr(visits_module, "_FEW_MATCHES", few_matches)
    messages.use_language(language)
    assert _hosts(store) == ORDER[language]
    assert _hosts(store, text="talks") == ORDER[language]


def test_a_language_change_reorders_the_next_page(store):
    assert _hosts(store) == ORDER["en"]
    messages.use_language("fr")
    assert _hosts(store) == ORDER["fr"]


def test_position_agrees_with_the_localised_order(store):
    messages.use_language("fr")
    query = VisitQuery(sort="host_country", descending=False)
    ids = store.visits.ids(query)
    assert [store.visits.position(query, visit_id) for visit_id in ids] == list(range(len(ids)))
    first = store.visits.page(query, 0, 1)[0]
    assert first.host_country == "Germany"


def test_the_ranking_leaves_the_file_schema_alone(store):
    messages.use_language("ru")
    _hosts(store)
    assert schema_differences(store.db, store.db.conn.execute("PRAGMA user_version").fetchone()[0]) == []
