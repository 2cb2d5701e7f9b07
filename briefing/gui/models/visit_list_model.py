"""The visit list: holds only the ordered ids a query selects, and fetches rows in chunks as the view asks."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefing import vocabulary as v
from briefing.gui.formatting import date_range
from briefing.store import Store, VisitQuery, VisitRow

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 100
CACHE_LIMIT = 2_000

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class VisitColumn(NamedTuple):
    """One column of the list: its header and the store's sort key for it."""

    title: str
    sort_key: str


COLUMNS = (
    VisitColumn("Dates", "start_date"),
    VisitColumn("Title", "title"),
    VisitColumn("Guest", "guest_country"),
    VisitColumn("Host", "host_country"),
    VisitColumn("City", "city"),
    VisitColumn("Status", "status"),
)
DATES, TITLE, GUEST, HOST, CITY, STATUS = range(len(COLUMNS))


def _cell_text(row: VisitRow, column: int) -> str:
    if column == DATES:
        return date_range(row.start_date, row.end_date, short=True)
    if column == TITLE:
        return row.title
    if column == GUEST:
        return row.guest_country or ""
    if column == HOST:
        return row.host_country or ""
    if column == CITY:
        return row.city or ""
    return v.label(v.VISIT_STATUS_LABELS, row.status)


class VisitListModel(QAbstractTableModel):
    """Visits matching the current query, in its order; sorting and searching re-query SQL."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._query = VisitQuery()
        self._ids: list[int] = []
        self._rows: OrderedDict[int, VisitRow] = OrderedDict()
        self._total = 0
        self.refresh()

    @property
    def query(self) -> VisitQuery:
        """The query the list shows."""
        return self._query

    @property
    def ids(self) -> list[int]:
        """The visit ids in display order (a copy)."""
        return list(self._ids)

    @property
    def total(self) -> int:
        """How many visits the database holds, whatever the search."""
        return self._total

    def refresh(self) -> None:
        """Run the query again and forget cached rows (after a save, delete or undo)."""
        self.beginResetModel()
        self._ids = self.store.visits.ids(self._query)
        self._rows.clear()
        self._total = self.store.visits.count()
        self.endResetModel()

    def set_query(self, query: VisitQuery) -> None:
        """Show the visits `query` selects."""
        if query != self._query:
            self._query = query
            self.refresh()

    def set_search_text(self, text: str) -> None:
        """Show the visits matching this text (full-text search in SQL)."""
        self.set_query(replace(self._query, text=text))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the query sorts by."""
        column = next(i for i, c in enumerate(COLUMNS) if c.sort_key == self._query.sort)
        order = Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        return column, order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column: the store orders the ids in SQL."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._query = replace(self._query, sort=COLUMNS[column].sort_key,
                              descending=order == Qt.SortOrder.DescendingOrder)
        old_ids = self._ids
        self._ids = self.store.visits.ids(self._query)
        new_rows = {visit_id: row for row, visit_id in enumerate(self._ids)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(new_rows[old_ids[i.row()]], i.column()) if old_ids[i.row()] in new_rows else QModelIndex()
            for i in persistent])
        self.layoutChanged.emit()

    def visit_id(self, row: int) -> int | None:
        """The id of the visit on this row, or None."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, visit_id: int | None) -> int | None:
        """The row showing this visit, or None when the query leaves it out."""
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return None

    def visit_row(self, row: int) -> VisitRow | None:
        """The list row (title, countries, dates) on this row, fetched with its neighbours when needed."""
        visit_id = self.visit_id(row)
        if visit_id is None:
            return None
        cached = self._rows.get(visit_id)
        if cached is not None:
            self._rows.move_to_end(visit_id)
            return cached
        start = max(0, row - CHUNK // 4)
        wanted = [i for i in self._ids[start:start + CHUNK] if i not in self._rows]
        self._rows.update(self.store.visits.rows(wanted))
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)
        return self._rows.get(visit_id)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Visits matching the query."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """The list's columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text, the full title as tooltip, the visit id under VISIT_ID_ROLE."""
        if not index.isValid():
            return None
        if role == VISIT_ID_ROLE:
            return self.visit_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.visit_row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if index.column() == TITLE else None
        return _cell_text(row, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return COLUMNS[section].title
        return None
