"""Table cells edited through a drop-down of a vocabulary list (side, role, category, kind, status)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefing.gui.widgets.choice_combo import ChoiceCombo

_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a ChoiceCombo over `labels` (value -> label); the model holds the value."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A drop-down of the list's labels."""
        combo = ChoiceCombo(tuple(self.labels), self.labels, parent=parent)
        combo.setMinimumContentsLength(8)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Choose the cell's value."""
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Store the value chosen."""
        model.setData(index, editor.value, Qt.ItemDataRole.EditRole)
