"""A tab's list of one kind of record, with Add, Edit, Delete and Move up/down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import messages
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.record_table_models import RecordTableModel
from briefing.gui.record_kinds import RecordKind
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.table_view import make_table_view
from briefing.store import NotFound, Store, StoreError

MAX_FITTED_WIDTH = 240


class RecordPane(QWidget):
    """The records of one kind for the visit shown; emits `changed(message)` after every write."""

    changed = Signal(str)

    def __init__(self, store: Store, kind: RecordKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.visit_id: int | None = None
        self._fit_pending = False
        self.model = RecordTableModel(kind.columns, self, full_text=kind.wrap)
        self.stack = QStackedWidget(self)
        self.view = make_table_view(self.stack)
        self.view.setModel(self.model)
        self.view.setAccessibleName(kind.title)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(kind.stretch_column, QHeaderView.ResizeMode.Stretch)
        if kind.wrap:
            self.view.setWordWrap(True)
            self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = EmptyState(tr("No {0} yet.").format(kind.plural), tr("Add {0}…").format(kind.noun), self.stack)
        self.empty.button.clicked.connect(self.add)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.add_action = self._action(tr("Add…"), "add", self.add, QKeySequence("Ins"), tr("Add a {0}")
                                                                                         .format(kind.noun))
        self.edit_action = self._action(tr("Edit…"), "edit", self.edit, QKeySequence(Qt.Key.Key_Return),
                                        tr("Edit the selected {0}").format(kind.noun))
        self.delete_action = self._action(tr("Delete"), "delete", self.delete, QKeySequence.StandardKey.Delete,
                                          tr("Delete the selected {0}").format(kind.noun))
        self.up_action = self._action(tr("Move up"), "move-up", lambda: self.move(-1), QKeySequence("Ctrl+Up"),
                                      tr("Move up (Ctrl+Up)"))
        self.down_action = self._action(tr("Move down"), "move-down", lambda: self.move(1),
                                        QKeySequence("Ctrl+Down"), tr("Move down (Ctrl+Down)"))
        self.add_button = self._button(self.add_action)
        self.edit_button = self._button(self.edit_action)
        self.delete_button = self._button(self.delete_action)
        self.up_button = self._icon_button(self.up_action)
        self.down_button = self._icon_button(self.down_action)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.view.activated.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, icon_name: str, slot: Any, shortcut: QKeySequence, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _icon_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setAutoRaise(True)
        return button

    @property
    def count(self) -> int:
        """How many records the pane shows."""
        return self.model.rowCount()

    def set_visit(self, visit_id: int | None) -> None:
        """Show the records of this visit (none for None), columns fitted to them.

        A pane on a tab not shown fits its columns when the tab is shown: measuring every column of
        seven tables was half the time of opening a visit.
        """
        self.visit_id = visit_id
        self.reload()
        self._fit_pending = not self.isVisible()
        if not self._fit_pending:
            self.fit_columns()

    def showEvent(self, event) -> None:
        if self._fit_pending:
            self._fit_pending = False
            self.fit_columns()
        super().showEvent(event)

    def fit_columns(self) -> None:
        """Size the columns that do not stretch to their contents, within reason."""
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != self.kind.stretch_column:
                wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(max(wanted, 70), MAX_FITTED_WIDTH))

    def reload(self, select_id: int | None = None) -> None:
        """Read the records again, keeping (or moving to `select_id`) the selection."""
        keep = select_id if select_id is not None else self.selected_id()
        if self.visit_id is None:
            self.model.set_records([])
        else:
            context = self.kind.context(self.store, self.visit_id) if self.kind.context else None
            self.model.set_records(self.kind.repo(self.store).for_visit(self.visit_id), context)
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        row = self.model.row_of(keep)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()

    def selected_id(self) -> int | None:
        """The id of the selected record, or None."""
        record = self.selected_record()
        return record.id if record is not None else None

    def selected_record(self) -> Any | None:
        """The selected record, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select the record on this row."""
        self.view.selectRow(row)

    def _can_move(self, offset: int) -> bool:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return False
        record, neighbour = self.model.record(rows[0].row()), self.model.record(rows[0].row() + offset)
        if neighbour is None:
            return False
        return self.kind.group is None or self.kind.group(record) == self.kind.group(neighbour)

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        selected = self.selected_record() is not None
        self.add_action.setEnabled(writable and self.visit_id is not None)
        self.edit_action.setEnabled(writable and selected)
        self.delete_action.setEnabled(writable and selected)
        self.up_action.setEnabled(writable and self._can_move(-1))
        self.down_action.setEnabled(writable and self._can_move(1))
        self.empty.button.setEnabled(writable)

    def add(self) -> None:
        """Open the add form; select the new record once saved."""
        if self.visit_id is None:
            return
        saved = self.kind.add_dialog.ask(self.store, self.visit_id, parent=self.window())
        if saved is not None:
            self.reload(select_id=saved.id)
            self.changed.emit(tr("Added {0}.").format(self.kind.noun))

    def edit(self) -> None:
        """Open the edit form on the selected record."""
        record_id = self.selected_id()
        if record_id is None or self.store.read_only:
            return
        try:
            saved = self.kind.edit_dialog.ask(self.store, record_id, parent=self.window())
        except NotFound:
            self.reload()
            return
        if saved is not None:
            self.reload(select_id=saved.id)
            self.changed.emit(tr("Saved {0}.").format(self.kind.noun))

    def delete(self) -> None:
        """Delete the selected record once the user confirms."""
        record = self.selected_record()
        if record is None:
            return
        noun = self.kind.noun
        detail = " ".join(filter(None, [self.kind.delete_note, tr("You can undo this with Edit → Undo (Ctrl+Z).")]))
        question = tr("Delete the {0} “{1}”?").format(noun, self.kind.describe(record))
        if not messages.confirm(self.window(), tr("Delete {0}").format(noun), question,
                                tr("Delete {0}").format(noun), detail):
            return
        row = self.model.row_of(record.id) or 0
        try:
            self.kind.repo(self.store).delete(record.id)
        except StoreError as error:
            messages.warn(self.window(), tr("{0} not deleted")
                                         .format(noun.capitalize()), messages.store_error_text(error))
            return
        self.reload()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.changed.emit(tr("Deleted {0}.").format(noun))

    def move(self, offset: int) -> None:
        """Move the selected record up (-1) or down (+1)."""
        record_id = self.selected_id()
        if record_id is None or not self._can_move(offset):
            return
        try:
            self.kind.repo(self.store).move(record_id, offset)
        except StoreError as error:
            messages.warn(self.window(), tr("{0} not moved")
                                         .format(self.kind.noun.capitalize()), messages.store_error_text(error))
            return
        self.reload(select_id=record_id)
        self.changed.emit((tr("Moved {0} up.") if offset < 0 else tr("Moved {0} down.")).format(self.kind.noun))
