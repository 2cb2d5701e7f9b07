"""People → Merge…: two records of one person become one; the user picks whose name stays."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from briefing import domain
from briefing.gui.formatting import count_phrase
from briefing.gui.language import country_name, tr
from briefing.gui.widgets.note_label import NoteLabel

# A choice is one line (a radio button does not wrap): a long organisation is cut, in full in the tooltip.
ORGANISATION_AT_MOST = 48


def _choice_text(person: domain.Person, visits: int) -> str:
    organisation = domain.shortened(person.organization or "", ORGANISATION_AT_MOST)
    details = [part for part in (organisation, country_name(person.country)) if part]
    details.append(count_phrase(visits, "visit"))
    return f"{person.name} ({', '.join(details)})"


class MergePeopleDialog(QDialog):
    """Which of two people is kept; `kept` and `merged` are the ids once accepted."""

    def __init__(self, people: list[tuple[domain.Person, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Merge people"))
        self.setMinimumWidth(520)
        self._people = [person for person, _ in people]
        heading = NoteLabel(tr("Keep which record? The other one's visits, signatures and biography move to it, "
                               "and the other record is deleted."), self)
        heading.setObjectName("dialogHeading")
        self.choices = [QRadioButton(_choice_text(person, visits), self) for person, visits in people]
        for choice, (person, _visits) in zip(self.choices, people, strict=True):
            choice.setToolTip(person.organization or "")
        self.choices[0].setChecked(True)
        note = QLabel(tr("You can undo this with Edit → Undo (Ctrl+Z)."), self)
        note.setObjectName("formHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(heading)
        for choice in self.choices:
            layout.addWidget(choice)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def kept(self) -> int:
        """The id of the person kept."""
        return self._people[next(i for i, choice in enumerate(self.choices) if choice.isChecked())].id

    @property
    def merged(self) -> int:
        """The id of the person merged into the kept one (and deleted)."""
        return next(person.id for person in self._people if person.id != self.kept)

    @classmethod
    def ask(cls, people: list[tuple[domain.Person, int]], parent: QWidget | None = None) -> tuple[int, int] | None:
        """Show it modally; (kept id, merged id), or None when the user cancelled."""
        dialog = cls(people, parent)
        try:
            return (dialog.kept, dialog.merged) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
