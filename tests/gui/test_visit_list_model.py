"""The visit list model: a count and pages read from SQL as the view shows them; sort and search done by the store."""

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from briefing.gui.models import visit_list_model
from briefing.gui.models.visit_list_model import COLUMNS, DATES, GUEST, STATUS, TITLE, VisitListModel
from briefing.store import VisitQuery

from .helpers import add_visit, shown_ids

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


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of 10 rows, so 301 visits make 31 pages."""
    monkeypatch.setattr(visit_list_model, "PAGE_SIZE", 10)


def test_model_passes_the_qt_model_tester_on_the_demo_database(qtmodeltester, store):
    model = VisitListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, TITLE).data().startswith("Working visit of Burkina Faso")
    assert model.index(0, DATES).data() == "3–5 Jun 2025"
    assert model.index(0, GUEST).data() == "Burkina Faso"
    assert model.index(0, STATUS).data() == "Completed"


def test_model_passes_the_qt_model_tester_while_searching_sorting_and_counting(qtmodeltester, qtbot, many,
                                                                               small_pages):
    model = VisitListModel(many)
    qtmodeltester.check(model)
    assert model.rowCount() == 301
    assert shown_ids(model) == many.visits.ids()
    model.set_search_text("alpha")
    assert (model.rowCount(), model.counted) == (10, False)  # the first page, the count on its way
    qtbot.waitUntil(lambda: model.counted)
    assert model.rowCount() == 200
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    model.set_search_text("round 01")
    model.refresh()
    assert shown_ids(model) == many.visits.ids(model.query)


@pytest.mark.parametrize("text", ["", "beta", "round", "traore", "nothing-matches"])
@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_and_searching_give_the_stores_order(many, small_pages, text, column, order):
    model = VisitListModel(many)
    model.set_search_text(text)
    model.sort(column, order)
    expected = many.visits.ids(VisitQuery(text=text, sort=COLUMNS[column].sort_key,
                                          descending=order == Qt.SortOrder.DescendingOrder))
    assert shown_ids(model) == expected
    assert model.sort_column() == (column, order)
    for visit_id in expected[::9]:
        fresh = VisitListModel(many)
        fresh.set_search_text(text)
        fresh.sort(column, order)
        assert fresh.row_of(visit_id) == expected.index(visit_id)
    assert model.row_of(-1) is None


def test_sorting_keeps_persistent_indexes_on_their_visit(many):
    model = VisitListModel(many)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    tracked = QPersistentModelIndex(model.index(5, TITLE))
    visit_id = model.visit_id(5)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.visit_id(tracked.row()) == visit_id
    assert tracked.row() == 295


def test_the_model_reads_only_the_pages_it_shows(many, small_pages, monkeypatch):
    pages: list[tuple[int, int]] = []
    real_page = many.visits.page

    def spy(query, offset, limit, matches=None):
        pages.append((offset, limit))
        return real_page(query, offset, limit, matches)

    def never(*_args, **_kwargs):
        raise AssertionError("the model must not read every id")

    monkeypatch.setattr(many.visits, "page", spy)
    monkeypatch.setattr(many.visits, "ids", never)
    monkeypatch.setattr(many.visits, "list", never)
    model = VisitListModel(many)
    assert pages == [(0, 10)]  # the first page, at once
    assert [model.index(row, TITLE).data() for row in range(10)]
    assert pages == [(0, 10)]
    assert model.index(250, TITLE).data()
    assert model.index(259, TITLE).data()
    assert pages == [(0, 10), (250, 10)]
    model.set_search_text("beta")
    model.finish_counting()
    model.sort(DATES, Qt.SortOrder.AscendingOrder)
    assert model.index(95, TITLE).data()
    assert pages[2:] == [(0, 10), (90, 10)]


def test_looking_for_a_visit_after_a_search_counts_only_when_it_lies_beyond_the_first_page(many, small_pages):
    model = VisitListModel(many)
    model.set_search_text("alpha")
    beta = many.visits.ids(VisitQuery(text="beta"))[0]
    alpha = many.visits.ids(VisitQuery(text="alpha"))
    assert model.row_of(beta) is None
    assert model.row_of(alpha[3]) == 3
    assert not model.counted
    assert model.row_of(alpha[150]) == 150
    assert model.counted and model.rowCount() == 200


def test_sorting_by_the_order_shown_reads_nothing(many, monkeypatch):
    model = VisitListModel(many)
    layouts: list[bool] = []
    model.layoutChanged.connect(lambda: layouts.append(True))
    monkeypatch.setattr(many.visits, "page", lambda *_args: pytest.fail("a page was read again"))
    model.sort(*model.sort_column())  # what the header does when the window restores its state
    assert layouts == []
    assert model.index(0, TITLE).data()


def test_pages_evicted_from_the_cache_are_read_again(many, small_pages, monkeypatch):
    monkeypatch.setattr(visit_list_model, "CACHED_PAGES", 3)
    model = VisitListModel(many)
    first = model.visit_id(0)
    for row in range(model.rowCount()):
        model.index(row, TITLE).data()
    fetched: list[int] = []
    real_page = many.visits.page
    monkeypatch.setattr(many.visits, "page", lambda *args: (fetched.append(args[1]), real_page(*args))[1])
    assert model.index(0, TITLE).data() == many.visits.rows([first])[first].title
    assert fetched == [0]
    assert model.index(1, TITLE).data()
    assert fetched == [0]


def test_search_text_is_matched_in_sql_accents_and_case_ignored(qtbot, many):
    model = VisitListModel(many)
    model.set_search_text("traore")
    assert (model.rowCount(), model.counted) == (1, True)
    assert model.index(0, TITLE).data().startswith("Working visit of Burkina Faso")
    model.set_search_text("beta")
    qtbot.waitUntil(lambda: model.counted)
    assert shown_ids(model) == many.visits.ids(VisitQuery(text="beta"))
    assert model.rowCount() == 100
    assert model.total == 301
    model.set_search_text("")
    assert model.rowCount() == 301


def test_a_row_gone_from_the_store_shows_nothing_rather_than_failing(many, small_pages):
    model = VisitListModel(many)
    many.visits.delete(model.visit_id(0))
    assert model.index(300, TITLE).data() is None
    assert model.visit_id(300) is None
    model.refresh()
    assert model.rowCount() == 300
