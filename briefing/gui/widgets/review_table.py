"""One kind of record under review: an editable table with Add and Remove, and its problems below."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.review_table_model import ReviewTableModel
from briefing.gui.widgets.choice_delegate import ChoiceDelegate
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.table_view import make_table_view


class ReviewTable(QWidget):
    """The rows of `model` under `title`; `add_text` (the Add button) appends `blank` (a new row's fields),
    Remove drops the selected row, as `remove_tip` says."""

    def __init__(self, model: ReviewTableModel, title: str, add_text: str, remove_tip: str, blank: dict[str, Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.blank = blank
        self.view = make_table_view(self)
        self.view.setModel(model)
        self.view.setAccessibleName(title)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        for index, column in enumerate(model.columns):
            if column.labels:
                self.view.setItemDelegateForColumn(index, ChoiceDelegate(column.labels, self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        free_text = [i for i, column in enumerate(model.columns) if column.editable and not column.labels]
        titles = [i for i in free_text if model.columns[i].key == "title"]
        widest = (titles or free_text)[-1]  # a title is the longest text of a row; else the last free-text column
        for index in range(len(model.columns)):  # the widest column takes the room left
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch if index == widest
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.remove_button = QPushButton(icon("delete"), tr("Remove"), self)
        self.remove_button.setToolTip(remove_tip)
        self.problems = NoteLabel("", self)
        self.problems.setObjectName("fieldError")
        self.problems.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def add(self) -> None:
        """Append a blank row and start typing its first field."""
        row = self.model.add_row(dict(self.blank))
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove(self) -> None:
        """Drop the selected row."""
        current = self.view.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())
            self._update_buttons()

    def show_problems(self, lines: list[str]) -> None:
        """What is wrong with the rows, one line each."""
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())
