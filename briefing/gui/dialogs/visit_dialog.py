"""Add or edit a visit: its title, countries, place, dates, kind and the text about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from briefing import domain
from briefing.gui.dialogs.duplicate_visit_dialog import MERGE, SAVE_ANYWAY, DuplicateVisitDialog
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.language import tr
from briefing.gui.widgets.visit_editors import VisitEditors
from briefing.store import Store


class AddVisitDialog(FormDialog, VisitEditors):
    """A new visit; `outcome` says whether it was saved, merged into a stored one, or that one opened."""

    window_title = tr("New visit")
    outcome = SAVE_ANYWAY

    def __init__(self, store: Store, parent: QWidget | None = None, record: domain.Visit | None = None):
        super().__init__(store, record or domain.Visit(status="planned"), parent)
        self.setMinimumWidth(680)
        self.make_visit_editors(summary_lines=6)
        self.title.setPlaceholderText(tr("e.g. Official visit of the Foreign Minister of Viet Nam to Greece"))
        self.source.setPlaceholderText(tr("Where this comes from: a link or a reference"))
        dates = QWidget(self)
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.start_date)
        dates_layout.addWidget(QLabel(tr("to", "between two dates"), dates))
        dates_layout.addWidget(self.end_date)
        dates_layout.addStretch(1)
        dates.setFocusProxy(self.start_date)
        self.add_field(tr("&Title:"), self.title, "title")
        self.add_field(tr("&Guest country:"), self.guest_country, "guest_country")
        self.add_field(tr("&Host country:"), self.host_country, "host_country")
        self.add_field(tr("&City:"), self.city, "city")
        self.add_field(tr("&Dates:"), dates, "start_date", "end_date", watch=False,
                       hint=tr("Optional; type YYYY-MM-DD or pick from the calendar."))
        self.watch(self.start_date, "start_date")
        self.watch(self.end_date, "end_date")
        self.add_field(tr("T&ype:"), self.visit_type, "visit_type")
        self.add_field(tr("&Level:"), self.level, "level")
        self.add_field(tr("St&atus:"), self.status, "status")
        self.add_field(tr("&Summary:"), self.summary, "summary")
        self.add_field(tr("Signi&ficance:"), self.significance, "significance")
        self.add_field(tr("S&ource:"), self.source, "source")
        self.finish()

    def load(self, record: domain.Visit) -> None:
        """Fill the fields."""
        self.set_visit_values(vars(record))
        self.guest_country.set_code(record.guest_country)
        self.host_country.set_code(record.host_country)

    def values(self) -> dict[str, Any]:
        """Every field of the visit."""
        return {**self.visit_values(), "guest_country": self.guest_country.code,
                "host_country": self.host_country.code}

    def validate(self, record: domain.Visit) -> dict[str, str]:
        """The domain's rules for a visit."""
        return domain.validate_visit(record)

    def form_errors(self) -> dict[str, str]:
        """Country text that names no country."""
        errors = {}
        for name, combo in (("guest_country", self.guest_country), ("host_country", self.host_country)):
            message = combo.unknown_text_error()
            if message:
                errors[name] = message
        return errors

    def persist(self, record: domain.Visit) -> domain.Visit:
        """Save through the store."""
        return self.store.visits.save(record)

    def save(self) -> None:
        """A new visit that may repeat a stored one asks first: open that one, merge into it, or save anyway."""
        self.outcome = SAVE_ANYWAY
        matches = [] if self.original.id is not None or self.errors else self.store.visits.duplicates_of(self.record)
        if not matches:
            super().save()
            return
        answer = DuplicateVisitDialog.ask(matches, self)
        if answer is None:
            return
        self.outcome, visit_id = answer
        if self.outcome == SAVE_ANYWAY:
            super().save()
            return
        stored = self.store.visits.get(visit_id)
        if self.outcome == MERGE:
            stored = self.store.visits.save(domain.with_empty_fields_filled(stored, self.record))
        self._saved = stored
        self.accept()


class EditVisitDialog(AddVisitDialog):
    """An existing visit."""

    window_title = tr("Edit visit")

    def __init__(self, store: Store, visit_id: int, parent: QWidget | None = None):
        super().__init__(store, parent, record=store.visits.get(visit_id))
