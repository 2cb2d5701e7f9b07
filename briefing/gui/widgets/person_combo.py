"""Pick a person by typing part of their name (any case, with or without accents): matches as you type."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefing import domain
from briefing.domain import fold_name
from briefing.gui.language import tr
from briefing.store import Store

SUGGESTIONS = 50
LISTED = 300


def person_label(person: domain.Person) -> str:
    """How a person appears in the picker: "Name — Organization"."""
    return f"{person.name} — {person.organization}" if person.organization else person.name


class PersonCombo(QComboBox):
    """Editable combo over people; `person_id` is the person the text names, or None."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self._ids_by_label: dict[str, int] = {}
        self._ids_by_name: dict[str, set[int]] = {}
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        # The suggestions are the matches already (accents and case ignored): shown as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.addItem("", None)
        for person in store.people.list("", limit=LISTED):
            self._remember(person)
            self.addItem(person_label(person), person.id)
        self.lineEdit().setPlaceholderText(tr("Type part of a name, or choose from the list"))
        self.lineEdit().textEdited.connect(self._suggest)
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    def _remember(self, person: domain.Person) -> None:
        self._ids_by_label[person_label(person)] = person.id
        self._ids_by_name.setdefault(fold_name(person.name), set()).add(person.id)

    def _suggest(self, text: str) -> None:
        if text.strip():
            namesakes = self.store.people.same_name(text)
            people = namesakes + [p for p in self.store.people.list(text, limit=SUGGESTIONS) if p not in namesakes]
        else:
            people = []
        for person in people:
            self._remember(person)
        self._suggestions.setStringList([person_label(person) for person in people])
        if people:
            self.completer().complete()

    @property
    def person_id(self) -> int | None:
        """The person chosen: an exact label, or a name only one known person has (case and accents aside,
        or else spelt another way: word order, Latin or Cyrillic)."""
        text = self.currentText().strip()
        if text in self._ids_by_label:
            return self._ids_by_label[text]
        namesakes = self._ids_by_name.get(fold_name(text), set())
        if not namesakes and text:
            namesakes = {person.id for person in self.store.people.same_name(text)}
        return next(iter(namesakes)) if len(namesakes) == 1 else None

    def set_person_id(self, person_id: int | None) -> None:
        """Show this person (or nothing)."""
        if person_id is None:
            self.setEditText("")
            return
        person = self.store.people.get(person_id)
        self._remember(person)
        self.setEditText(person_label(person))
