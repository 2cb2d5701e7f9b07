"""The filters under the search box: date range, country, visit type, status, open follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from briefing import vocabulary
from briefing.domain import parse_iso_date
from briefing.gui import language
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.country_combo import CountryCombo
from briefing.gui.widgets.date_field import DateField

_COMPACT_CHARACTERS = 14  # the list pane is narrow


class VisitFilterBar(QWidget):
    """Emits `filtersChanged` when a filter changes; `filters()` gives them as VisitQuery fields.

    A date that is not a real date, or a country the list does not know, is shown as such and
    leaves its filter off until it is corrected.
    """

    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.date_from.setAccessibleName(tr("Visits from"))
        self.date_to.setAccessibleName(tr("Visits until"))
        self.country = CountryCombo(self, placeholder=tr("Host or guest"))
        self.country.setAccessibleName(tr("Country, host or guest"))
        self.visit_type = ChoiceCombo(vocabulary.VISIT_TYPES, language.labels("visit_type"), optional=True,
                                      parent=self)
        self.visit_type.setAccessibleName(tr("Visit type"))
        self.status = ChoiceCombo(vocabulary.VISIT_STATUSES, language.labels("visit_status"), optional=True,
                                  parent=self)
        self.status.setAccessibleName(tr("Visit status"))
        for combo in (self.country, self.visit_type, self.status):
            combo.setMinimumContentsLength(_COMPACT_CHARACTERS)
        self.open_follow_ups = QCheckBox(tr("Has open follow-ups"), self)
        self.clear_button = QPushButton(tr("Clear filters"), self)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        layout.addRow(tr("Dates"), dates)
        layout.addRow(tr("Country"), self.country)
        layout.addRow(tr("Type"), self.visit_type)
        layout.addRow(tr("Status"), self.status)
        follow_ups = QHBoxLayout()
        follow_ups.addWidget(self.open_follow_ups)
        follow_ups.addStretch(1)
        follow_ups.addWidget(self.clear_button)
        layout.addRow("", follow_ups)
        layout.addRow(self.problem)
        for field in (self.date_from, self.date_to, self.country, self.visit_type, self.status):
            field.changed.connect(self._changed)
        self.open_follow_ups.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        self._filters = self._read()

    def filters(self) -> dict[str, Any]:
        """The filters in force, as VisitQuery field values (off ones as None / False)."""
        return dict(self._filters)

    def active_count(self) -> int:
        """How many filters narrow the list (a date range counts once)."""
        values = self._filters
        return (bool(values["date_from"] or values["date_to"]) + bool(values["country"]) + bool(values["visit_type"])
                + bool(values["status"]) + values["open_follow_ups"])

    def clear(self) -> None:
        """Turn every filter off (one change reported)."""
        fields = (self.date_from, self.date_to, self.country, self.visit_type, self.status, self.open_follow_ups)
        for field in fields:
            field.blockSignals(True)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.country.set_code(None)
        self.visit_type.set_value(None)
        self.status.set_value(None)
        self.open_follow_ups.setChecked(False)
        for field in fields:
            field.blockSignals(False)
        self._changed()

    def _read(self) -> dict[str, Any]:
        problems = []
        dates = {}
        for name, field in (("date_from", self.date_from), ("date_to", self.date_to)):
            dates[name] = None
            try:
                dates[name] = parse_iso_date(field.value) and field.value
            except ValueError:
                problems.append(tr("‘{0}’ is not a date: type it as YYYY-MM-DD or pick it from the calendar.")
                                .format(field.value))
        country_problem = self.country.unknown_text_error()
        if country_problem:
            problems.append(country_problem)
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        return {**dates, "country": self.country.code, "visit_type": self.visit_type.value,
                "status": self.status.value, "open_follow_ups": self.open_follow_ups.isChecked()}

    def _changed(self) -> None:
        filters = self._read()
        if filters != self._filters:
            self._filters = filters
            self.filtersChanged.emit()
