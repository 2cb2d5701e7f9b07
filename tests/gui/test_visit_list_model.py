"""The visit list model: ids from SQL, rows fetched in chunks, sort and search done by the store."""

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from briefing.gui.models import visit_list_model
from briefing.gui.models.visit_list_model import COLUMNS, DATES, GUEST, STATUS, TITLE, VISIT_ID_ROLE, VisitListModel
from briefing.store import VisitQuery

from .helpers import add_visit

COUNTRIES = ["VN", "GR", "FR", "KE", "BR", "JP", "CA", "SN"]


@pytest.fixture
def many(store):
    """The demo visit plus 300 more with varied titles, countries, cities and dates."""
    for i in range(300):
        add_visit(store, f"Consultations round {i:03d} {'alpha' if i % 3 else 'beta'}",
                  host=COUNTRIES[i % 8], guest=COUNTRIES[(i + 3) % 8], city=f"City {i % 17}",
                  start_date=f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 27:02d}" if i % 5 else None,
                  status=("planned", "completed", None)[i % 3])
    return store


def test_model_passes_the_qt_model_tester_on_the_demo_database(qtmodeltester, store):
    model = VisitListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, TITLE).data().startswith("Working visit of Burkina Faso")
    assert model.index(0, DATES).data() == "3–5 Jun 2025"
    assert model.index(0, GUEST).data() == "Burkina Faso"
    assert model.index(0, STATUS).data() == "Completed"


def test_model_passes_the_qt_model_tester_with_hundreds_of_visits(qtmodeltester, many):
    model = VisitListModel(many)
    qtmodeltester.check(model)
    assert model.rowCount() == 301
    assert [model.index(row, 0).data(VISIT_ID_ROLE) for row in range(301)] == many.visits.ids()


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_a_column_gives_the_stores_order(many, column, order):
    model = VisitListModel(many)
    model.sort(column, order)
    expected = many.visits.ids(VisitQuery(sort=COLUMNS[column].sort_key,
                                          descending=order == Qt.SortOrder.DescendingOrder))
    assert model.ids == expected
    shown = [model.index(row, 0).data(VISIT_ID_ROLE) for row in range(model.rowCount())]
    assert shown == expected
    assert model.sort_column() == (column, order)


def test_sorting_keeps_persistent_indexes_on_their_visit(many):
    model = VisitListModel(many)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    tracked = QPersistentModelIndex(model.index(5, TITLE))
    visit_id = model.visit_id(5)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.visit_id(tracked.row()) == visit_id
    assert tracked.row() == 295


def test_rows_are_fetched_in_chunks_never_all_at_once(many, monkeypatch):
    requested: list[int] = []
    real_rows = many.visits.rows

    def counting_rows(ids):
        requested.append(len(ids))
        return real_rows(ids)

    monkeypatch.setattr(many.visits, "rows", counting_rows)
    model = VisitListModel(many)
    assert requested == []  # refreshing reads ids only
    assert model.index(250, TITLE).data()
    assert model.index(251, TITLE).data()
    assert requested and max(requested) <= visit_list_model.CHUNK
    assert len(requested) == 1  # the neighbour came with the first chunk


def test_rows_evicted_from_the_cache_are_read_again(many, monkeypatch):
    monkeypatch.setattr(visit_list_model, "CACHE_LIMIT", 150)
    fetched: list[int] = []
    real_rows = many.visits.rows
    monkeypatch.setattr(many.visits, "rows", lambda ids: (fetched.extend(ids), real_rows(ids))[1])
    model = VisitListModel(many)
    first = model.visit_id(0)
    for row in range(model.rowCount()):
        model.index(row, TITLE).data()
    fetched.clear()
    assert model.index(0, TITLE).data() == many.visits.rows([first])[first].title
    assert first in fetched


def test_search_text_is_matched_in_sql_accents_and_case_ignored(many):
    model = VisitListModel(many)
    model.set_search_text("traore")
    assert model.rowCount() == 1
    assert model.index(0, TITLE).data().startswith("Working visit of Burkina Faso")
    model.set_search_text("beta")
    assert model.ids == many.visits.ids(VisitQuery(text="beta"))
    assert model.rowCount() == 100
    assert model.total == 301
    model.set_search_text("")
    assert model.rowCount() == 301


def test_a_row_gone_from_the_store_shows_nothing_rather_than_failing(store):
    model = VisitListModel(store)
    visit_id = model.visit_id(0)
    store.visits.delete(visit_id)
    assert model.index(0, TITLE).data() is None
    model.refresh()
    assert model.rowCount() == 0
