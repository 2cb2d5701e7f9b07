"""The record tabs: models, Add/Edit/Delete/Move buttons, empty states, and what they write."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing import domain
from briefing.gui.models.record_table_models import RECORD_ID_ROLE
from briefing.gui.record_kinds import KINDS
from briefing.gui.widgets.record_pane import RecordPane

from .helpers import add_visit, save_form, type_text


def _pane(qtbot, store, key, visit_id) -> RecordPane:
    pane = RecordPane(store, KINDS[key], None)
    qtbot.addWidget(pane)
    pane.set_visit(visit_id)
    pane.show()
    return pane


@pytest.mark.parametrize("key", list(KINDS))
def test_every_record_model_passes_the_qt_model_tester(qtmodeltester, qtbot, store, demo_id, key):
    pane = _pane(qtbot, store, key, demo_id)
    qtmodeltester.check(pane.model)
    stored = KINDS[key].repo(store).for_visit(demo_id)
    assert [pane.model.index(r, 0).data(RECORD_ID_ROLE) for r in range(pane.count)] == [r.id for r in stored]


@pytest.mark.parametrize("key", list(KINDS))
def test_every_kind_opens_its_own_add_and_edit_forms(qtbot, store, demo_id, key):
    kind = KINDS[key]
    record = kind.repo(store).for_visit(demo_id)[0]
    add = kind.add_dialog(store, demo_id)
    edit = kind.edit_dialog(store, record.id)
    qtbot.addWidget(add)
    qtbot.addWidget(edit)
    assert add.windowTitle().startswith("Add ") and kind.noun.split()[0] in add.windowTitle().lower()
    assert edit.windowTitle().startswith("Edit ") and kind.noun.split()[0] in edit.windowTitle().lower()


def test_cells_show_labels_and_names(qtbot, store, demo_id):
    participants = _pane(qtbot, store, "participants", demo_id)
    first_row = [participants.model.index(0, c).data() for c in range(4)]
    assert first_row == ["Murat Nurtleu", "Host", "Head of delegation",
                         "Deputy Prime Minister and Minister of Foreign Affairs"]
    murat, karamoko = store.participants.for_visit(demo_id)
    agreement = store.agreements.for_visit(demo_id)[0]
    agreement.signatory_ids = [murat.id, karamoko.id]
    store.agreements.save(agreement)
    agreements = _pane(qtbot, store, "agreements", demo_id)
    assert agreements.model.index(0, 1).data() == "Memorandum of understanding"
    assert agreements.model.index(0, 4).data() == "Murat Nurtleu; Karamoko Traoré"


def test_a_visit_without_records_shows_an_empty_state_with_an_add_button(qtbot, store, forms):
    visit = add_visit(store, "Talks")
    pane = _pane(qtbot, store, "talking_points", visit.id)
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.label.text() == "No talking points yet."
    assert pane.empty.button.text() == "Add talking point…"

    def fill(dialog):
        type_text(qtbot, dialog.text, "Thank the hosts.")
        save_form(dialog)

    forms.append(fill)
    pane.empty.button.click()
    assert pane.stack.currentWidget() is pane.view
    assert [p.text for p in store.talking_points.for_visit(visit.id)] == ["Thank the hosts."]


def test_add_saves_through_the_form_and_selects_the_new_row(qtbot, store, demo_id, forms):
    pane = _pane(qtbot, store, "areas", demo_id)
    messages = []
    pane.changed.connect(messages.append)

    def fill(dialog):
        type_text(qtbot, dialog.topic, "Education")
        dialog.category.set_value("cultural and humanitarian")
        save_form(dialog)

    forms.append(fill)
    pane.add_button.click()
    assert pane.count == 8
    assert pane.selected_record().topic == "Education"
    assert store.areas.for_visit(demo_id)[-1].category == "cultural and humanitarian"
    assert messages == ["Added cooperation area."]
    assert store.undo_label() == "Add cooperation area"


def test_cancelling_the_add_form_changes_nothing(qtbot, store, demo_id, forms):
    pane = _pane(qtbot, store, "areas", demo_id)
    forms.append(lambda dialog: dialog.reject())
    pane.add_button.click()
    assert pane.count == 7
    assert store.undo_label() is None


def test_edit_opens_the_selected_record_and_saves_it(qtbot, store, demo_id, forms):
    pane = _pane(qtbot, store, "follow_ups", demo_id)
    assert not pane.edit_button.isEnabled()
    pane.select_row(0)
    assert pane.edit_button.isEnabled()

    def finish(dialog):
        assert dialog.windowTitle() == "Edit follow-up action"
        dialog.status.set_value("done")
        save_form(dialog)

    forms.append(finish)
    pane.edit_button.click()
    assert store.follow_ups.for_visit(demo_id)[0].status == "done"
    assert pane.model.index(0, 3).data() == "Done"


def test_delete_asks_first_and_removes_only_when_confirmed(qtbot, store, demo_id, answers):
    pane = _pane(qtbot, store, "quotes", demo_id)
    pane.select_row(0)
    answers.confirm_with = False
    pane.delete_button.click()
    assert len(store.quotes.for_visit(demo_id)) == 1
    answers.confirm_with = True
    pane.delete_button.click()
    assert store.quotes.for_visit(demo_id) == []
    assert pane.stack.currentWidget() is pane.empty
    assert answers.confirmations[0].startswith("Delete quote|Delete the quote “The African direction")


def test_deleting_a_participant_says_the_person_stays(qtbot, store, demo_id, answers):
    pane = _pane(qtbot, store, "participants", demo_id)
    pane.select_row(1)
    pane.delete_button.click()
    assert "Delete the participant “Karamoko Traoré”?" in answers.confirmations[0]
    assert "The person stays in the People list" in answers.confirmations[0]
    assert [p.person_name for p in store.participants.for_visit(demo_id)] == ["Murat Nurtleu"]
    assert store.people.find("Karamoko Traoré", "BF") is not None


def test_move_down_and_up_reorder_in_the_store(qtbot, store, demo_id):
    pane = _pane(qtbot, store, "talking_points", demo_id)
    before = [p.id for p in store.talking_points.for_visit(demo_id)]
    pane.select_row(0)
    assert not pane.up_button.isEnabled()
    pane.down_button.click()
    after = [p.id for p in store.talking_points.for_visit(demo_id)]
    assert after == [before[1], before[0], *before[2:]]
    assert pane.selected_id() == before[0]
    pane.activateWindow()
    pane.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.view)
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in store.talking_points.for_visit(demo_id)] == before
    pane.select_row(len(before) - 1)
    assert not pane.down_button.isEnabled()


def test_participants_move_only_within_their_side_and_role(qtbot, store, demo_id):
    visit = add_visit(store, "Talks", host="KZ", guest="BF")
    for name in ("Host Head", "Host Member A", "Host Member B"):
        person = store.people.save(domain.Person(name=name))
        store.participants.save(domain.Participant(
            visit_id=visit.id, person_id=person.id, side="host",
            role="head of delegation" if name == "Host Head" else "member"))
    pane = _pane(qtbot, store, "participants", visit.id)
    pane.select_row(1)
    assert not pane.up_button.isEnabled()  # the head of delegation stays first
    assert pane.down_button.isEnabled()
    pane.down_button.click()
    names = [p.person_name for p in store.participants.for_visit(visit.id)]
    assert names == ["Host Head", "Host Member B", "Host Member A"]


def test_a_new_participant_updates_the_tab_count_and_the_agreement_form(qtbot, window, store, forms):
    visit = add_visit(store, "Talks in Dakar", host="SN", guest="FR")
    window.refresh_all(select_id=visit.id)

    def fill(dialog):
        dialog.new_choice.setChecked(True)
        type_text(qtbot, dialog.name, "Awa Diop")
        save_form(dialog)

    forms.append(fill)
    window.show_tab(1)
    window.detail.participants.add_button.click()
    assert window.detail.tabs.tabText(1) == "Participants (1)"
    assert window.statusBar().currentMessage() == "Added participant."
    assert window.window_actions.undo.text() == "&Undo Add participant"
    assert store.people.find("Awa Diop", "FR") is not None
