"""Before an import writes anything: what it will add and update, with Import and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStyle, QWidget

from briefing.gui.language import tr
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.question_layout import lay_out_question

ICON_SIZE = 40


class ImportSummaryDialog(QDialog):
    """The import plan's summary sentence for the file; accepted means "write it"."""

    def __init__(self, file: Path, summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import"))
        self.setMinimumWidth(560)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
                       .pixmap(ICON_SIZE, ICON_SIZE))
        heading = NoteLabel(tr("Import {0}?").format(file.name), self)
        heading.setObjectName("dialogHeading")
        self.summary = NoteLabel(f"{summary[:1].upper()}{summary[1:]}.", self)
        self.summary.setObjectName("importSummary")
        note = NoteLabel(tr("The file is written in one step: all of it or nothing. A backup of the database "
                         "is taken first, so File → Restore from backup can take the import back."), self)
        note.setObjectName("formHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay_out_question(self, icon, [heading, self.summary, note], buttons)

    @classmethod
    def ask(cls, file: Path, summary: str, parent: QWidget | None = None) -> bool:
        """Show the summary modally; True when the user pressed Import."""
        dialog = cls(file, summary, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
