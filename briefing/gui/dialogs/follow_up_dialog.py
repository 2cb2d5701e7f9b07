"""Add or edit a follow-up action: what, who, by when, how far along."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from briefing import domain
from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.date_field import DateField
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddFollowUpDialog(FormDialog):
    """A new follow-up action of a visit."""

    window_title = tr("Add follow-up action")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.FollowUp | None = None):
        super().__init__(store, record or domain.FollowUp(visit_id=visit_id), parent)
        self.action = TextArea(3, self)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(tr("Unit or person responsible"))
        self.due = DateField(self)
        self.status = ChoiceCombo(v.FOLLOW_UP_STATUSES, language.labels("follow_up_status"), parent=self)
        self.add_field(tr("&Action:"), self.action, "action")
        self.add_field(tr("&Owner:"), self.owner, "owner")
        self.add_field(tr("&Due:"), self.due, "due")
        self.add_field(tr("&Status:"), self.status, "status")
        self.finish()

    def load(self, record: domain.FollowUp) -> None:
        """Fill the fields."""
        self.action.set_value(record.action)
        self.owner.setText(record.owner)
        self.due.set_value(record.due)
        self.status.set_value(record.status)

    def values(self) -> dict[str, Any]:
        """Action, owner, due date, status."""
        return {"action": self.action.value, "owner": self.owner.text().strip(), "due": self.due.value,
                "status": self.status.value}

    def validate(self, record: domain.FollowUp) -> dict[str, str]:
        """The domain's rules for a follow-up action."""
        return domain.validate_follow_up(record)

    def persist(self, record: domain.FollowUp) -> domain.FollowUp:
        """Save through the store."""
        return self.store.follow_ups.save(record)


class EditFollowUpDialog(AddFollowUpDialog):
    """An existing follow-up action."""

    window_title = tr("Edit follow-up action")

    def __init__(self, store: Store, follow_up_id: int, parent: QWidget | None = None):
        record = store.follow_ups.get(follow_up_id)
        super().__init__(store, record.visit_id, parent, record=record)
