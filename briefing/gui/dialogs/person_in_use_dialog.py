"""A person who cannot be deleted: the visits they take part in, each one a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from briefing import domain
from briefing.gui.dialogs.duplicate_visit_dialog import ICON_SIZE, describe, fit_list_to_lines
from briefing.gui.formatting import count_phrase
from briefing.gui.language import tr
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.question_layout import lay_out_question
from briefing.store import VisitRow


class PersonInUseDialog(QDialog):
    """Why the person stays, and the visits that hold them; `visit_id` is the one to open, if any."""

    def __init__(self, person: domain.Person, visits: list[VisitRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Cannot delete person"))
        self.setMinimumWidth(620)
        self.visit_id: int | None = None
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(ICON_SIZE, ICON_SIZE))
        heading = NoteLabel(tr("{0} takes part in {1}.").format(person.name, count_phrase(len(visits), "visit")),
                            self)
        heading.setObjectName("dialogHeading")
        self.visits = QListWidget(self)
        self.visits.setAccessibleName(tr("Visits with this person"))
        for row in visits:
            QListWidgetItem(describe(row), self.visits).setData(Qt.ItemDataRole.UserRole, row.id)
        self.visits.setCurrentRow(0)
        fit_list_to_lines(self.visits, min(len(visits), 6))
        note = NoteLabel(tr("Remove them from these visits first, or merge them into another person with "
                            "Merge… in People."), self)
        note.setObjectName("formHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(tr("&Open visit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.visits.itemActivated.connect(lambda _item: self._open())
        buttons.rejected.connect(self.reject)
        lay_out_question(self, icon, [heading, self.visits, note], buttons)

    def _open(self) -> None:
        item = self.visits.currentItem()
        self.visit_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.accept()

    @classmethod
    def ask(cls, person: domain.Person, visits: list[VisitRow], parent: QWidget | None = None) -> int | None:
        """Show it modally; the id of the visit to open, or None."""
        dialog = cls(person, visits, parent)
        try:
            dialog.exec()
            return dialog.visit_id
        finally:
            dialog.deleteLater()
