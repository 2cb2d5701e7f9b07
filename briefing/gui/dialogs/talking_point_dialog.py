"""Add or edit a talking point: one key message for the minister."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from briefing import domain
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddTalkingPointDialog(FormDialog):
    """A new talking point of a visit."""

    window_title = tr("Add talking point")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.TalkingPoint | None = None):
        super().__init__(store, record or domain.TalkingPoint(visit_id=visit_id), parent)
        self.text = TextArea(6, self)
        self.add_field(tr("&Key message:"), self.text, "text",
                       hint=tr("One message the minister should get across, in a sentence or two."))
        self.finish()

    def load(self, record: domain.TalkingPoint) -> None:
        """Fill the field."""
        self.text.set_value(record.text)

    def values(self) -> dict[str, Any]:
        """The message."""
        return {"text": self.text.value}

    def validate(self, record: domain.TalkingPoint) -> dict[str, str]:
        """The domain's rules for a talking point."""
        return domain.validate_talking_point(record)

    def persist(self, record: domain.TalkingPoint) -> domain.TalkingPoint:
        """Save through the store."""
        return self.store.talking_points.save(record)


class EditTalkingPointDialog(AddTalkingPointDialog):
    """An existing talking point."""

    window_title = tr("Edit talking point")

    def __init__(self, store: Store, point_id: int, parent: QWidget | None = None):
        record = store.talking_points.get(point_id)
        super().__init__(store, record.visit_id, parent, record=record)
