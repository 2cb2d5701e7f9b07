"""The forms of the records a visit holds: each typed in, checked as you type, saved to the store."""

from PySide6.QtCore import Qt

from briefing import domain
from briefing.gui.dialogs.agreement_dialog import AddAgreementDialog, EditAgreementDialog
from briefing.gui.dialogs.area_dialog import AddAreaDialog, EditAreaDialog
from briefing.gui.dialogs.follow_up_dialog import AddFollowUpDialog
from briefing.gui.dialogs.history_dialog import AddHistoryDialog, EditHistoryDialog
from briefing.gui.dialogs.participant_dialog import AddParticipantDialog, EditParticipantDialog
from briefing.gui.dialogs.quote_dialog import AddQuoteDialog
from briefing.gui.dialogs.talking_point_dialog import AddTalkingPointDialog, EditTalkingPointDialog
from briefing.store import VisitQuery

from .helpers import add_visit, save_form, type_text


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_participant_is_an_existing_person_picked_by_typing(qtbot, store):
    visit = add_visit(store, "Talks in Astana", host="KZ", guest="BF")
    dialog = _open(qtbot, AddParticipantDialog(store, visit.id))
    type_text(qtbot, dialog.person, "Karamoko Traoré")
    dialog.side.set_value("guest")
    dialog.role.set_value("head of delegation")
    type_text(qtbot, dialog.title, "Minister of Foreign Affairs")
    save_form(dialog)
    [participant] = store.participants.for_visit(visit.id)
    assert (participant.person_name, participant.side, participant.role, participant.title) == (
        "Karamoko Traoré", "guest", "head of delegation", "Minister of Foreign Affairs")
    assert len(store.people.list()) == 2  # nobody new


def test_the_person_picker_suggests_matches_from_the_store(qtbot, store):
    visit = add_visit(store, "Talks")
    dialog = _open(qtbot, AddParticipantDialog(store, visit.id))
    type_text(qtbot, dialog.person, "nurt")
    suggestions = dialog.person.completer().model().stringList()
    assert suggestions == ["Murat Nurtleu — Ministry of Foreign Affairs of Kazakhstan"]
    dialog.person.setEditText(suggestions[0])
    assert dialog.person.person_id == store.people.find("Murat Nurtleu", "KZ").id


def test_the_person_picker_ignores_case_and_accents(qtbot, store):
    visit = add_visit(store, "Talks")
    dialog = _open(qtbot, AddParticipantDialog(store, visit.id))
    type_text(qtbot, dialog.person, "traore")
    assert dialog.person.completer().model().stringList() == [
        "Karamoko Traoré — Ministry of Foreign Affairs, Regional Cooperation and Burkinabe Abroad"]
    dialog.person.setEditText("karamoko traore")
    assert dialog.person.person_id == store.people.find("Karamoko Traoré", "BF").id


def test_a_person_nobody_knows_is_refused(qtbot, store, demo_id):
    dialog = _open(qtbot, AddParticipantDialog(store, demo_id))
    type_text(qtbot, dialog.person, "Nobody Atall")
    assert not dialog.save_button.isEnabled()
    assert dialog.error_text("person_id") == ("No one called 'Nobody Atall' is known; choose from the list "
                                              "or add a new person.")


def test_the_same_person_twice_is_refused_with_the_stores_message(qtbot, store, demo_id):
    dialog = _open(qtbot, AddParticipantDialog(store, demo_id))
    type_text(qtbot, dialog.person, "Murat Nurtleu")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error_text("person_id") == "This person already takes part in this visit."
    assert not dialog.save_button.isEnabled()
    assert len(store.participants.for_visit(demo_id)) == 2


def test_a_new_person_is_created_with_the_participant_in_one_undoable_step(qtbot, store):
    visit = add_visit(store, "Talks in Almaty", host="KZ", guest="FR")
    dialog = _open(qtbot, AddParticipantDialog(store, visit.id))
    dialog.new_choice.setChecked(True)
    dialog.side.set_value("host")
    assert dialog.country.code == "KZ"  # a new person belongs to their side's country unless told otherwise
    type_text(qtbot, dialog.name, "Айгерім Сәрсенова")
    type_text(qtbot, dialog.organization, "Ministry of Foreign Affairs")
    save_form(dialog)
    [participant] = store.participants.for_visit(visit.id)
    person = store.people.get(participant.person_id)
    assert (person.name, person.country, participant.side) == ("Айгерім Сәрсенова", "KZ", "host")
    assert store.visits.ids(VisitQuery(text="сәрсенова")) == [visit.id]
    assert store.undo() == "Add participant"
    assert store.participants.for_visit(visit.id) == []
    assert store.people.find("Айгерім Сәрсенова", "KZ") is None


def test_a_new_person_needs_a_name(qtbot, store, demo_id):
    dialog = _open(qtbot, AddParticipantDialog(store, demo_id))
    dialog.new_choice.setChecked(True)
    type_text(qtbot, dialog.name, "x")
    dialog.name.clear()
    assert dialog.error_text("name") == "Name is required."
    assert not dialog.save_button.isEnabled()


def test_editing_a_participant_changes_the_role(qtbot, store, demo_id):
    murat = store.participants.for_visit(demo_id)[0]
    dialog = _open(qtbot, EditParticipantDialog(store, murat.id))
    assert dialog.person.person_id == murat.person_id
    dialog.role.set_value("member")
    save_form(dialog)
    assert store.participants.get(murat.id).role == "member"


def test_a_cooperation_area_is_saved_with_its_category(qtbot, store, demo_id):
    dialog = _open(qtbot, AddAreaDialog(store, demo_id))
    type_text(qtbot, dialog.topic, "Civil aviation")
    dialog.category.set_value("trade and economic")
    type_text(qtbot, dialog.notes, "Direct flights from 2026.")
    save_form(dialog)
    area = store.areas.for_visit(demo_id)[-1]
    assert (area.topic, area.category, area.notes) == ("Civil aviation", "trade and economic",
                                                       "Direct flights from 2026.")


def test_an_area_needs_a_topic_and_edit_keeps_the_others(qtbot, store, demo_id):
    first = store.areas.for_visit(demo_id)[0]
    dialog = _open(qtbot, EditAreaDialog(store, first.id))
    dialog.topic.selectAll()
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Backspace)
    assert dialog.error_text("topic") == "Topic is required."
    type_text(qtbot, dialog.topic, "Political consultations")
    save_form(dialog)
    assert store.areas.get(first.id).topic == "Political consultations"
    assert store.areas.get(first.id).notes == first.notes
    assert len(store.areas.for_visit(demo_id)) == 7


def test_an_agreement_records_the_signatories_ticked(qtbot, store, demo_id):
    participants = store.participants.for_visit(demo_id)
    dialog = _open(qtbot, AddAgreementDialog(store, demo_id))
    type_text(qtbot, dialog.title, "Agreement on visa exemption for diplomatic passports")
    dialog.kind.set_value("agreement")
    dialog.status.set_value("signed")
    type_text(qtbot, dialog.signed_on, "2025-06-04")
    assert dialog.signatories.count() == 2
    for row in range(2):
        dialog.signatories.item(row).setCheckState(Qt.CheckState.Checked)
    save_form(dialog)
    agreement = store.agreements.for_visit(demo_id)[-1]
    assert agreement.title == "Agreement on visa exemption for diplomatic passports"
    assert (agreement.kind, agreement.status, agreement.signed_on) == ("agreement", "signed", "2025-06-04")
    assert agreement.signatory_ids == [p.id for p in participants]


def test_editing_an_agreement_shows_and_changes_its_signatories(qtbot, store, demo_id):
    murat = store.participants.for_visit(demo_id)[0]
    agreement = store.agreements.save(domain.Agreement(visit_id=demo_id, title="Protocol",
                                                       signatory_ids=[murat.id]))
    dialog = _open(qtbot, EditAgreementDialog(store, agreement.id))
    assert dialog.signatory_ids == [murat.id]
    dialog.signatories.item(0).setCheckState(Qt.CheckState.Unchecked)
    save_form(dialog)
    assert store.agreements.get(agreement.id).signatory_ids == []


def test_an_agreement_without_participants_says_where_to_add_them(qtbot, store):
    visit = add_visit(store, "Talks")
    dialog = _open(qtbot, AddAgreementDialog(store, visit.id))
    assert not dialog.signatories.isEnabled()
    hints = [label.text() for label in dialog.findChildren(type(dialog.general_error))]
    assert "The visit has no participants yet: add them on the Participants tab first." in hints


def test_a_history_entry_takes_a_year_or_a_month(qtbot, store, demo_id):
    dialog = _open(qtbot, AddHistoryDialog(store, demo_id))
    type_text(qtbot, dialog.date, "2019-13")
    type_text(qtbot, dialog.text, "Diplomatic relations established.")
    assert dialog.error_text("date") == "'2019-13' is not a real date."
    assert not dialog.save_button.isEnabled()
    dialog.date.line_edit.clear()
    type_text(qtbot, dialog.date, "1992-04")
    save_form(dialog)
    entry = store.history.for_visit(demo_id)[-1]
    assert (entry.date, entry.text) == ("1992-04", "Diplomatic relations established.")


def test_editing_a_history_entry_keeps_its_place(qtbot, store, demo_id):
    first, second = store.history.for_visit(demo_id)
    dialog = _open(qtbot, EditHistoryDialog(store, first.id))
    type_text(qtbot, dialog.date, "2023")
    save_form(dialog)
    assert [e.id for e in store.history.for_visit(demo_id)] == [first.id, second.id]
    assert store.history.get(first.id).date == "2023"


def test_a_quote_suggests_the_participants_as_speakers(qtbot, store, demo_id):
    dialog = _open(qtbot, AddQuoteDialog(store, demo_id))
    assert sorted(dialog.speaker.completer().model().stringList()) == ["Karamoko Traoré", "Murat Nurtleu"]
    type_text(qtbot, dialog.speaker, "Karamoko Traoré")
    type_text(qtbot, dialog.text, "We came to build a lasting partnership.")
    save_form(dialog)
    quote = store.quotes.for_visit(demo_id)[-1]
    assert (quote.speaker, quote.text) == ("Karamoko Traoré", "We came to build a lasting partnership.")


def test_a_quote_needs_its_words(qtbot, store, demo_id):
    dialog = _open(qtbot, AddQuoteDialog(store, demo_id))
    type_text(qtbot, dialog.speaker, "Someone")
    type_text(qtbot, dialog.text, " ")
    assert dialog.error_text("text") == "Text is required."
    assert not dialog.save_button.isEnabled()


def test_a_talking_point_is_added_and_edited(qtbot, store, demo_id):
    dialog = _open(qtbot, AddTalkingPointDialog(store, demo_id))
    type_text(qtbot, dialog.text, "Welcome the first visit at this level.")
    save_form(dialog)
    point = store.talking_points.for_visit(demo_id)[-1]
    assert point.text == "Welcome the first visit at this level."
    edit = _open(qtbot, EditTalkingPointDialog(store, point.id))
    edit.text.clear()
    type_text(qtbot, edit.text, "Welcome the first ever visit at this level.")
    save_form(edit)
    assert store.talking_points.get(point.id).text == "Welcome the first ever visit at this level."


def test_a_follow_up_has_an_owner_a_due_date_and_a_status(qtbot, store, demo_id):
    dialog = _open(qtbot, AddFollowUpDialog(store, demo_id))
    type_text(qtbot, dialog.action, "Send the draft roadmap")
    type_text(qtbot, dialog.owner, "Africa Department")
    type_text(qtbot, dialog.due, "2025-09-31")
    assert dialog.error_text("due") == "'2025-09-31' is not a real date."
    dialog.due.line_edit.clear()
    type_text(qtbot, dialog.due, "2025-09-30")
    dialog.status.set_value("in progress")
    save_form(dialog)
    follow_up = store.follow_ups.for_visit(demo_id)[-1]
    assert (follow_up.action, follow_up.owner, follow_up.due, follow_up.status) == (
        "Send the draft roadmap", "Africa Department", "2025-09-30", "in progress")
