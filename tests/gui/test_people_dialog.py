"""The people manager: list with visit counts, add, edit, delete, refusal while a visit uses someone."""

from briefing import domain
from briefing.gui.dialogs.merge_people_dialog import MergePeopleDialog
from briefing.gui.dialogs.people_dialog import PeopleDialog
from briefing.gui.dialogs.person_in_use_dialog import PersonInUseDialog

from .helpers import save_form, type_text


def _dialog(qtbot, store) -> PeopleDialog:
    dialog = PeopleDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _names(dialog):
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def test_people_are_listed_with_their_visits(qtmodeltester, qtbot, store):
    dialog = _dialog(qtbot, store)
    qtmodeltester.check(dialog.model)
    assert _names(dialog) == ["Karamoko Traoré", "Murat Nurtleu"]
    assert [dialog.model.index(r, 3).data() for r in range(2)] == ["1", "1"]
    assert dialog.model.index(0, 2).data() == "Burkina Faso"


def test_finding_people_by_name_whatever_the_case_and_accents(qtbot, store):
    store.people.save(domain.Person(name="Айгерім Сәрсенова"))
    dialog = _dialog(qtbot, store)
    type_text(qtbot, dialog.search, "TRAORE")
    assert _names(dialog) == ["Karamoko Traoré"]
    dialog.search.clear()
    type_text(qtbot, dialog.search, "айгерім")
    assert _names(dialog) == ["Айгерім Сәрсенова"]
    dialog.search.clear()
    type_text(qtbot, dialog.search, "murat")
    assert _names(dialog) == ["Murat Nurtleu"]
    type_text(qtbot, dialog.search, "xyz")
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.label.text() == "No people match ‘muratxyz’."


def test_adding_and_editing_a_person(qtbot, store, forms):
    dialog = _dialog(qtbot, store)

    def add(form):
        type_text(qtbot, form.name, "Awa Diop")
        type_text(qtbot, form.country, "Senegal")
        save_form(form)

    forms.append(add)
    dialog.add_button.click()
    assert _names(dialog) == ["Awa Diop", "Karamoko Traoré", "Murat Nurtleu"]
    assert dialog.selected_id() == store.people.find("Awa Diop", "SN").id

    def edit(form):
        type_text(qtbot, form.organization, "Ministry of Foreign Affairs of Senegal")
        save_form(form)

    forms.append(edit)
    dialog.edit_button.click()
    assert store.people.find("Awa Diop", "SN").organization == "Ministry of Foreign Affairs of Senegal"
    assert dialog.changed_anything


def test_an_unused_person_is_deleted_after_confirmation(qtbot, store, answers):
    unused = store.people.save(domain.Person(name="Awa Diop"))
    dialog = _dialog(qtbot, store)
    dialog.view.selectRow(0)
    assert dialog.selected_id() == unused.id
    answers.confirm_with = False
    dialog.delete_button.click()
    assert store.people.find("Awa Diop", None) is not None
    answers.confirm_with = True
    dialog.delete_button.click()
    assert store.people.find("Awa Diop", None) is None
    assert _names(dialog) == ["Karamoko Traoré", "Murat Nurtleu"]


def test_a_person_taking_part_in_a_visit_cannot_be_deleted_and_the_visit_is_named(qtbot, store, answers,
                                                                                 monkeypatch):
    shown = []

    def close(dialog: PersonInUseDialog) -> int:
        shown.append((dialog.windowTitle(), [dialog.visits.item(i).text() for i in range(dialog.visits.count())]))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PersonInUseDialog, "exec", close)
    dialog = _dialog(qtbot, store)
    dialog.view.selectRow(1)
    dialog.delete_button.click()
    assert answers.confirmations == []
    assert shown == [("Cannot delete person", ["Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to "
                                               "Kazakhstan · Burkina Faso – Kazakhstan · 3–5 June 2025"])]
    assert store.people.find("Murat Nurtleu", "KZ") is not None
    assert not dialog.changed_anything and dialog.isVisible()


def test_the_visit_that_holds_a_person_opens_from_the_refusal(qtbot, window, store, monkeypatch, demo_id):
    def open_visit(dialog: PersonInUseDialog) -> int:
        dialog.open_button.click()
        return dialog.result()

    def delete_murat(manager: PeopleDialog) -> int:
        manager.view.selectRow(_names(manager).index("Murat Nurtleu"))
        manager.delete_button.click()
        return manager.result()

    monkeypatch.setattr(PersonInUseDialog, "exec", open_visit)
    monkeypatch.setattr(PeopleDialog, "exec", delete_murat)
    window.list_pane.filter_bar.status.set_value("planned")
    assert window.list_pane.model.rowCount() == 0
    window.show_people()
    assert window.list_pane.selected_visit_id == demo_id
    assert window.detail.visit_id == demo_id


def test_two_records_of_one_person_are_merged_and_one_undo_separates_them(qtbot, store, monkeypatch):
    [traore] = store.people.list("Traoré")
    copy = store.people.save(domain.Person(name="Traore Karamoko", organization="Government of Burkina Faso",
                                           biography="Born in Bobo-Dioulasso."))
    dialog = _dialog(qtbot, store)
    assert not dialog.merge_button.isEnabled()
    dialog.view.selectRow(0)
    assert not dialog.merge_button.isEnabled()
    dialog.view.selectAll()
    assert not dialog.merge_button.isEnabled()  # three people: which two?
    dialog.search.setText("traore")
    dialog.view.selectAll()
    assert dialog.selected_ids() == [traore.id, copy.id] and dialog.merge_button.isEnabled()

    def keep_the_first(merge: MergePeopleDialog) -> int:
        assert [choice.text() for choice in merge.choices] == [
            "Karamoko Traoré (Ministry of Foreign Affairs, Regional Cooperati…, Burkina Faso, 1 visit)",
            "Traore Karamoko (Government of Burkina Faso, 0 visits)"]
        assert merge.choices[0].toolTip() == "Ministry of Foreign Affairs, Regional Cooperation and Burkinabe Abroad"
        merge.merge_button.click()
        return merge.result()

    monkeypatch.setattr(MergePeopleDialog, "exec", keep_the_first)
    dialog.merge_button.click()
    assert _names(dialog) == ["Karamoko Traoré"] and dialog.changed_anything
    assert store.people.get(traore.id).biography.endswith("Born in Bobo-Dioulasso.")
    assert store.undo() == "Merge people"
    assert store.people.get(copy.id).name == "Traore Karamoko"


def test_renaming_someone_in_the_people_manager_shows_in_the_open_visit(qtbot, window, store, monkeypatch, forms):
    murat = store.people.find("Murat Nurtleu", "KZ")

    def rename(manager):
        manager.view.selectRow(_names(manager).index("Murat Nurtleu"))
        forms.append(lambda form: (form.name.setText("Murat Nurtleu Jr"), save_form(form)))
        manager.edit_button.click()

    monkeypatch.setattr(PeopleDialog, "exec", rename)
    window.window_actions.people.trigger()
    assert store.people.get(murat.id).name == "Murat Nurtleu Jr"
    assert window.detail.participants.model.index(0, 0).data() == "Murat Nurtleu Jr"
    assert window.window_actions.undo.text() == "&Undo Edit person"
