"""The filters beside the search box narrow the list in SQL, together with the search text."""

from PySide6.QtCore import Qt

from briefing import domain
from briefing.store import VisitQuery

from .helpers import add_visit, shown_ids, type_text


def _desk(store):
    """The demo visit (Burkina Faso → Kazakhstan, June 2025, completed, open follow-ups) and three more."""
    planned = add_visit(store, "Consultations in Hanoi", host="VN", guest="FR", start_date="2024-03-10",
                        visit_type="official", status="planned")
    store.follow_ups.save(domain.FollowUp(visit_id=planned.id, action="Send the draft", status="done"))
    add_visit(store, "Consultations in Athens", host="GR", guest="KZ", start_date="2023-11-02",
              visit_type="official", status="completed")
    add_visit(store, "Trade talks in Paris", host="FR", guest="GR", start_date="2025-01-20",
              visit_type="working", status="completed")


def test_each_filter_narrows_the_list_and_combines_with_the_search(qtbot, window, store):
    _desk(store)
    pane = window.list_pane
    pane.refresh()
    bar = pane.filter_bar
    qtbot.mouseClick(pane.filter_button, Qt.MouseButton.LeftButton)
    assert bar.isVisible()

    type_text(qtbot, bar.country, "Kazakhstan")
    qtbot.waitUntil(lambda: pane.model.query.country == "KZ")
    titles = [store.visits.get(i).title for i in shown_ids(pane.model)]
    assert titles == [store.visits.get(store.visits.ids()[0]).title, "Consultations in Athens"]
    assert pane.filter_button.text() == "Filters (1)"
    assert window.count_label.text() == "2 of 4 visits"

    bar.status.set_value("completed")
    bar.visit_type.set_value("official")
    assert [store.visits.get(i).title for i in shown_ids(pane.model)] == ["Consultations in Athens"]

    bar.clear()
    bar.open_follow_ups.setChecked(True)
    assert shown_ids(pane.model) == store.visits.ids(VisitQuery(open_follow_ups=True))
    assert len(shown_ids(pane.model)) == 1  # the demo visit; Hanoi's only follow-up is done

    bar.open_follow_ups.setChecked(False)
    type_text(qtbot, bar.date_from.line_edit, "2024-01-01")
    type_text(qtbot, bar.date_to.line_edit, "2024-12-31")
    assert [store.visits.get(i).title for i in shown_ids(pane.model)] == ["Consultations in Hanoi"]

    bar.date_from.set_value(None)
    bar.date_to.set_value(None)
    bar.visit_type.set_value("official")
    pane.search_box.setText("athens")
    qtbot.waitUntil(lambda: pane.model.query.text == "athens")
    assert [store.visits.get(i).title for i in shown_ids(pane.model)] == ["Consultations in Athens"]
    assert pane.model.query == VisitQuery(text="athens", visit_type="official")


def test_a_filter_that_matches_nothing_says_so(qtbot, window):
    pane = window.list_pane
    pane.filter_button.click()
    pane.filter_bar.status.set_value("planned")
    assert pane.model.rowCount() == 0
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.label.text() == "No visits match these filters."


def test_a_date_that_is_not_a_date_is_pointed_out_and_filters_nothing(qtbot, window):
    pane = window.list_pane
    pane.filter_button.click()
    type_text(qtbot, pane.filter_bar.date_from.line_edit, "2024-13-01")
    assert pane.filter_bar.problem.isVisible()
    assert pane.filter_bar.problem.text() == ("‘2024-13-01’ is not a date: type it as YYYY-MM-DD "
                                              "or pick it from the calendar.")
    assert pane.model.query.date_from is None
    assert pane.model.rowCount() == 1
