"""A country picker: type any part of a name, choose from the list; only known countries resolve."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefing.gui.language import countries, country_code, country_name, tr
from briefing.gui.widgets.choice_combo import COMBO_CHARACTERS


class CountryCombo(QComboBox):
    """Editable combo over every ISO country; `code` is the alpha-2 code of the text, or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = tr("Type or choose a country")):
        super().__init__(parent)
        self.setMinimumContentsLength(COMBO_CHARACTERS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.addItem("", None)
        for code, name in countries():
            self.addItem(name, code)
        completer = QCompleter(QStringListModel([name for _, name in countries()], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setClearButtonEnabled(True)
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    @property
    def code(self) -> str | None:
        """The alpha-2 code the text names (a name in the window's language or in English, an ISO name or a
        code), or None."""
        return country_code(self.currentText().strip())

    def set_code(self, code: str | None) -> None:
        """Show the country with this code (or nothing)."""
        self.setEditText(country_name(code) or "")

    def unknown_text_error(self) -> str | None:
        """A message when the text names no country, None when it is empty or known."""
        text = self.currentText().strip()
        if text and self.code is None:
            return tr("'{0}' is not a country; choose one from the list.").format(text)
        return None
