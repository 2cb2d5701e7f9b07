"""Add or edit a cooperation area: a topic, its category and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from briefing import domain
from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddAreaDialog(FormDialog):
    """A new cooperation area of a visit."""

    window_title = tr("Add cooperation area")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.CooperationArea | None = None):
        super().__init__(store, record or domain.CooperationArea(visit_id=visit_id), parent)
        self.topic = QLineEdit(self)
        self.topic.setPlaceholderText(tr("e.g. Logistics"))
        self.category = ChoiceCombo(v.AREA_CATEGORIES, language.labels("area_category"), parent=self)
        self.notes = TextArea(5, self)
        self.add_field(tr("&Topic:"), self.topic, "topic")
        self.add_field(tr("&Category:"), self.category, "category")
        self.add_field(tr("&Notes:"), self.notes, "notes")
        self.finish()

    def load(self, record: domain.CooperationArea) -> None:
        """Fill the fields."""
        self.topic.setText(record.topic)
        self.category.set_value(record.category)
        self.notes.set_value(record.notes)

    def values(self) -> dict[str, Any]:
        """Topic, category, notes."""
        return {"topic": self.topic.text().strip(), "category": self.category.value, "notes": self.notes.value}

    def validate(self, record: domain.CooperationArea) -> dict[str, str]:
        """The domain's rules for an area."""
        return domain.validate_area(record)

    def persist(self, record: domain.CooperationArea) -> domain.CooperationArea:
        """Save through the store."""
        return self.store.areas.save(record)


class EditAreaDialog(AddAreaDialog):
    """An existing cooperation area."""

    window_title = tr("Edit cooperation area")

    def __init__(self, store: Store, area_id: int, parent: QWidget | None = None):
        record = store.areas.get(area_id)
        super().__init__(store, record.visit_id, parent, record=record)
