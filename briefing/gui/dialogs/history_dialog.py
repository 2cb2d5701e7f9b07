"""Add or edit a history entry: a dated fact of bilateral history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from briefing import domain
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.date_field import DateField
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddHistoryDialog(FormDialog):
    """A new history entry of a visit."""

    window_title = tr("Add history entry")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.HistoryEntry | None = None):
        super().__init__(store, record or domain.HistoryEntry(visit_id=visit_id), parent)
        self.date = DateField(self, placeholder=tr("YYYY-MM-DD"))
        self.text = TextArea(6, self)
        self.add_field(tr("&Date:"), self.date, "date",
                       hint=tr("Optional. A year (2019) or a month (2019-04) will do."))
        self.add_field(tr("&What happened:"), self.text, "text")
        self.finish()

    def load(self, record: domain.HistoryEntry) -> None:
        """Fill the fields."""
        self.date.set_value(record.date)
        self.text.set_value(record.text)

    def values(self) -> dict[str, Any]:
        """Date and text."""
        return {"date": self.date.value, "text": self.text.value}

    def validate(self, record: domain.HistoryEntry) -> dict[str, str]:
        """The domain's rules for a history entry."""
        return domain.validate_history_entry(record)

    def persist(self, record: domain.HistoryEntry) -> domain.HistoryEntry:
        """Save through the store."""
        return self.store.history.save(record)


class EditHistoryDialog(AddHistoryDialog):
    """An existing history entry."""

    window_title = tr("Edit history entry")

    def __init__(self, store: Store, entry_id: int, parent: QWidget | None = None):
        record = store.history.get(entry_id)
        super().__init__(store, record.visit_id, parent, record=record)
