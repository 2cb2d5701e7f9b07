"""The window's language: chosen in Preferences, in force from the next window on."""

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.gui import language
from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
from briefing.gui.main_window import MainWindow

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
