"""The read-only table every list of the window uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class TableView(QTableView):
    """A table the keyboard can leave: arrows move inside it, Tab and Shift+Tab go on to the next control,
    Ctrl+Tab reaches the tabs around it, and Enter stays with the table (it edits an editable cell or opens the
    row) instead of pressing the dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter is the table's own; everything else as usual."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not self.currentIndex().isValid():
            super().keyPressEvent(event)
            return
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
        else:
            self.activated.emit(index)
        event.accept()


def make_table_view(parent: QWidget) -> QTableView:
    """A read-only table for whole-row selection, in the app's calm style."""
    view = TableView(parent)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return view
