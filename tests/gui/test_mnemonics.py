"""Alt+letter does what it says: no two entries of a menu, and no two controls of a dialog, share a letter, in any
of the window's languages (the translations carry their own &)."""

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

from briefing.gui import language
from briefing.gui.main_window import MainWindow

from .test_language import ROOT
from .test_screen_fit import DIALOGS

LANGUAGES = ["en", "fr", "ru"]


def mnemonic(text: str) -> str | None:
    """The letter after a single &, lower-cased."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letters used by more than one text."""
    by_letter = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: shared for letter, shared in by_letter.items() if len(shared) > 1}


def menu_clashes(menu: QMenu, path: str) -> dict[str, dict[str, list[str]]]:
    """Clashes in this menu and its submenus."""
    actions = [action for action in menu.actions() if not action.isSeparator() and action.isVisible()]
    found = {path: clashes([action.text() for action in actions])} if clashes(
        [action.text() for action in actions]) else {}
    for action in actions:
        if action.menu():
            found.update(menu_clashes(action.menu(), f"{path} → {action.text()}"))
    return found


def dialog_texts(dialog: QWidget) -> list[str]:
    """The texts of the controls shown in a dialog that Alt+letter can reach."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
    return texts


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory) -> Path:
    """Briefing's French and Russian catalogues compiled from the committed sources, once for this module."""
    folder = tmp_path_factory.mktemp("catalogues")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for code in ("fr", "ru"):
        subprocess.run([str(lrelease), "-silent", str(ROOT / "resources" / "translations" / f"briefing_{code}.ts"),
                        "-qm", str(folder / f"briefing_{code}.qm")], check=True)
    return folder


@pytest.fixture(params=LANGUAGES)
def in_language(request, catalogues):
    assert language.install(request.param, catalogues)
    yield request.param
    language.install("en")


def test_no_two_menu_entries_share_a_letter(qtbot, store, settings, in_language):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    bar = window.menuBar()
    found = {"menu bar": clashes([action.text() for action in bar.actions()])}
    for action in bar.actions():
        found.update(menu_clashes(action.menu(), action.text()))
    assert {where: shared for where, shared in found.items() if shared} == {}


@pytest.mark.parametrize("name", DIALOGS)
def test_no_two_controls_of_a_dialog_share_a_letter(qtbot, store, demo_id, settings, tmp_path, in_language, name):
    dialog = DIALOGS[name](store, demo_id, settings, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(dialog_texts(dialog)) == {}
