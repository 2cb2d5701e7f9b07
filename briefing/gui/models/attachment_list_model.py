"""The files a visit keeps, one row each: name, type, size, date added."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefing.gui.formatting import format_date, size_phrase
from briefing.gui.language import tr
from briefing.store.attachments import Attachment

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

HEADERS = (tr("Name"), tr("Type"), tr("Size"), tr("Added"))
NAME, TYPE, SIZE, ADDED = range(len(HEADERS))


class AttachmentListModel(QAbstractTableModel):
    """Rows of `store.attachments.for_visit`; the media type shown is the one stored (never trusted to open)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Attachment] = []

    def set_rows(self, rows: list[Attachment]) -> None:
        """Show these files."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def attachment(self, row: int) -> Attachment | None:
        """The file on this row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, attachment_id: int) -> int | None:
        """The row showing this file, or None."""
        return next((i for i, row in enumerate(self._rows) if row.id == attachment_id), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """One row per file."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Name, type, size, date added."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        attachment = self.attachment(index.row()) if index.isValid() else None
        if attachment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (attachment.name, attachment.media_type, size_phrase(attachment.size),
                    format_date(attachment.added_at[:10]))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            return attachment.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
