"""File → Export data: the whole database or the selected visit, as a JSON file Briefing can import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton, QVBoxLayout, QWidget

from briefing.gui.formatting import count_phrase
from briefing.gui.language import tr
from briefing.gui.widgets.note_label import NoteLabel

WHOLE_DATABASE = "all"
SELECTED_VISIT = "visit"


class ExportDataDialog(QDialog):
    """Whole database or the selected visit (when there is one); `scope` is the choice."""

    def __init__(self, visits: int, selected_title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export data"))
        self.setMinimumWidth(460)
        intro = NoteLabel(tr("A JSON file with the visits, their records and the people in them: keep it as "
                          "a copy, or import it into another Briefing with File → Import."), self)
        intro.setObjectName("formHint")
        self.whole = QRadioButton(tr("The &whole database ({0} and everyone known)")
                                  .format(count_phrase(visits, 'visit')),
                                  self)
        self.selected = QRadioButton(tr("The &selected visit") + (f": {selected_title}" if selected_title else ""),
                                     self)
        self.selected.setEnabled(selected_title is not None)
        (self.selected if selected_title is not None else self.whole).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export_button = buttons.addButton(tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.whole)
        layout.addWidget(self.selected)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        (self.selected if selected_title is not None else self.whole).setFocus()

    @classmethod
    def ask(cls, visits: int, selected_title: str | None = None, parent: QWidget | None = None) -> str | None:
        """Show the dialog modally; WHOLE_DATABASE, SELECTED_VISIT, or None on Cancel."""
        dialog = cls(visits, selected_title, parent)
        try:
            return dialog.scope if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @property
    def scope(self) -> str:
        """What the dialog has chosen."""
        return SELECTED_VISIT if self.selected.isChecked() else WHOLE_DATABASE
