"""The follow-ups still to do across visits, soonest due first, the overdue ones marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication

from briefing.gui import language
from briefing.gui.formatting import format_date
from briefing.gui.language import tr
from briefing.gui.style import is_dark
from briefing.store.store import FollowUpDue

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

HEADERS = (tr("Due"), tr("Action"), tr("Owner"), tr("Visit"), tr("Status"))
DUE, ACTION, OWNER, VISIT, STATUS = range(len(HEADERS))


class FollowUpsDueModel(QAbstractTableModel):
    """Rows of `Store.follow_ups_due()`; a due date before `today` is overdue (red, bold, said in words)."""

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._rows: list[FollowUpDue] = []

    def set_rows(self, rows: list[FollowUpDue]) -> None:
        """Show these follow-ups."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def follow_up(self, row: int) -> FollowUpDue | None:
        """The follow-up on this row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, follow_up_id: int | None) -> int | None:
        """The row showing this follow-up, or None."""
        return next((i for i, row in enumerate(self._rows) if row.id == follow_up_id), None)

    def is_overdue(self, row: int) -> bool:
        """Whether the follow-up on this row was due before today."""
        follow_up = self.follow_up(row)
        return bool(follow_up and follow_up.due and follow_up.due < self.today.isoformat())

    def overdue_count(self) -> int:
        """How many of the follow-ups are overdue."""
        return sum(self.is_overdue(row) for row in range(len(self._rows)))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """One row per follow-up."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Due, action, owner, visit, status."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text; the due date of an overdue follow-up in the error colour and bold."""
        follow_up = self.follow_up(index.row()) if index.isValid() else None
        if follow_up is None:
            return None
        column = index.column()
        overdue = column == DUE and self.is_overdue(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == DUE:
                text = format_date(follow_up.due, short=True) if follow_up.due else tr("No date")
                return tr("{0} · overdue").format(text) if overdue else text
            if role == Qt.ItemDataRole.ToolTipRole and column not in (ACTION, VISIT):
                return None
            return {ACTION: follow_up.action, OWNER: follow_up.owner, VISIT: follow_up.visit_title,
                    STATUS: language.label("follow_up_status", follow_up.status)}[column]
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#ff8a80" if is_dark(QGuiApplication.palette()) else "#b3261e")
        if overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None
