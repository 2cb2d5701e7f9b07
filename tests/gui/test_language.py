"""The window's language: chosen in Preferences, in force from the next window on; what the domain and the
store say, and country names, in that language."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefing import domain, messages
from briefing.gui import language
from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
from briefing.gui.dialogs.visit_dialog import EditVisitDialog
from briefing.gui.main_window import MainWindow
from briefing.gui.models.visit_list_model import GUEST, HOST, VisitListModel
from briefing.gui.record_kinds import KINDS
from briefing.gui.store_texts import problem_text, step_name
from briefing.gui.widgets.country_combo import CountryCombo
from briefing.gui.widgets.record_pane import RecordPane
from briefing.notes import note_text

from .helpers import add_visit, save_form, type_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def catalogues(tmp_path) -> Path:
    """Briefing's French and Russian catalogues compiled from the committed sources."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for code in ("fr", "ru"):
        subprocess.run([str(lrelease), "-silent", str(ROOT / "resources" / "translations" / f"briefing_{code}.ts"),
                        "-qm", str(tmp_path / f"briefing_{code}.qm")], check=True)
    yield tmp_path
    language.install("en")


@pytest.mark.parametrize(("name", "menus"), [
    ("Русский", ["&Файл", "&Правка", "&Вид", "&Справка"]),
    ("Français", ["&Fichier", "É&dition", "&Affichage", "A&ide"]),
])
def test_the_language_chosen_in_preferences_names_the_menus(qtbot, store, settings, catalogues, name, menus):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findText(name))
    assert "Briefing" in dialog.language_note.text()  # the restart it needs is announced
    dialog.accept()
    assert language.install(language.saved_language(settings), catalogues)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert [action.text() for action in window.menuBar().actions()] == menus
    assert window.window_actions.export.text() != "&Export briefing…"


@pytest.mark.parametrize(("code", "required", "undo"), [
    ("fr", "Ce champ est obligatoire.", "&Annuler : modification de la visite"),
    ("ru", "Обязательное поле.", "&Отменить: изменение визита"),
])
def test_a_form_s_problems_and_the_undo_step_are_in_the_window_s_language(qtbot, store, settings, catalogues,
                                                                          demo_id, code, required, undo):
    assert language.install(code, catalogues)
    dialog = EditVisitDialog(store, demo_id)
    qtbot.addWidget(dialog)
    dialog.title.selectAll()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
    assert dialog.error_text("title") == required
    type_text(qtbot, dialog.title, "Визит")
    save_form(dialog)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.window_actions.undo.text() == undo


@pytest.mark.parametrize("template", domain.PROBLEM_TEMPLATES)
def test_every_problem_the_domain_reports_is_translated(catalogues, template):
    assert language.install("fr", catalogues)
    args = range(1000, 1000 + len(messages.placeholders(messages.catalogue("en")[template])))
    problem = domain.Problem(template, *args)
    assert problem_text(problem) != messages.say_in("en", template, *args)


@pytest.mark.parametrize(("code", "typed", "shown"), [
    ("fr", "Allemagne", "Allemagne"), ("fr", "Germany", "Allemagne"),
    ("ru", "Германия", "Германия"), ("ru", "germany", "Германия"),
])
def test_the_country_picker_speaks_the_window_s_language_and_still_knows_english(qtbot, code, typed, shown):
    language.install(code)
    combo = CountryCombo()
    qtbot.addWidget(combo)
    type_text(qtbot, combo, typed)
    assert combo.code == "DE"
    combo.set_code("DE")
    assert combo.currentText() == shown
    language.install("en")


def test_french_country_names_are_in_french_order(qtbot):
    language.install("fr")
    combo = CountryCombo()
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(combo.count())]
    language.install("en")
    assert names.index("Égypte") < names.index("Émirats arabes unis") < names.index("Espagne") \
        < names.index("États-Unis") < names.index("Éthiopie") < names.index("Fidji")


def test_the_visit_list_names_countries_in_the_window_s_language(store):
    language.install("ru")
    model = VisitListModel(store)
    try:
        row = [model.index(0, column).data() for column in (GUEST, HOST)]
    finally:
        language.install("en")
    assert row == ["Буркина-Фасо", "Казахстан"]


def test_the_classification_is_offered_in_the_window_s_language_and_kept_as_its_code(qtbot, settings):
    language.install("ru")
    try:
        dialog = ExportOptionsDialog(settings, "Визит")
        qtbot.addWidget(dialog)
        offered = [dialog.classification.itemText(i) for i in range(dialog.classification.count())]
        shown = dialog.classification.currentText()
        dialog.classification.setEditText("ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ")
        chosen = dialog.options.classification
    finally:
        language.install("en")
    assert "СЕКРЕТНО" in offered and "SECRET" not in offered
    assert shown == "СЛУЖЕБНОЕ"
    assert chosen == "OFFICIAL-SENSITIVE"


def test_preferences_say_the_saved_language_comes_back_when_lang_chose_another_for_this_run(qtbot, settings):
    language.save_language(settings, "en")
    language.install("ru")  # briefing --lang ru
    try:
        dialog = PreferencesDialog(settings)
        qtbot.addWidget(dialog)
        chosen, note = dialog.language.currentText(), dialog.language_note.text()
    finally:
        language.install("en")
    assert chosen == "English"
    assert note == note_text("en")["interface.next_start"]


def test_in_french_too_a_participant_cannot_move_above_the_head_of_delegation(qtbot, store, catalogues):
    assert language.install("fr", catalogues)
    visit = add_visit(store, "Entretiens", host="KZ", guest="BF")
    for name in ("Host Head", "Host Member"):
        person = store.people.save(domain.Person(name=name))
        store.participants.save(domain.Participant(
            visit_id=visit.id, person_id=person.id, side="host",
            role="head of delegation" if name == "Host Head" else "member"))
    pane = RecordPane(store, KINDS["participants"], None)
    qtbot.addWidget(pane)
    pane.set_visit(visit.id)
    pane.show()
    pane.select_row(1)
    assert not pane.up_button.isEnabled()


def test_every_undo_step_the_store_names_is_translated(store, catalogues):
    steps = ["Add visit", "Edit visit", "Delete visit", "Add person", "Edit person", "Delete person", "Import",
             "Import visit", "Add demo visit"]
    for repository in store.records.values():
        steps += [f"{verb} {repository.noun}" for verb in ("Add", "Edit", "Delete")] + [f"Reorder {repository.plural}"]
    assert language.install("ru", catalogues)
    assert [step for step in steps if step_name(step) == step] == []
