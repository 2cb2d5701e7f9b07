"""Add or edit an agreement: its title, kind, status, date of signature and signatories."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from briefing import domain
from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.date_field import DateField
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddAgreementDialog(FormDialog):
    """A new agreement of a visit; signatories are ticked among the visit's participants."""

    window_title = tr("Add agreement")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.Agreement | None = None):
        super().__init__(store, record or domain.Agreement(visit_id=visit_id), parent)
        self.setMinimumWidth(640)
        self.title = TextArea(2, self)
        self.kind = ChoiceCombo(v.AGREEMENT_KINDS, language.labels("agreement_kind"), parent=self)
        self.status = ChoiceCombo(v.AGREEMENT_STATUSES, language.labels("agreement_status"), parent=self)
        self.signed_on = DateField(self)
        self.signatories = QListWidget(self)
        self.signatories.setAccessibleName(tr("Signatories"))
        participants = store.participants.for_visit(visit_id)
        for participant in participants:
            text = f"{participant.person_name} ({language.label('side', participant.side)})"
            if participant.title:
                text += f" — {participant.title}"
            item = QListWidgetItem(text, self.signatories)
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(2, min(len(participants), 6))
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        row_height = max(self.fontMetrics().height(), indicator) + 8
        self.signatories.setFixedHeight(row_height * rows + 2 * self.signatories.frameWidth() + 4)
        self.signatories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signatories.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.signatories.setSpacing(2)
        hint = "" if participants else tr("The visit has no participants yet: add them on the Participants tab first.")
        self.add_field(tr("&Title:"), self.title, "title")
        self.add_field(tr("&Kind:"), self.kind, "kind")
        self.add_field(tr("St&atus:"), self.status, "status")
        self.add_field(tr("Signed &on:"), self.signed_on, "signed_on")
        self.add_field(tr("Si&gnatories:"), self.signatories, "signatory_ids", hint=hint)
        self.signatories.setEnabled(bool(participants))
        self.finish()

    def _items(self) -> list[QListWidgetItem]:
        return [self.signatories.item(row) for row in range(self.signatories.count())]

    def load(self, record: domain.Agreement) -> None:
        """Fill the fields and tick the signatories."""
        self.title.set_value(record.title)
        self.kind.set_value(record.kind)
        self.status.set_value(record.status)
        self.signed_on.set_value(record.signed_on)
        for item in self._items():
            signed = item.data(Qt.ItemDataRole.UserRole) in record.signatory_ids
            item.setCheckState(Qt.CheckState.Checked if signed else Qt.CheckState.Unchecked)

    @property
    def signatory_ids(self) -> list[int]:
        """The participant ids ticked, in the participants' order."""
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        """Title, kind, status, date and signatories."""
        return {"title": " ".join(self.title.value.split()), "kind": self.kind.value, "status": self.status.value,
                "signed_on": self.signed_on.value, "signatory_ids": self.signatory_ids}

    def validate(self, record: domain.Agreement) -> dict[str, str]:
        """The domain's rules for an agreement."""
        return domain.validate_agreement(record)

    def persist(self, record: domain.Agreement) -> domain.Agreement:
        """Save through the store."""
        return self.store.agreements.save(record)


class EditAgreementDialog(AddAgreementDialog):
    """An existing agreement."""

    window_title = tr("Edit agreement")

    def __init__(self, store: Store, agreement_id: int, parent: QWidget | None = None):
        record = store.agreements.get(agreement_id)
        super().__init__(store, record.visit_id, parent, record=record)
