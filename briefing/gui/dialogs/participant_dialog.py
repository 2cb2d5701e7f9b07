"""Add or edit a participant: an existing person or a new one, their side, role and title at the time."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from briefing import domain
from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.country_combo import CountryCombo
from briefing.gui.widgets.person_combo import PersonCombo
from briefing.store import Store

_PERSON_FIELDS = ("name", "organization", "country")


class AddParticipantDialog(FormDialog):
    """A person's part in a visit; the person is picked from the people known, or created here."""

    window_title = tr("Add participant")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None,
                 record: domain.Participant | None = None):
        super().__init__(store, record or domain.Participant(visit_id=visit_id), parent)
        self.visit = store.visits.get(visit_id)
        self.existing_choice = QRadioButton(tr("&Existing person"), self)
        self.new_choice = QRadioButton(tr("Ne&w person"), self)
        choices = QWidget(self)
        choices_layout = QHBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.existing_choice)
        choices_layout.addWidget(self.new_choice)
        choices_layout.addStretch(1)
        group = QButtonGroup(self)
        group.addButton(self.existing_choice)
        group.addButton(self.new_choice)
        self.person = PersonCombo(store, self)
        self.name = QLineEdit(self)
        self.organization = QLineEdit(self)
        self.country = CountryCombo(self, placeholder=tr("Optional"))
        self.side = ChoiceCombo(v.SIDES, language.labels("side"), parent=self)
        self.role = ChoiceCombo(v.ROLES, language.labels("role"), optional=True, parent=self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("e.g. Minister of Foreign Affairs"))
        self.add_field(tr("Person:"), choices)
        self.add_field("", self.person, "person_id")
        self.add_field(tr("&Name:"), self.name, "name")
        self.add_field(tr("&Organization:"), self.organization, "organization")
        self.add_field(tr("&Country:"), self.country, "country")
        self.add_field(tr("&Side:"), self.side, "side")
        self.add_field(tr("&Role:"), self.role, "role")
        self.add_field(tr("&Title at the time:"), self.title, "title")
        self.existing_choice.setChecked(True)
        self.existing_choice.toggled.connect(self._show_person_fields)
        self.side.changed.connect(self._suggest_country)
        self.finish()
        self._show_person_fields()

    @property
    def creates_person(self) -> bool:
        """True when Save also creates the person typed in."""
        return self.new_choice.isChecked()

    def _show_person_fields(self) -> None:
        creating = self.creates_person
        self.form.setRowVisible(self.person, not creating)
        for widget in (self.name, self.organization, self.country):
            self.form.setRowVisible(widget, creating)
        self._suggest_country()
        (self.name if creating else self.person).setFocus()
        self.revalidate()
        self.adjustSize()

    def _suggest_country(self) -> None:
        """A new person belongs, unless the user says otherwise, to the country of their side."""
        if self.is_touched("country"):
            return
        code = self.visit.host_country if self.side.value == "host" else self.visit.guest_country
        with self.filling():
            self.country.set_code(code)

    def new_person(self) -> domain.Person:
        """The person the "new person" fields describe."""
        return domain.Person(name=self.name.text().strip(), organization=self.organization.text().strip(),
                             country=self.country.code)

    def load(self, record: domain.Participant) -> None:
        """Fill the fields."""
        self.person.set_person_id(record.person_id)
        self.side.set_value(record.side)
        self.role.set_value(record.role)
        self.title.setText(record.title)

    def values(self) -> dict[str, Any]:
        """Person, side, role, title (no person yet when a new one is typed in)."""
        return {"person_id": None if self.creates_person else self.person.person_id,
                "side": self.side.value, "role": self.role.value, "title": self.title.text().strip()}

    def validate(self, record: domain.Participant) -> dict[str, str]:
        """The domain's rules for a participation, and for the new person when one is typed in."""
        if not self.creates_person:
            return domain.validate_participant(record)
        errors = domain.validate_participant(dataclasses.replace(record, person_id=0))
        errors.update({k: m for k, m in domain.validate_person(self.new_person()).items() if k in _PERSON_FIELDS})
        return errors

    def form_errors(self) -> dict[str, str]:
        """A person text that names nobody; country text that names no country."""
        if self.creates_person:
            message = self.country.unknown_text_error()
            return {"country": message} if message else {}
        text = self.person.currentText().strip()
        if text and self.person.person_id is None:
            return {"person_id": tr("No one called '{0}' is known; choose from the list or add a new person.")
                                 .format(text)}
        return {}

    def persist(self, record: domain.Participant) -> domain.Participant:
        """Save the participant; a new person is created in the same undoable step."""
        if not self.creates_person:
            return self.store.participants.save(record)
        return self.store.participants.save_with_new_person(record, self.new_person())


class EditParticipantDialog(AddParticipantDialog):
    """An existing participant."""

    window_title = tr("Edit participant")

    def __init__(self, store: Store, participant_id: int, parent: QWidget | None = None):
        record = store.participants.get(participant_id)
        super().__init__(store, record.visit_id, parent, record=record)
