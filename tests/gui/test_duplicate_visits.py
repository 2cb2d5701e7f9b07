"""Saving a visit that repeats a stored one asks first: open the stored one, merge into it, or save anyway;
a participant spelt another way is offered as the person already stored."""

import pytest
from PySide6.QtCore import Qt

from briefing import domain
from briefing.gui import worker
from briefing.gui.dialogs.duplicate_visit_dialog import DuplicateVisitDialog
from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog
from briefing.gui.dialogs.visit_dialog import AddVisitDialog
from briefing.gui.widgets.person_combo import PersonCombo

from .helpers import save_form, type_text
from .test_press_release_dialog import RELEASE, count, read


@pytest.fixture
def answer(monkeypatch):
    """The duplicate question answered with the button named in `answer.button`; what it listed is kept."""
    class Answer:
        def __init__(self):
            self.button = "merge_button"
            self.asked: list[list[str]] = []

    answered = Answer()

    def click(dialog: DuplicateVisitDialog) -> int:
        answered.asked.append([dialog.matches.item(i).text() for i in range(dialog.matches.count())])
        if answered.button == "cancel":
            dialog.reject()
        else:
            getattr(dialog, answered.button).click()
        return dialog.result()

    monkeypatch.setattr(DuplicateVisitDialog, "exec", click)
    return answered


def _read_and_save(qtbot, store) -> PressReleaseDialog:
    dialog = PressReleaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog, RELEASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    worker.wait_for_all()
    return dialog


def test_the_first_reading_is_saved_without_a_question(qtbot, store, answer):
    first = _read_and_save(qtbot, store)
    assert first.result() == first.DialogCode.Accepted and answer.asked == []
    assert count(store, "visits") == 2


@pytest.mark.parametrize(("button", "visits"), [
    ("open_button", 2), ("merge_button", 2), ("save_button", 3), ("cancel", 2)])
def test_the_same_release_read_twice_asks_before_it_duplicates(qtbot, store, answer, button, visits):
    first = _read_and_save(qtbot, store)
    before, people = store.visit_document(first.visit_id), count(store, "people")
    answer.button = button
    second = _read_and_save(qtbot, store)
    assert answer.asked == [["Kazakhstan and Ghana sign memorandum on political consultations · Ghana – Kazakhstan"
                             " · 3–5 June 2025"]]
    assert (count(store, "visits"), count(store, "people")) == (visits, people)
    if button == "cancel":
        assert second.isVisible() and second.result() == 0 and second.visit_id is None
        return
    assert second.result() == second.DialogCode.Accepted
    if button == "save_button":
        assert second.visit_id != first.visit_id and second.outcome == "save anyway"
        return
    assert (second.visit_id, second.outcome) == (first.visit_id, button.removesuffix("_button"))
    assert store.visit_document(first.visit_id) == before  # the second reading brought nothing new
    assert store.undo_label() == ("Merge a press release into a visit" if button == "merge_button"
                                  else "New visit from press release")


def test_merging_a_fuller_second_reading_adds_what_it_brings(qtbot, store, answer):
    first = _read_and_save(qtbot, store)
    dialog = PressReleaseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog, RELEASE.replace("mining and education", "mining, tourism and education"))
    dialog.form.city.setText("")
    dialog.save()
    assert dialog.outcome == "merge" and dialog.visit_id == first.visit_id
    merged = store.visit_document(first.visit_id)
    assert merged["city"] == "Astana"
    assert [a["topic"] for a in merged["cooperation_areas"]] == ["trade", "mining", "education",
                                                                "political consultations", "tourism"]
    assert count(store, "visits") == 2


def test_a_new_visit_typed_in_the_form_offers_the_stored_one(qtbot, window, store, forms, answer, demo_id):
    answer.button = "open_button"

    def fill(dialog: AddVisitDialog) -> None:
        type_text(qtbot, dialog.title, "Burkina Faso in Astana")
        type_text(qtbot, dialog.guest_country, "Burkina Faso")
        type_text(qtbot, dialog.host_country, "Kazakhstan")
        type_text(qtbot, dialog.start_date, "2025-06-04")
        save_form(dialog)

    forms.append(fill)
    window.new_visit()
    assert len(answer.asked) == 1 and answer.asked[0][0].startswith("Working visit of Burkina Faso")
    assert store.visits.count() == 1
    assert window.list_pane.selected_visit_id == demo_id
    assert window.statusBar().currentMessage().startswith("Nothing was saved; this is the visit already stored")


def test_merging_from_the_form_fills_only_what_the_stored_visit_leaves_empty(qtbot, window, store, forms,
                                                                             answer, demo_id):
    store.db.conn.execute("UPDATE visits SET city = '' WHERE id = ?", [demo_id])

    def fill(dialog: AddVisitDialog) -> None:
        type_text(qtbot, dialog.title, "Another title")
        type_text(qtbot, dialog.guest_country, "Kazakhstan")
        type_text(qtbot, dialog.host_country, "Burkina Faso")
        type_text(qtbot, dialog.city, "Almaty")
        type_text(qtbot, dialog.start_date, "2025-06-05")
        save_form(dialog)

    forms.append(fill)
    window.new_visit()
    visit = store.visits.get(demo_id)
    assert (visit.city, visit.title.startswith("Working visit")) == ("Almaty", True)
    assert store.visits.count() == 1
    assert store.undo() == "Edit visit"
    assert store.visits.get(demo_id).city == ""


def test_a_participant_spelt_another_way_is_offered_as_the_stored_person(qtbot, store):
    mensah = store.people.save(domain.Person(name="MENSAH Kwame", country="GH"))
    people = count(store, "people")
    dialog = _read_and_save(qtbot, store)
    assert [row["match"] for row in dialog.participants.rows] == ["Existing person (Kazakhstan)",
                                                                  "Existing person (Ghana)"]
    assert count(store, "people") == people
    assert store.people.visit_ids(mensah.id) == [dialog.visit_id]


def test_the_person_picker_takes_a_name_in_another_script_as_the_stored_person(qtbot, store):
    lavrov = store.people.save(domain.Person(name="Sergey Lavrov", country="RU"))
    combo = PersonCombo(store)
    qtbot.addWidget(combo)
    type_text(qtbot, combo, "Лавров Сергей")
    assert combo.person_id == lavrov.id
    assert combo.completer().model().stringList()[0] == "Sergey Lavrov"
