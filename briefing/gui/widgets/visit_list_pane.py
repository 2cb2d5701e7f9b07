"""The left side of the window: the search box and its filters over the list of visits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from briefing.gui.formatting import date_range
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.visit_list_model import CITY, DATES, STATUS, TITLE, VisitListModel
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.search_box import SearchBox
from briefing.gui.widgets.table_view import make_table_view
from briefing.gui.widgets.visit_filter_bar import VisitFilterBar
from briefing.store import Store

DEFAULT_HIDDEN = (CITY, STATUS)  # the title needs the room; View → List columns shows them


class VisitListPane(QWidget):
    """Search box and visit table; `visitSelected(id or None)` when the selection changes."""

    visitSelected = Signal(object)
    listChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.search_box = SearchBox(self)
        self.filter_button = QToolButton(self)
        self.filter_button.setIcon(icon("filter"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setCheckable(True)
        self.filter_button.setToolTip(tr("Filter the list by dates, country, type, status and follow-ups"))
        self.filter_bar = VisitFilterBar(self)
        self.filter_bar.hide()
        self.model = VisitListModel(store, self)
        self.stack = QStackedWidget(self)  # made first, so the view and the hint are made in their final parent
        self.view = make_table_view(self.stack)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Visits"))
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for hidden in DEFAULT_HIDDEN:
            header.setSectionHidden(hidden, True)
        header.setStretchLastSection(False)
        # Wide enough for a long range in the window's language ("28 sept. – 12 oct. 2025").
        header.resizeSection(DATES, self.view.fontMetrics().horizontalAdvance(
            date_range("2025-09-28", "2025-10-12", short=True)) + 16)
        header.resizeSection(STATUS, self.view.fontMetrics().horizontalAdvance(tr("Under way")) + 24)
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.empty = EmptyState(parent=self.stack)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        search_row = QHBoxLayout()
        search_row.setSpacing(4)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.filter_button)
        layout.addLayout(search_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.filter_button.toggled.connect(self.filter_bar.setVisible)
        self.filter_bar.filtersChanged.connect(self.apply_filters)
        self._show_filter_count()
        self.search_box.searchRequested.connect(self.search)
        self.search_box.leaveDownwards.connect(self._focus_list)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._show_list_or_empty)
        self.model.layoutChanged.connect(self.listChanged)
        self._selected: int | None = None
        self._show_list_or_empty()

    @property
    def selected_visit_id(self) -> int | None:
        """The visit selected in the list, or None."""
        return self._selected

    def search(self, text: str) -> None:
        """Show the visits matching `text`, keeping the selection when it still matches."""
        self.model.set_search_text(text)

    def apply_filters(self) -> None:
        """Show the visits the filter bar selects (with the search text), keeping the selection when it still shows."""
        self.model.set_filters(**self.filter_bar.filters())
        self._show_filter_count()

    def _show_filter_count(self) -> None:
        active = self.filter_bar.active_count()
        self.filter_button.setText(tr("Filters ({0})").format(active) if active else tr("Filters"))

    def refresh(self) -> None:
        """Read the list again from the store (after a save, a delete or an undo)."""
        self.model.refresh()

    def select_visit(self, visit_id: int | None) -> bool:
        """Select this visit's row; False when the list does not show it (the selection is cleared)."""
        row = self.model.row_of(visit_id) if visit_id is not None else None
        selection = self.view.selectionModel()
        if row is None:
            selection.clear()
            self._set_selected(None)
            return False
        index = self.model.index(row, TITLE)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self._set_selected(visit_id)
        return True

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self._selected is None and self.model.rowCount():
            self.select_visit(self.model.visit_id(0))

    def _current_row_changed(self, current, _previous) -> None:
        self._set_selected(self.model.visit_id(current.row()) if current.isValid() else None)

    def _set_selected(self, visit_id: int | None) -> None:
        if visit_id != self._selected:
            self._selected = visit_id
            self.visitSelected.emit(visit_id)

    def _show_list_or_empty(self) -> None:
        """After every re-query: reselect the visit that was selected, or show why the list is empty."""
        text = self.model.query.text
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
        else:
            if self.model.query.filtered:
                message = (tr("No visits match ‘{0}’ with these filters.").format(text) if text
                           else tr("No visits match these filters."))
            else:
                message = tr("No visits match ‘{0}’.").format(text) if text else tr("No visits yet.")
            self.empty.set_text(message)
            self.stack.setCurrentWidget(self.empty)
        self.select_visit(self._selected)
        self.listChanged.emit()
