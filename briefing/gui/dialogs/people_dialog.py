"""The people manager: find, add, edit, merge and delete the people visits draw their participants from."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import messages
from briefing.gui.dialogs.merge_people_dialog import MergePeopleDialog
from briefing.gui.dialogs.person_dialog import AddPersonDialog, EditPersonDialog
from briefing.gui.dialogs.person_in_use_dialog import PersonInUseDialog
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.record_table_models import PERSON_COLUMNS, RecordTableModel
from briefing.gui.screen_fit import fitting_size
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.table_view import make_table_view
from briefing.store import RecordInUse, Store, StoreError

LISTED = 500


class PeopleDialog(QDialog):
    """Everyone known; a person still taking part in a visit cannot be deleted (the visits are named, and
    `visit_to_open` is the one the user chose to open from there)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.changed_anything = False
        self.visit_to_open: int | None = None
        self.setWindowTitle(tr("People"))
        self.resize(fitting_size(self, QSize(820, 540)))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Find people by name"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(tr("Find people"))
        self.model = RecordTableModel(PERSON_COLUMNS, self)
        self.view = make_table_view(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("People"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.resizeSection(2, 150)
        header.setStretchLastSection(False)
        self.empty = EmptyState(parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.more = QLabel(self)
        self.more.setObjectName("paneHint")
        self.add_button = QPushButton(icon("add"), tr("Add…"), self)
        self.edit_button = QPushButton(icon("edit"), tr("Edit…"), self)
        self.merge_button = QPushButton(tr("Merge…"), self)
        self.merge_button.setToolTip(tr("Select two records of the same person to make them one"))
        self.delete_button = QPushButton(icon("delete"), tr("Delete"), self)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.merge_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.more)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.merge_button.clicked.connect(self.merge)
        self.view.activated.connect(lambda _index: self.edit())
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.search.setFocus()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> tuple[bool, int | None]:
        """Show the manager modally; whether anything was saved, merged or deleted, and the visit to open."""
        dialog = cls(store, parent)
        try:
            dialog.exec()
            return dialog.changed_anything, dialog.visit_to_open
        finally:
            dialog.deleteLater()

    def reload(self, select_id: int | None = None) -> None:
        """List the people matching the search, with how many visits each takes part in."""
        keep = select_id if select_id is not None else self.selected_id()
        text = self.search.text().strip()
        people = self.store.people.list(text, limit=LISTED)
        visits = {person.id: len(self.store.people.visit_ids(person.id)) for person in people}
        self.model.set_records(people, visits)
        self.more.setText(tr("Showing the first {0}; type to narrow down.")
                          .format(LISTED) if len(people) == LISTED else "")
        self.empty.set_text(tr("No people match ‘{0}’.").format(text) if text else tr("No people yet."))
        self.stack.setCurrentWidget(self.view if people else self.empty)
        row = self.model.row_of(keep)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected person when one is selected, or None."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def selected_ids(self) -> list[int]:
        """The ids of the selected people, in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [record.id for record in (self.model.record(row) for row in rows) if record is not None]

    def _update_buttons(self) -> None:
        writable = not self.store.read_only
        selected = self.selected_id() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)
        self.merge_button.setEnabled(writable and len(self.selected_ids()) == 2)

    def merge(self) -> None:
        """Make the two selected people one, after asking whose record is kept (one undo step)."""
        ids = self.selected_ids()
        if len(ids) != 2 or self.store.read_only:
            return
        people = [(self.store.people.get(i), len(self.store.people.visit_ids(i))) for i in ids]
        answer = MergePeopleDialog.ask(people, self)
        if answer is None:
            return
        kept, merged = answer
        try:
            self.store.people.merge(kept, merged)
        except StoreError as error:
            messages.warn(self, tr("People not merged"), messages.store_error_text(error))
            return
        self.changed_anything = True
        self.reload(select_id=kept)

    def add(self) -> None:
        """Add a person through the person form."""
        saved = AddPersonDialog.ask(self.store, parent=self)
        if saved is not None:
            self.changed_anything = True
            self.reload(select_id=saved.id)

    def edit(self) -> None:
        """Edit the selected person."""
        person_id = self.selected_id()
        if person_id is None or self.store.read_only:
            return
        if EditPersonDialog.ask(self.store, person_id, parent=self) is not None:
            self.changed_anything = True
            self.reload(select_id=person_id)

    def delete(self) -> None:
        """Delete the selected person after confirmation; refused while a visit uses them."""
        person_id = self.selected_id()
        if person_id is None:
            return
        person = self.store.people.get(person_id)
        in_use = bool(self.store.people.visit_ids(person_id))  # then the store refuses, and says why
        if not in_use and not messages.confirm(self, tr("Delete person"), tr("Delete {0}?")
                                                                          .format(person.name), tr("Delete person"),
                                               tr("You can undo this with Edit → Undo (Ctrl+Z).")):
            return
        try:
            self.store.people.delete(person_id)
        except RecordInUse as error:
            rows = self.store.visits.rows(error.visit_ids)
            self.visit_to_open = PersonInUseDialog.ask(person, [rows[i] for i in error.visit_ids if i in rows], self)
            if self.visit_to_open is not None:
                self.accept()
            return
        except StoreError as error:
            messages.warn(self, tr("Person not deleted"), messages.store_error_text(error))
            return
        self.changed_anything = True
        self.reload()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
