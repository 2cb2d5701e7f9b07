"""One table model for every kind of record a visit holds, driven by column definitions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.formatting import first_line
from briefing.gui.language import tr

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
CellText = Callable[[Any, Mapping[Any, Any]], str]


class Column(NamedTuple):
    """A column: its header and the text of a cell from the record and the table's context."""

    title: str
    text: CellText


def attribute(name: str, labels: dict[str, str] | None = None) -> CellText:
    """Cell text from a record attribute, through vocabulary labels when given."""
    def text(record: Any, _context: Mapping[Any, Any]) -> str:
        value = getattr(record, name)
        return v.label(labels, value) if labels is not None else (value or "")
    return text


def _signatories(record: Any, names: Mapping[Any, Any]) -> str:
    return "; ".join(names.get(pid, "?") for pid in record.signatory_ids)


def _country(record: Any, _context: Mapping[Any, Any]) -> str:
    return language.country_name(record.country) or ""


def _visit_count(record: Any, counts: Mapping[Any, Any]) -> str:
    return str(counts.get(record.id, 0))


PARTICIPANT_COLUMNS = (
    Column(tr("Name"), attribute("person_name")),
    Column(tr("Side"), attribute("side", language.labels("side"))),
    Column(tr("Role"), attribute("role", language.labels("role"))),
    Column(tr("Title at the time"), attribute("title")),
)
AREA_COLUMNS = (
    Column(tr("Topic"), attribute("topic")),
    Column(tr("Category"), attribute("category", language.labels("area_category"))),
    Column(tr("Notes"), attribute("notes")),
)
AGREEMENT_COLUMNS = (
    Column(tr("Title"), attribute("title")),
    Column(tr("Kind"), attribute("kind", language.labels("agreement_kind"))),
    Column(tr("Status"), attribute("status", language.labels("agreement_status"))),
    Column(tr("Signed on"), attribute("signed_on")),
    Column(tr("Signatories"), _signatories),
)
HISTORY_COLUMNS = (
    Column(tr("Date"), attribute("date")),
    Column(tr("What happened"), attribute("text")),
)
QUOTE_COLUMNS = (
    Column(tr("Speaker"), attribute("speaker")),
    Column(tr("Words"), attribute("text")),
)
TALKING_POINT_COLUMNS = (
    Column(tr("Key message"), attribute("text")),
)
FOLLOW_UP_COLUMNS = (
    Column(tr("Action"), attribute("action")),
    Column(tr("Owner"), attribute("owner")),
    Column(tr("Due"), attribute("due")),
    Column(tr("Status"), attribute("status", language.labels("follow_up_status"))),
)
PERSON_COLUMNS = (
    Column(tr("Name"), attribute("name")),
    Column(tr("Organization"), attribute("organization")),
    Column(tr("Country"), _country),
    Column(tr("Visits"), _visit_count),
)


class RecordTableModel(QAbstractTableModel):
    """Records of one kind as rows; `context` carries what cells need besides the record (names, counts).

    Cells show the first line of their text, or with `full_text` the whole of it (for views that wrap).
    """

    def __init__(self, columns: tuple[Column, ...], parent: QObject | None = None, full_text: bool = False):
        super().__init__(parent)
        self.columns = columns
        self.full_text = full_text
        self._records: list[Any] = []
        self._context: Mapping[Any, Any] = {}

    def set_records(self, records: list[Any], context: Mapping[Any, Any] | None = None) -> None:
        """Show these records, in this order."""
        self.beginResetModel()
        self._records = list(records)
        self._context = dict(context or {})
        self.endResetModel()

    def record(self, row: int) -> Any | None:
        """The record on this row, or None."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int | None) -> int | None:
        """The row of the record with this id, or None."""
        return next((row for row, record in enumerate(self._records) if record.id == record_id), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Records shown."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Columns defined for this kind."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """First line of the cell text (the whole text as tooltip); the record id under RECORD_ID_ROLE."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == RECORD_ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and self.full_text:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self.columns[index.column()].text(record, self._context)
        if role == Qt.ItemDataRole.DisplayRole:
            return text if self.full_text else first_line(text)
        return None if self.full_text or (len(text) <= 40 and "\n" not in text) else text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None
