"""An editable table over the rows the press-release reader found (participants, areas, agreements).

Each row is a dict of document fields plus `evidence` ({field: Evidence}); the first column shows
how sure the reader was of the row's weakest field, and cells with a problem are tinted with the
problem as their tooltip.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from briefing import vocabulary as v
from briefing.extract import Evidence
from briefing.gui import language
from briefing.gui.language import tr
from briefing.gui.widgets.confidence_dot import confidence_icon, confidence_tip

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ReviewColumn(NamedTuple):
    """A column: the document field it edits, its header, and its closed list of values if any."""

    key: str
    title: str
    labels: dict[str, str] | None = None  # value -> label for a drop-down
    editable: bool = True

    @property
    def choices(self) -> tuple[str, ...]:
        """The values a drop-down offers."""
        return tuple(self.labels or ())


PARTICIPANT_REVIEW_COLUMNS = (
    ReviewColumn("name", tr("Name")),
    ReviewColumn("title", tr("Title", "a person's position")),
    ReviewColumn("organization", tr("Organization")),
    ReviewColumn("side", tr("Side"), language.labels("side")),
    ReviewColumn("role", tr("Role"), language.labels("role")),
    ReviewColumn("match", tr("In the database"), editable=False),
)
AREA_REVIEW_COLUMNS = (
    ReviewColumn("topic", tr("Topic")),
    ReviewColumn("category", tr("Category"), language.labels("area_category")),
)
AGREEMENT_REVIEW_COLUMNS = (
    ReviewColumn("title", tr("Title")),
    ReviewColumn("kind", tr("Kind"), language.labels("agreement_kind")),
    ReviewColumn("status", tr("Status"), language.labels("agreement_status")),
)


class ReviewTableModel(QAbstractTableModel):
    """Rows of one kind of record under review; `edited(row)` follows every change the user makes."""

    edited = Signal(int)

    def __init__(self, columns: tuple[ReviewColumn, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self._problems: dict[tuple[int, str], str] = {}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show these rows (each a dict of fields with an `evidence` dict)."""
        self.beginResetModel()
        self.rows = rows
        self._problems = {}
        self.endResetModel()

    def add_row(self, row: dict[str, Any]) -> int:
        """Append a row the user adds; returns its index."""
        self.beginInsertRows(_ROOT, len(self.rows), len(self.rows))
        self.rows.append({"evidence": {}, **row})
        self.endInsertRows()
        self.edited.emit(len(self.rows) - 1)
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        """Drop a row the reader should not have found."""
        self.beginRemoveRows(_ROOT, row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.edited.emit(row)

    def evidence(self, row: int, key: str) -> Evidence | None:
        """Where a cell's value comes from in the text; the row's first passage for a cell without one."""
        found = self.rows[row]["evidence"]
        return found.get(key) or next(iter(found.values()), None)

    def weakest(self, row: int) -> tuple[str | None, Evidence | None]:
        """The row's field the reader was least sure of, with its evidence; (None, None) for a row typed in."""
        found = self.rows[row]["evidence"]
        key = min(found, key=lambda name: found[name].confidence, default=None)
        return key, found.get(key) if key else None

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        """Tint the cells with a problem, (row, field) -> message."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Rows under review."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """The columns of this kind of record."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Cells are editable unless their column is informative only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, its value for editing, the confidence dot, and any problem."""
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = row.get(column.key)
        problem = self._problems.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return v.label(column.labels, value) if column.labels else (value or "")
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return confidence_icon(self.weakest(index.row())[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem or index.column():  # the whole text of a cell too narrow for it
                return problem or self.data(index) or None
            key, evidence = self.weakest(index.row())
            return confidence_tip(evidence) + (tr(" (least sure of the {0})").format(key) if key else "")
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QColor(192, 57, 43, 48)  # a light brick tint that reads on light and dark bases
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Take what the user typed or chose."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()].key
        text = value.strip() if isinstance(value, str) else value
        if self.rows[index.row()].get(key) == text:
            return False
        self.rows[index.row()][key] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(index.row())
        return True

    def set_value(self, row: int, key: str, value: Any) -> None:
        """Change a field from code (the person match), without counting as the user's edit."""
        self.rows[row][key] = value
        column = next(i for i, c in enumerate(self.columns) if c.key == key)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
