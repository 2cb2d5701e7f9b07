"""What the main window remembers between sessions: geometry, splitter, columns, sort, visit, tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt

from briefing.gui.models.visit_list_model import COLUMNS
from briefing.gui.screen_fit import fit_on_screen

if TYPE_CHECKING:
    from briefing.gui.main_window import MainWindow


def save_window_state(window: MainWindow, settings: QSettings) -> None:
    """Write the window's state."""
    query = window.list_pane.model.query
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("visits/header", window.list_pane.view.horizontalHeader().saveState())
    settings.setValue("visits/sort", query.sort)
    settings.setValue("visits/descending", query.descending)
    settings.setValue("visits/selected", window.list_pane.selected_visit_id or 0)
    settings.setValue("detail/tab", window.detail.tabs.currentIndex())
    settings.sync()


def restore_window_state(window: MainWindow, settings: QSettings) -> bool:
    """Read the window's state back; False when there was none (first start)."""
    geometry = settings.value("window/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    fit_on_screen(window)
    window.restoreState(settings.value("window/state", b""))
    window.splitter.restoreState(settings.value("window/splitter", b""))
    view = window.list_pane.view
    view.horizontalHeader().restoreState(settings.value("visits/header", b""))
    for index, action in enumerate(window.window_actions.columns):
        action.setChecked(not view.horizontalHeader().isSectionHidden(index))
    sort_key = settings.value("visits/sort", "start_date", type=str)
    column = next((i for i, c in enumerate(COLUMNS) if c.sort_key == sort_key), 0)
    descending = settings.value("visits/descending", True, type=bool)
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    selected = settings.value("visits/selected", 0, type=int)
    if selected:
        window.list_pane.select_visit(selected)
    window.detail.tabs.setCurrentIndex(settings.value("detail/tab", 0, type=int))
    return True
