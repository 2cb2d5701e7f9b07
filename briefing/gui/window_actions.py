"""The main window's actions, menus and toolbar."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.visit_list_model import COLUMNS, TITLE
from briefing.gui.widgets.detail_pane import TAB_TITLES

if TYPE_CHECKING:
    from briefing.gui.main_window import MainWindow


@dataclass
class WindowActions:
    """Every action of the main window."""

    new_visit: QAction
    new_from_press_release: QAction
    export: QAction
    export_word: QAction
    print_note: QAction
    export_dossier: QAction
    export_dossier_word: QAction
    import_data: QAction
    export_data: QAction
    export_visits_csv: QAction
    export_agreements_csv: QAction
    restore_backup: QAction
    quit: QAction
    undo: QAction
    edit_visit: QAction
    delete_visit: QAction
    find: QAction
    people: QAction
    refresh: QAction
    preferences: QAction
    about: QAction
    tabs: list[QAction] = field(default_factory=list)
    columns: list[QAction] = field(default_factory=list)


def _action(window: MainWindow, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
            icon_name: str = "", tip: str = "", icon_text: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_text:
        action.setIconText(icon_text)
    shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = tip or text.replace("&", "").rstrip("…")
    action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def create_actions(window: MainWindow) -> WindowActions:
    """The actions, wired to the window's slots."""
    actions = WindowActions(
        new_visit=_action(window, tr("&New visit…"), window.new_visit, QKeySequence.StandardKey.New, "new-visit",
                          tr("Create a new visit"), tr("New visit")),
        new_from_press_release=_action(window, tr("New &visit from press release…"),
                                       window.new_visit_from_press_release, "Ctrl+Shift+N", "press-release",
                                       tr("Create a visit from a press release you paste or open"),
                                       tr("From press release")),
        export=_action(window, tr("&Export briefing…"), window.export_briefing, "Ctrl+E", "export",
                       tr("Export the selected visit's briefing note as PDF"), tr("Export PDF")),
        export_word=_action(window, tr("Export note as &Word…"), window.export_briefing_as_word, None, "",
                            tr("Export the selected visit's briefing note as a Word document, for editing")),
        print_note=_action(window, tr("&Print…"), window.print_briefing, QKeySequence.StandardKey.Print, "",
                           tr("Print the selected visit's briefing note with the last export options")),
        export_dossier=_action(window, tr("Export country &dossier…"), window.export_dossier, None, "",
                               tr("Export every visit with one country as one PDF")),
        export_dossier_word=_action(window, tr("Export country dossier as W&ord…"), window.export_dossier_as_word,
                                    None, "", tr("Export every visit with one country as one Word document, for "
                                                 "editing")),
        import_data=_action(window, tr("&Import…"), window.import_data, "Ctrl+I", "",
                            tr("Import visits from a Briefing JSON file")),
        export_data=_action(window, tr("Export da&ta…"), window.export_data, None, "",
                            tr("Export the database or the selected visit as JSON")),
        export_visits_csv=_action(window, tr("Export visit &list as CSV…"), window.data_export.export_visits_csv,
                                  None, "", tr("Export the visit list for spreadsheets")),
        export_agreements_csv=_action(window, tr("Export &agreements as CSV…"),
                                      window.data_export.export_agreements_csv, None, "",
                                      tr("Export every agreement for spreadsheets")),
        restore_backup=_action(window, tr("&Restore from backup…"), window.restore_from_backup, None, "",
                               tr("Replace the database with one of its backups")),
        quit=_action(window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit),
        undo=_action(window, tr("&Undo"), window.undo, QKeySequence.StandardKey.Undo, "undo",
                     tr("Undo the last saved change"), tr("Undo")),
        edit_visit=_action(window, tr("&Edit visit…"), window.edit_visit, None, "edit",
                           tr("Edit the selected visit"), tr("Edit visit")),
        delete_visit=_action(window, tr("&Delete visit"), window.delete_visit, QKeySequence.StandardKey.Delete,
                             "delete", tr("Delete the selected visit"), tr("Delete visit")),
        find=_action(window, tr("&Find…"), window.focus_search, QKeySequence.StandardKey.Find, "search",
                     tr("Search the visits")),
        people=_action(window, tr("&People…"), window.show_people, "Ctrl+Shift+P", "people",
                       tr("Find, add, edit and delete people"), tr("People")),
        refresh=_action(window, tr("&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh, "refresh",
                        tr("Read the list and the visit again from the database")),
        preferences=_action(window, tr("Prefere&nces…"), window.show_preferences, QKeySequence.StandardKey.Preferences,
                            "", tr("The organisation printed on notes, its logo, and backups")),
        about=_action(window, tr("&About Briefing"), window.show_about, None, "about"),
    )
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    # Del deletes a visit only while the list has the focus: in a tab it deletes a record, in a field a letter.
    actions.delete_visit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.list_pane.view.addAction(actions.edit_visit)  # the list's context menu
    window.list_pane.view.addAction(actions.delete_visit)
    window.list_pane.view.addAction(actions.export)
    for index, title in enumerate(TAB_TITLES):
        actions.tabs.append(_action(window, title, lambda i=index: window.show_tab(i), f"Ctrl+{index + 1}"))
    header = window.list_pane.view.horizontalHeader()
    for index, column in enumerate(COLUMNS):
        action = QAction(column.title, window)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(index))
        action.setEnabled(index != TITLE)
        action.toggled.connect(lambda shown, i=index: header.setSectionHidden(i, not shown))
        actions.columns.append(action)
    return actions


def _add_actions(target: QMenu | QToolBar, actions: Iterable[QAction | None]) -> None:
    """Add the actions in order; None adds a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


def build_menus(window: MainWindow, actions: WindowActions, toolbar: QToolBar) -> None:
    """File, Edit, View and Help."""
    menus = window.menuBar()
    a = actions
    _add_actions(menus.addMenu(tr("&File")), [
        a.new_visit, a.new_from_press_release, None, a.export, a.export_word, a.export_dossier, a.export_dossier_word,
        None, a.print_note,
        None, a.import_data,
        a.export_data, a.export_visits_csv, a.export_agreements_csv, None, a.restore_backup, None, a.quit])
    _add_actions(menus.addMenu(tr("&Edit")), [
        a.undo, None, a.edit_visit, a.delete_visit, None, a.find, a.people, None, a.preferences])
    view_menu = menus.addMenu(tr("&View"))
    _add_actions(view_menu, [*a.tabs, None])
    _add_actions(view_menu.addMenu(tr("List &columns")), a.columns)
    _add_actions(view_menu, [toolbar.toggleViewAction(), None, a.refresh])
    _add_actions(menus.addMenu(tr("&Help")), [a.about])


def build_toolbar(window: MainWindow, actions: WindowActions) -> QToolBar:
    """The main actions with their icons and short names."""
    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.toggleViewAction().setText(tr("&Toolbar"))
    _add_actions(toolbar, [actions.new_visit, actions.new_from_press_release, actions.edit_visit,
                           actions.delete_visit, None, actions.undo, None, actions.people, actions.export])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
