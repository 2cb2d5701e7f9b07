"""A country picker: type any part of any of a country's names (accents optional, common and former names
too: "cote", "Turkey"), choose from the list; only known countries resolve, to the canonical name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefing.countries import typed_key
from briefing.gui.language import country_name, tr, typed_country_code, typed_country_names
from briefing.gui.widgets.choice_combo import COMBO_CHARACTERS

TYPED_NAMES_ROLE = Qt.ItemDataRole.UserRole + 1


class CountryMatches(QSortFilterProxyModel):
    """The countries one of whose names (folded as typed_key folds them) contains the folded typed text."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        source = QStandardItemModel(self)
        for _code, name, typed_names in typed_country_names():
            item = QStandardItem(name)
            item.setData(typed_names, TYPED_NAMES_ROLE)
            source.appendRow(item)
        self.setSourceModel(source)
        self._typed = ""

    def set_typed(self, text: str) -> None:
        """Keep the countries that `text` names a part of."""
        self.beginFilterChange()
        self._typed = typed_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether one of the row's names contains the typed text."""
        names = self.sourceModel().index(source_row, 0, source_parent).data(TYPED_NAMES_ROLE)
        return any(self._typed in name for name in names)


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
        self.matches = CountryMatches(self)
        for code, name, _typed_names in typed_country_names():
            self.addItem(name, code)
        completer = QCompleter(self.matches, self)
        # The matches model does the filtering (folded, over every name); the completer only shows it.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setClearButtonEnabled(True)
        self.lineEdit().textEdited.connect(self.matches.set_typed)
        self.lineEdit().editingFinished.connect(self._show_canonical_name)
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    @property
    def code(self) -> str | None:
        """The alpha-2 code the text names (any name or alias of a country, a code, or the start of the names
        of just one country), or None."""
        return typed_country_code(self.currentText().strip())

    def set_code(self, code: str | None) -> None:
        """Show the country with this code (or nothing)."""
        self.setEditText(country_name(code) or "")

    def _show_canonical_name(self) -> None:
        """Replace "Turkey" or "cote" by the name that will be stored, so the user sees what they chose."""
        code = self.code
        if code is not None and self.currentText() != country_name(code):
            self.set_code(code)

    def unknown_text_error(self) -> str | None:
        """A message when the text names no country, None when it is empty or known."""
        text = self.currentText().strip()
        if text and self.code is None:
            return tr("'{0}' is not a country; choose one from the list.").format(text)
        return None
