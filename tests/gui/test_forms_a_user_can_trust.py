"""Forms a desk officer can trust: no edit lost without asking, typing lands in a field, nothing jumps."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from briefing.gui import worker
from briefing.gui.dialogs.area_dialog import AddAreaDialog
from briefing.gui.dialogs.follow_up_dialog import AddFollowUpDialog
from briefing.gui.dialogs.history_dialog import AddHistoryDialog
from briefing.gui.dialogs.person_dialog import EditPersonDialog
from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog
from briefing.gui.dialogs.quote_dialog import AddQuoteDialog
from briefing.gui.dialogs.talking_point_dialog import AddTalkingPointDialog
from briefing.gui.dialogs.visit_dialog import AddVisitDialog, EditVisitDialog

from .helpers import type_text
from .test_press_release_dialog import read


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# 1. Esc and Cancel ask before throwing work away, and only when there is work to lose.

@pytest.mark.parametrize("make", [lambda store, _id: AddVisitDialog(store),
                                  lambda store, visit_id: EditVisitDialog(store, visit_id)],
                         ids=["new visit", "edit visit"])
def test_escape_in_a_changed_visit_form_asks_and_keeping_it_keeps_the_text(qtbot, store, demo_id, answers, make):
    dialog = _shown(qtbot, make(store, demo_id))
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Almaty")
    answers.confirm_with = False
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert [question.split("|")[0] for question in answers.confirmations] == ["Discard changes?"]
    assert dialog.isVisible() and dialog.city.text() == "Almaty"
    answers.confirm_with = True
    qtbot.keyClick(dialog.city, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None


def test_escape_in_an_unchanged_form_closes_without_a_question(qtbot, store, demo_id, answers):
    dialog = _shown(qtbot, EditVisitDialog(store, demo_id))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert answers.confirmations == [] and not dialog.isVisible()


@pytest.fixture
def review(qtbot, store):
    dialog = _shown(qtbot, PressReleaseDialog(store))
    read(qtbot, dialog)
    yield dialog
    worker.wait_for_all()


def test_cancel_in_a_corrected_review_asks_first(qtbot, review, answers):
    cancel = review.buttons.button(review.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # nothing corrected yet: no question
    assert answers.confirmations == [] and not review.isVisible()


def test_escape_after_a_correction_in_the_review_asks_first(qtbot, review, answers):
    review.form.city.clear()
    type_text(qtbot, review.form.city, "Nur-Sultan")
    answers.confirm_with = False
    qtbot.keyClick(review.form.city, Qt.Key.Key_Escape)
    assert [question.split("|")[0] for question in answers.confirmations] == ["Discard changes?"]
    assert review.isVisible() and review.form.city.text() == "Nur-Sultan"


# 2. A form opens with the focus in its first field, so typing at once goes there.

FIRST_FIELDS = {
    "talking point": (lambda store, visit_id: AddTalkingPointDialog(store, visit_id), "text"),
    "follow-up": (lambda store, visit_id: AddFollowUpDialog(store, visit_id), "action"),
    "area": (lambda store, visit_id: AddAreaDialog(store, visit_id), "topic"),
    "history entry": (lambda store, visit_id: AddHistoryDialog(store, visit_id), "date"),
    "quote": (lambda store, visit_id: AddQuoteDialog(store, visit_id), "speaker"),
    "new visit": (lambda store, _id: AddVisitDialog(store), "title"),
    "edit person": (lambda store, _id: EditPersonDialog(store, store.people.list()[0].id), "name"),
}


@pytest.mark.parametrize("name", FIRST_FIELDS)
def test_a_form_opens_with_the_focus_in_its_first_field(qtbot, store, demo_id, name):
    make, field = FIRST_FIELDS[name]
    dialog = _shown(qtbot, make(store, demo_id))
    widget = getattr(dialog, field)
    focused = dialog.focusWidget()
    assert not isinstance(focused, QAbstractButton)
    assert focused is (widget.focusProxy() or widget) or widget.isAncestorOf(focused)


def test_enter_in_a_valid_form_saves_it(qtbot, store, demo_id):
    dialog = _shown(qtbot, AddAreaDialog(store, demo_id))
    qtbot.keyClicks(dialog.topic, "Shipping")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert dialog.saved is not None and store.areas.for_visit(demo_id)[-1].topic == "Shipping"


# 3. A message appearing under a field moves no field, so the next click lands where the user aimed.

def _field_tops(dialog, names):
    return [getattr(dialog, name).mapTo(dialog, getattr(dialog, name).rect().topLeft()).y() for name in names]


def test_a_message_appearing_moves_no_field_of_the_visit_form(qtbot, store):
    dialog = _shown(qtbot, AddVisitDialog(store))
    below = ["city", "start_date", "visit_type", "level", "status", "summary"]
    before = _field_tops(dialog, below)
    type_text(qtbot, dialog.guest_country, "Atlantis")
    type_text(qtbot, dialog.start_date, "2025-06-05")
    type_text(qtbot, dialog.end_date, "2025-06-01")
    qtbot.waitUntil(lambda: dialog.error_text("end_date") != "")
    assert dialog.error_text("guest_country") != ""
    assert _field_tops(dialog, below) == before


def test_a_message_appearing_moves_no_field_of_the_review(qtbot, review):
    form = review.form
    below = ["guest_country", "city", "start_date", "visit_type", "status"]
    before = _field_tops(form, below)
    form.title.clear()
    qtbot.waitUntil(lambda: form.errors["title"].text() != "")
    assert _field_tops(form, below) == before


# 4. Tab leaves a table, Ctrl+Tab switches tabs, arrows move inside, Enter in the review table saves nothing.

def test_tab_leaves_the_visit_list_without_changing_the_open_visit(qtbot, window):
    view = window.list_pane.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    shown = window.list_pane.selected_visit_id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus() and window.list_pane.selected_visit_id == shown
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not view.hasFocus() and window.list_pane.selected_visit_id == shown


def test_the_review_table_keeps_arrows_inside_lets_tab_out_and_enter_saves_nothing(qtbot, review, store):
    visits = len(store.visits.ids())
    table = review.tables["participants"]
    review.tabs.setCurrentWidget(table)
    table.view.setFocus()
    table.view.setCurrentIndex(review.participants.index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert table.view.currentIndex().row() == 1
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert review.isVisible() and len(store.visits.ids()) == visits
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert review.tabs.currentWidget() is not table
    review.tabs.setCurrentWidget(table)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Tab)
    assert not table.view.hasFocus() and table.view.currentIndex().row() == 1
