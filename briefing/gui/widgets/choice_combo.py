"""A drop-down over one of the vocabulary's closed lists, showing labels and holding stored values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

NO_CHOICE = "—"
COMBO_CHARACTERS = 30  # every drop-down of a form as wide as the others


class ChoiceCombo(QComboBox):
    """Labels of `values` from `labels`; with `optional`, a first "—" entry stands for no value."""

    changed = Signal()

    def __init__(self, values: tuple[str, ...], labels: dict[str, str], optional: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumContentsLength(COMBO_CHARACTERS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if optional:
            self.addItem(NO_CHOICE, None)
        for value in values:
            self.addItem(labels.get(value, value), value)
        self.currentIndexChanged.connect(lambda _index: self.changed.emit())

    @property
    def value(self) -> str | None:
        """The stored value of the chosen entry (None for "—")."""
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        """Choose the entry for this stored value (the first entry when unknown)."""
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
