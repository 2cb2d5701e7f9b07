"""File → Export country dossier (as PDF or as Word): choose the country whose visits go into one document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.formatting import count_phrase
from briefing.gui.language import countries, country_code, country_name, tr
from briefing.gui.widgets.note_label import NoteLabel
from briefing.store import Store


def country_label(name: str, visits: int) -> str:
    """ "Kazakhstan — 3 visits"."""
    return tr("{0} — {1}").format(name, count_phrase(visits, "visit"))


class DossierCountryDialog(QDialog):
    """A searchable list of the countries that have visits (or of every country); `code` is the choice."""

    def __init__(self, store: Store, initial_code: str | None = None, parent: QWidget | None = None,
                 fmt: str = "pdf"):
        super().__init__(parent)
        self.counts = store.visit_counts_by_country()
        self.setWindowTitle(tr("Export country dossier"))
        self.setMinimumWidth(480)
        if fmt == "docx":
            what = tr("Every visit with the country, as host or guest, in one Word document: a cover page, "
                      "contents, a timeline of visits and agreements, then each visit, newest first.")
        else:
            what = tr("Every visit with the country, as host or guest, in one PDF: a cover page, contents, a "
                      "timeline of visits and agreements, then each visit, newest first.")
        self.intro = NoteLabel(what, self)
        self.intro.setObjectName("formHint")
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setMaxVisibleItems(16)
        self.country.lineEdit().setPlaceholderText(tr("Type part of a name, or choose from the list"))
        self.country.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self.country.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCompleter(completer)
        self.all_countries = QCheckBox(tr("Show &all countries, also those without visits"), self)
        self.all_countries.setEnabled(bool(self.counts))
        self.all_countries.toggled.connect(lambda _on: self._fill())
        label = QLabel(tr("&Country:"), self)
        label.setBuddy(self.country)
        form = QFormLayout()
        form.addRow(label, self.country)
        form.addRow("", self.all_countries)
        self.problem = NoteLabel("", self)
        self.problem.setObjectName("fieldError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill()
        if initial_code in self.counts:
            self.country.setCurrentIndex(self.country.findData(initial_code))
        self.country.editTextChanged.connect(lambda _text: self._update_button())
        self._update_button()
        self.country.setFocus()

    @classmethod
    def ask(cls, store: Store, initial_code: str | None = None, parent: QWidget | None = None,
            fmt: str = "pdf") -> str | None:
        """Show the dialog modally for a dossier in the format; the chosen country's alpha-2 code, or None on
        Cancel."""
        dialog = cls(store, initial_code, parent, fmt)
        try:
            return dialog.code if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _fill(self) -> None:
        chosen = self.code
        self.country.blockSignals(True)
        self.country.clear()
        for code, name in countries():
            visits = self.counts.get(code, 0)
            if visits or self.all_countries.isChecked():
                self.country.addItem(country_label(name, visits), code)
        self.country.setCurrentIndex(self.country.findData(chosen) if chosen else 0)
        self.country.blockSignals(False)
        self._update_button()

    @property
    def code(self) -> str | None:
        """The country the text names (a list entry or a country name), or None."""
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.country.itemData(index)
        return country_code(text.split(" — ")[0])

    def problem_text(self) -> str:
        """Why Export is disabled, or an empty string."""
        if not self.counts:
            return tr("There are no visits yet: a dossier gathers the visits with one country.")
        text = self.country.currentText().strip()
        code = self.code
        if code is None:
            if not text:
                return tr("Choose a country.")
            return tr("'{0}' is not a country; choose one from the list.").format(text)
        if not self.counts.get(code):
            return tr("There are no visits with {0} yet.").format(country_name(code))
        return ""

    def _update_button(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)

    def accept(self) -> None:
        """Close with the country chosen, if it has visits."""
        if not self.problem_text():
            super().accept()
