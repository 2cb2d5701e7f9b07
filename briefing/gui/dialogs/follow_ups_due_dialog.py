"""Edit → Follow-ups due: every action still to do across visits, soonest due first, the overdue marked;
a status set here is one undoable step."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing import vocabulary
from briefing.gui import language, messages
from briefing.gui.formatting import count_phrase
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.follow_ups_due_model import ACTION, DUE, VISIT, FollowUpsDueModel
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.table_view import make_table_view
from briefing.store import Store, StoreError


class FollowUpsDueDialog(QDialog):
    """The follow-ups due; `changed_anything` after a status change or undo, `visit_to_open` when asked."""

    def __init__(self, store: Store, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.changed_anything = False
        self.visit_to_open: int | None = None
        self.setWindowTitle(tr("Follow-ups due"))
        self.resize(900, 520)
        self.model = FollowUpsDueModel(self, today)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Follow-ups due"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.view.font())
        bold.setBold(True)
        header.resizeSection(DUE, QFontMetrics(bold).horizontalAdvance(tr("{0} · overdue").format("28 Sep 2025")) + 24)
        header.resizeSection(VISIT, 240)
        header.setStretchLastSection(False)
        self.empty = EmptyState(tr("No follow-up is open: every action promised is done or cancelled."), parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.summary = QLabel(self)
        self.summary.setObjectName("paneHint")
        self.status = ChoiceCombo(vocabulary.FOLLOW_UP_STATUSES, language.labels("follow_up_status"), parent=self)
        self.status.setMinimumContentsLength(12)
        self.status.setAccessibleName(tr("Status of the selected follow-up"))
        self.set_button = QPushButton(tr("&Set status"), self)
        self.undo_button = QPushButton(icon("undo"), tr("&Undo"), self)
        self.open_button = QPushButton(tr("&Open visit"), self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Status:"), self))
        row.addWidget(self.status)
        row.addWidget(self.set_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.set_button.clicked.connect(self.set_status)
        self.undo_button.clicked.connect(self.undo)
        self.open_button.clicked.connect(self.open_visit)
        self.view.activated.connect(lambda _index: self.open_visit())
        self.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._update_controls())
        self._update_controls()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> tuple[bool, int | None]:
        """Show it modally; whether anything changed, and the visit to open."""
        dialog = cls(store, parent)
        try:
            dialog.exec()
            return dialog.changed_anything, dialog.visit_to_open
        finally:
            dialog.deleteLater()

    def reload(self, select_id: int | None = None) -> None:
        """Read the follow-ups again; select `select_id`, or the first."""
        self.model.set_rows(self.store.follow_ups_due())
        count, overdue = self.model.rowCount(), self.model.overdue_count()
        self.summary.setText(tr("{0} still to do, {1} of them overdue.").format(
            count_phrase(count, "follow-up action"), overdue) if count else "")
        self.stack.setCurrentWidget(self.view if count else self.empty)
        row = self.model.row_of(select_id)
        if row is None and count:
            row = 0
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_controls()

    def _selected(self):
        return self.model.follow_up(self.view.currentIndex().row()) if self.view.currentIndex().isValid() else None

    def _update_controls(self) -> None:
        selected = self._selected()
        writable = not self.store.read_only
        if selected is not None:
            self.status.set_value(selected.status)
        for widget in (self.status, self.set_button):
            widget.setEnabled(writable and selected is not None)
        self.open_button.setEnabled(selected is not None)
        self.undo_button.setEnabled(writable and self.store.undo_label() is not None)
        label = self.store.undo_label()
        self.undo_button.setToolTip(tr("Undo: {0}").format(label) if label else "")

    def set_status(self) -> None:
        """Give the selected follow-up the status chosen (it leaves the list once done or cancelled)."""
        selected = self._selected()
        if selected is None or self.status.value == selected.status:
            return
        follow_up = self.store.follow_ups.get(selected.id)
        try:
            self.store.follow_ups.save(dataclasses.replace(follow_up, status=self.status.value))
        except StoreError as error:
            messages.warn(self, tr("Status not changed"), messages.store_error_text(error))
            return
        self.changed_anything = True
        self.reload(select_id=selected.id)

    def undo(self) -> None:
        """Undo the newest saved change (a status set here, or any earlier save)."""
        try:
            undone = self.store.undo()
        except StoreError as error:
            messages.warn(self, tr("Nothing undone"), messages.store_error_text(error))
            return
        if undone is not None:
            self.changed_anything = True
            self.reload(select_id=self._selected().id if self._selected() else None)

    def open_visit(self) -> None:
        """Close and show the visit of the selected follow-up."""
        selected = self._selected()
        if selected is not None:
            self.visit_to_open = selected.visit_id
            self.accept()
