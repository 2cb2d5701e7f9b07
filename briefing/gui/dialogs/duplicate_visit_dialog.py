"""Before a new visit is saved that may repeat one already stored: open that one, merge into it, or save anyway."""

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

from briefing.gui.formatting import count_phrase, date_range
from briefing.gui.language import tr
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.question_layout import lay_out_question
from briefing.store import VisitRow

OPEN, MERGE, SAVE_ANYWAY = "open", "merge", "save anyway"
ICON_SIZE = 40

# What the window says afterwards, by the choice made.
OUTCOME_MESSAGES = {
    SAVE_ANYWAY: tr("Added visit “{0}”."),
    OPEN: tr("Nothing was saved; this is the visit already stored: “{0}”."),
    MERGE: tr("Merged into the visit already stored: “{0}”."),
}


def fit_list_to_lines(view: QListWidget, rows: int) -> None:
    """A list of long one-line descriptions: each wraps (two lines at most shown), no sideways scrolling."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSpacing(2)
    view.setFixedHeight(view.fontMetrics().lineSpacing() * 2 * rows + 8 * rows + 8)


def describe(row: VisitRow) -> str:
    """One line for a stored visit: title, countries, dates."""
    countries = " – ".join(name for name in (row.guest_country, row.host_country) if name)
    dates = date_range(row.start_date, row.end_date)
    return " · ".join(part for part in (row.title, countries, dates) if part)


class DuplicateVisitDialog(QDialog):
    """The stored visits the new one may repeat; `choice` and `visit_id` say what the user picked."""

    def __init__(self, matches: list[VisitRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("This visit may already be stored"))
        self.setMinimumWidth(600)
        self.choice: str | None = None
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
                       .pixmap(ICON_SIZE, ICON_SIZE))
        heading = NoteLabel(tr("Already stored with the same countries on overlapping dates, or the same source: "
                               "{0}.").format(count_phrase(len(matches), "visit")), self)
        heading.setObjectName("dialogHeading")
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(tr("Visits already stored"))
        for row in matches:
            item = QListWidgetItem(describe(row), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.matches.setCurrentRow(0)
        fit_list_to_lines(self.matches, min(len(matches), 5))
        note = NoteLabel(tr("Open it to read it, merge into it to add what this one brings without changing "
                            "what it says, or save this one as another visit."), self)
        note.setObjectName("formHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(tr("&Open the stored visit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button = buttons.addButton(tr("&Merge into it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = buttons.addButton(tr("&Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._choose(OPEN))
        self.merge_button.clicked.connect(lambda: self._choose(MERGE))
        self.save_button.clicked.connect(lambda: self._choose(SAVE_ANYWAY))
        buttons.rejected.connect(self.reject)
        lay_out_question(self, icon, [heading, self.matches, note], buttons)

    @property
    def visit_id(self) -> int | None:
        """The stored visit chosen in the list."""
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, matches: list[VisitRow], parent: QWidget | None = None) -> tuple[str, int] | None:
        """Show the question modally; (choice, stored visit id), or None when the user cancelled."""
        dialog = cls(matches, parent)
        try:
            dialog.exec()
            return (dialog.choice, dialog.visit_id) if dialog.choice else None
        finally:
            dialog.deleteLater()
