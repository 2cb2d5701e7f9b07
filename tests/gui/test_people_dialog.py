"""The people manager: list with visit counts, add, edit, delete, refusal while a visit uses someone."""

from briefing import domain
from briefing.gui.dialogs.people_dialog import PeopleDialog

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


def test_a_person_taking_part_in_a_visit_cannot_be_deleted(qtbot, store, answers):
    dialog = _dialog(qtbot, store)
    dialog.view.selectRow(1)
    dialog.delete_button.click()
    assert answers.confirmations == []
    assert answers.warnings == ["Cannot delete person|Murat Nurtleu takes part in 1 visit; "
                                "remove them from those visits first."]
    assert store.people.find("Murat Nurtleu", "KZ") is not None
    assert not dialog.changed_anything


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
