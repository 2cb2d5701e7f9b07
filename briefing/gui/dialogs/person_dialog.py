"""Add or edit a person: name, organization, country and a short biography."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from briefing import domain
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.formatting import count_phrase
from briefing.gui.language import tr
from briefing.gui.widgets.country_combo import CountryCombo
from briefing.gui.widgets.text_area import TextArea
from briefing.store import Store


class AddPersonDialog(FormDialog):
    """A new person."""

    window_title = tr("Add person")

    def __init__(self, store: Store, parent: QWidget | None = None, record: domain.Person | None = None):
        super().__init__(store, record or domain.Person(), parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Full name as it should appear in the briefing"))
        self.organization = QLineEdit(self)
        self.organization.setPlaceholderText(tr("e.g. Ministry of Foreign Affairs"))
        self.country = CountryCombo(self, placeholder=tr("Optional"))
        self.biography = TextArea(6, self)
        self.add_field(tr("&Name:"), self.name, "name")
        self.add_field(tr("&Organization:"), self.organization, "organization")
        self.add_field(tr("&Country:"), self.country, "country")
        self.add_field(tr("&Biography:"), self.biography, "biography")
        self.finish()

    def load(self, record: domain.Person) -> None:
        """Fill the fields."""
        self.name.setText(record.name)
        self.organization.setText(record.organization)
        self.country.set_code(record.country)
        self.biography.set_value(record.biography)

    def values(self) -> dict[str, Any]:
        """Name, organization, country, biography."""
        return {"name": self.name.text().strip(), "organization": self.organization.text().strip(),
                "country": self.country.code, "biography": self.biography.value}

    def validate(self, record: domain.Person) -> dict[str, str]:
        """The domain's rules for a person."""
        return domain.validate_person(record)

    def form_errors(self) -> dict[str, str]:
        """Country text that names no country."""
        message = self.country.unknown_text_error()
        return {"country": message} if message else {}

    def persist(self, record: domain.Person) -> domain.Person:
        """Save through the store."""
        return self.store.people.save(record)


class EditPersonDialog(AddPersonDialog):
    """An existing person; says how many visits the change reaches."""

    window_title = tr("Edit person")

    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None):
        super().__init__(store, parent, record=store.people.get(person_id))
        visits = len(store.people.visit_ids(person_id))
        if visits:
            self.form.addRow("", self.note_label(
                tr("Takes part in {0}; a change shows in all of them.").format(count_phrase(visits, 'visit'))))
