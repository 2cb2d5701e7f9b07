"""The visit and person forms: typing, validation as you type, Save writing to the store."""

from PySide6.QtCore import QDate, Qt

from briefing.gui.dialogs.person_dialog import AddPersonDialog, EditPersonDialog
from briefing.gui.dialogs.visit_dialog import AddVisitDialog, EditVisitDialog
from briefing.store import VisitQuery

from .helpers import save_form, type_text


def _new_visit_dialog(qtbot, store):
    dialog = AddVisitDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_visit_typed_in_is_saved_with_every_field(qtbot, store):
    dialog = _new_visit_dialog(qtbot, store)
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.title, "Official visit of the Foreign Minister of Viet Nam to Greece")
    type_text(qtbot, dialog.guest_country, "Viet Nam")
    type_text(qtbot, dialog.host_country, "greece")
    type_text(qtbot, dialog.city, "Athens")
    type_text(qtbot, dialog.start_date, "2024-03-04")
    type_text(qtbot, dialog.end_date, "2024-03-06")
    dialog.visit_type.set_value("official")
    dialog.level.set_value("foreign minister")
    type_text(qtbot, dialog.summary, "Talks on shipping and tourism.")
    type_text(qtbot, dialog.source, "https://example.org/press")
    assert dialog.errors == {}
    save_form(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = store.visits.get(dialog.saved.id)
    assert (stored.title, stored.guest_country, stored.host_country, stored.city) == (
        "Official visit of the Foreign Minister of Viet Nam to Greece", "VN", "GR", "Athens")
    assert (stored.start_date, stored.end_date, stored.visit_type, stored.level, stored.status) == (
        "2024-03-04", "2024-03-06", "official", "foreign minister", "planned")
    assert stored.summary == "Talks on shipping and tourism."
    assert store.visits.ids(VisitQuery(text="shipping")) == [stored.id]


def test_dates_may_stay_empty(qtbot, empty_store):
    dialog = _new_visit_dialog(qtbot, empty_store)
    type_text(qtbot, dialog.title, "Talks")
    type_text(qtbot, dialog.guest_country, "Kenya")
    type_text(qtbot, dialog.host_country, "Japan")
    save_form(dialog)
    stored = empty_store.visits.get(dialog.saved.id)
    assert (stored.start_date, stored.end_date) == (None, None)


def test_an_end_date_before_the_start_disables_save_and_says_why(qtbot, store, demo_id):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isEnabled()
    dialog.end_date.line_edit.clear()
    type_text(qtbot, dialog.end_date, "2025-06-01")
    assert not dialog.save_button.isEnabled()
    assert dialog.error_text("end_date") == "The end date is before the start date."
    dialog.end_date.line_edit.clear()
    type_text(qtbot, dialog.end_date, "2025-06-04")
    assert dialog.save_button.isEnabled()
    assert dialog.error_text("end_date") == ""


def test_a_date_that_is_not_a_date_is_refused(qtbot, store, demo_id):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.start_date.line_edit.clear()
    type_text(qtbot, dialog.start_date, "3 June")
    assert not dialog.save_button.isEnabled()
    assert "is not a date in the form YYYY-MM-DD" in dialog.error_text("start_date")


def test_an_emptied_title_is_required(qtbot, store, demo_id):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.title.selectAll()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
    assert not dialog.save_button.isEnabled()
    assert dialog.error_text("title") == "Title is required."
    assert store.visits.get(demo_id).title.startswith("Working visit")


def test_messages_wait_until_the_user_touches_a_field(qtbot, store):
    dialog = _new_visit_dialog(qtbot, store)
    assert not dialog.save_button.isEnabled()
    assert dialog.error_text("title") == ""
    type_text(qtbot, dialog.title, "x")
    dialog.title.clear()
    assert dialog.error_text("title") == "Title is required."


def test_country_text_must_name_a_known_country(qtbot, store, demo_id):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.guest_country.setEditText("")
    type_text(qtbot, dialog.guest_country, "Narnia")
    assert not dialog.save_button.isEnabled()
    assert dialog.error_text("guest_country") == "'Narnia' is not a country; choose one from the list."
    dialog.guest_country.setEditText("")
    type_text(qtbot, dialog.guest_country, "Kazakhstan")
    assert dialog.error_text("guest_country") == "Host and guest must be different countries."
    dialog.guest_country.setCurrentIndex(dialog.guest_country.findText("Senegal"))
    assert dialog.save_button.isEnabled()
    save_form(dialog)
    assert store.visits.get(demo_id).guest_country == "SN"


def test_the_calendar_fills_the_date_field(qtbot, store):
    dialog = _new_visit_dialog(qtbot, store)
    dialog.start_date.calendar.clicked.emit(QDate(2026, 2, 9))
    assert dialog.start_date.value == "2026-02-09"


def test_editing_a_visit_shows_its_values_and_saves_the_change(qtbot, store, demo_id):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit visit"
    assert dialog.guest_country.currentText() == "Burkina Faso"
    assert dialog.start_date.value == "2025-06-03"
    assert dialog.level.currentText() == "Foreign minister"
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Almaty")
    save_form(dialog)
    stored = store.visits.get(demo_id)
    assert stored.city == "Almaty"
    assert stored.uuid == "3b7f5c2e-8d41-4c0a-9e6b-2a5d1f0c7e91"
    assert store.undo_label() == "Edit visit"


def test_cancel_writes_nothing(qtbot, store, demo_id, answers):
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.city.setText("Almaty")
    dialog.reject()
    assert dialog.saved is None
    assert store.visits.get(demo_id).city == "Astana"
    assert store.undo_label() is None


def test_a_new_person_is_saved(qtbot, empty_store):
    dialog = AddPersonDialog(empty_store)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Айгерім Сәрсенова")
    type_text(qtbot, dialog.organization, "Ministry of Foreign Affairs")
    type_text(qtbot, dialog.country, "Kazakhstan")
    type_text(qtbot, dialog.biography, "Career diplomat.")
    save_form(dialog)
    [person] = empty_store.people.list()
    assert (person.name, person.organization, person.country, person.biography) == (
        "Айгерім Сәрсенова", "Ministry of Foreign Affairs", "KZ", "Career diplomat.")


def test_a_person_needs_a_name_and_a_known_country_if_any(qtbot, empty_store):
    dialog = AddPersonDialog(empty_store)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.country, "Atlantis")
    assert dialog.error_text("country") == "'Atlantis' is not a country; choose one from the list."
    type_text(qtbot, dialog.name, "A")
    dialog.name.clear()
    assert dialog.error_text("name") == "Name is required."
    assert not dialog.save_button.isEnabled()


def test_editing_a_person_says_how_many_visits_it_reaches(qtbot, store):
    person = store.people.find("Murat Nurtleu", "KZ")
    dialog = EditPersonDialog(store, person.id)
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(type(dialog.general_error))]
    assert "Takes part in 1 visit; a change shows in all of them." in notes
    dialog.organization.setText("Government of Kazakhstan")
    save_form(dialog)
    assert store.people.get(person.id).organization == "Government of Kazakhstan"
