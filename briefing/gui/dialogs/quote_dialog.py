"""Add or edit a quote: who said it and the words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from briefing import domain
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddQuoteDialog(FormDialog):
    """A new quote of a visit; the speaker field suggests the visit's participants."""

    window_title = tr("Add quote")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.Quote | None = None):
        super().__init__(store, record or domain.Quote(visit_id=visit_id), parent)
        self.speaker = QLineEdit(self)
        self.speaker.setPlaceholderText(tr("Who said it (a participant's name is suggested)"))
        names = [p.person_name for p in store.participants.for_visit(visit_id)]
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.text = TextArea(6, self)
        self.add_field(tr("&Speaker:"), self.speaker, "speaker")
        self.add_field(tr("&Words:"), self.text, "text")
        self.finish()

    def load(self, record: domain.Quote) -> None:
        """Fill the fields."""
        self.speaker.setText(record.speaker)
        self.text.set_value(record.text)

    def values(self) -> dict[str, Any]:
        """Speaker and words."""
        return {"speaker": self.speaker.text().strip(), "text": self.text.value}

    def validate(self, record: domain.Quote) -> dict[str, str]:
        """The domain's rules for a quote."""
        return domain.validate_quote(record)

    def persist(self, record: domain.Quote) -> domain.Quote:
        """Save through the store."""
        return self.store.quotes.save(record)


class EditQuoteDialog(AddQuoteDialog):
    """An existing quote."""

    window_title = tr("Edit quote")

    def __init__(self, store: Store, quote_id: int, parent: QWidget | None = None):
        record = store.quotes.get(quote_id)
        super().__init__(store, record.visit_id, parent, record=record)
