"""The visit list: how many visits a query selects, and pages of rows fetched from SQL as the view shows them.

Nothing here reads every visit: a query's first page is read at once, its count right after the
view has painted that page, and further pages when the view reaches them; the most recently used
pages are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from briefing.countries import code_for_name
from briefing.gui import language
from briefing.gui.formatting import date_range
from briefing.gui.language import tr
from briefing.store import Store, VisitQuery, VisitRow

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
CACHED_PAGES = 20

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class VisitColumn(NamedTuple):
    """One column of the list: its header and the store's sort key for it."""

    title: str
    sort_key: str


COLUMNS = (
    VisitColumn(tr("Dates"), "start_date"),
    VisitColumn(tr("Title"), "title"),
    VisitColumn(tr("Guest"), "guest_country"),
    VisitColumn(tr("Host"), "host_country"),
    VisitColumn(tr("City"), "city"),
    VisitColumn(tr("Status"), "status"),
)
DATES, TITLE, GUEST, HOST, CITY, STATUS = range(len(COLUMNS))


def _country(name: str | None) -> str:
    """The English short name the store gives, in the window's language."""
    if not name or language.current() == "en":
        return name or ""
    return language.country_name(code_for_name(name)) or name


def _cell_text(row: VisitRow, column: int) -> str:
    if column == DATES:
        return date_range(row.start_date, row.end_date, short=True)
    if column == TITLE:
        return row.title
    if column == GUEST:
        return _country(row.guest_country)
    if column == HOST:
        return _country(row.host_country)
    if column == CITY:
        return row.city or ""
    return language.label("visit_status", row.status)


class VisitListModel(QAbstractTableModel):
    """Visits matching the current query, in its order; sorting and searching re-query SQL.

    After a search that fills its first page, rowCount() is that page until the count arrives
    (`counted` turns True and the remaining rows are inserted).
    """

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._query = VisitQuery()
        self._pages: OrderedDict[int, list[VisitRow]] = OrderedDict()
        self._rows = 0
        self._counted = True
        self._total = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self.finish_counting)
        self.refresh()

    @property
    def query(self) -> VisitQuery:
        """The query the list shows."""
        return self._query

    @property
    def total(self) -> int:
        """How many visits the database holds, whatever the search."""
        return self._total

    @property
    def counted(self) -> bool:
        """Whether rowCount() is the number of visits the query selects (not just its first page)."""
        return self._counted

    def refresh(self) -> None:
        """Run the query again and forget cached rows (after a save, delete or undo)."""
        self.beginResetModel()
        self._total = self.store.visits.count()
        self._read_first_page()
        self.endResetModel()

    def set_query(self, query: VisitQuery) -> None:
        """Show the visits `query` selects."""
        if query != self._query:
            self.beginResetModel()
            self._query = query
            self._read_first_page()
            self.endResetModel()

    def set_search_text(self, text: str) -> None:
        """Show the visits matching this text (full-text search in SQL)."""
        self.set_query(replace(self._query, text=text))

    def set_filters(self, **filters) -> None:
        """Show the visits these VisitQuery filters select, with the search text as it is (all in SQL)."""
        self.set_query(replace(self._query, **filters))

    def _read_first_page(self) -> None:
        self._pages.clear()
        self._count_timer.stop()
        filtered = not self._query.selects_all
        first = self.store.visits.page(self._query, 0, PAGE_SIZE, None if filtered else self._total)
        self._pages[0] = first
        if filtered and len(first) == PAGE_SIZE:
            self._rows, self._counted = len(first), False
            self._count_timer.start()
        else:
            self._rows, self._counted = len(first) if filtered else self._total, True

    def finish_counting(self) -> None:
        """Count the query's visits now if that is still to do, and show every row."""
        if self._counted:
            return
        self._count_timer.stop()
        self._counted = True
        count = self.store.visits.count(self._query)
        if count > self._rows:
            self.beginInsertRows(_ROOT, self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:
            self.beginRemoveRows(_ROOT, count, self._rows - 1)
            self._rows = count
            self.endRemoveRows()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the query sorts by."""
        column = next(i for i, c in enumerate(COLUMNS) if c.sort_key == self._query.sort)
        order = Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        return column, order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in SQL; rows the view tracks (selection, current row) stay on their visit."""
        if not 0 <= column < len(COLUMNS):
            return
        query = replace(self._query, sort=COLUMNS[column].sort_key, descending=order == Qt.SortOrder.DescendingOrder)
        if query == self._query:
            return
        self.finish_counting()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = {index.row(): self.visit_id(index.row()) for index in persistent}
        self._query = query
        self._pages.clear()
        new_rows = {old_row: self.row_of(visit_id) for old_row, visit_id in tracked.items()}
        self.changePersistentIndexList(persistent, [
            QModelIndex() if new_rows[index.row()] is None else self.index(new_rows[index.row()], index.column())
            for index in persistent])
        self.layoutChanged.emit()

    def visit_id(self, row: int) -> int | None:
        """The id of the visit on this row, or None."""
        visit = self.visit_row(row)
        return visit.id if visit is not None else None

    def visit_row(self, row: int) -> VisitRow | None:
        """The list row (title, countries, dates) on this row, read with its page when needed."""
        if not 0 <= row < self._rows:
            return None
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self.store.visits.page(self._query, number * PAGE_SIZE, PAGE_SIZE,
                                          self._rows if self._counted else None)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def row_of(self, visit_id: int | None) -> int | None:
        """The row showing this visit, or None when the query leaves it out."""
        if visit_id is None:
            return None
        for number, page in self._pages.items():
            for within, row in enumerate(page):
                if row.id == visit_id:
                    return number * PAGE_SIZE + within
        if self._counted and self._rows <= PAGE_SIZE and 0 in self._pages:
            return None  # the first page holds every row
        position = self.store.visits.position(self._query, visit_id)
        if position is not None and position >= self._rows:
            self.finish_counting()
        return position if position is not None and position < self._rows else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Visits matching the query (its first page while the count is pending)."""
        return 0 if parent.isValid() else self._rows

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
