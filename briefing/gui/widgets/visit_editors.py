"""The editors of a visit's own fields, shared by the visit form and the press-release review."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit

from briefing import vocabulary as v
from briefing.gui import language
from briefing.gui.language import tr
from briefing.gui.widgets.choice_combo import ChoiceCombo
from briefing.gui.widgets.country_combo import CountryCombo
from briefing.gui.widgets.date_field import DateField
from briefing.gui.widgets.text_area import TextArea


class VisitEditors:
    """Mixed into the widget (a QWidget) that edits a visit: makes the editors in it, fills and reads them.

    The countries are left to that widget: the form works with codes, the review with the names read.
    """

    def make_visit_editors(self, summary_lines: int) -> None:
        """Title, countries, city, dates, type, level, status, summary, significance and source, in this widget."""
        self.title = QLineEdit(self)
        self.guest_country = CountryCombo(self)
        self.host_country = CountryCombo(self)
        self.city = QLineEdit(self)
        self.start_date = DateField(self)
        self.start_date.line_edit.setAccessibleName(tr("Start date"))
        self.end_date = DateField(self)
        self.end_date.line_edit.setAccessibleName(tr("End date"))
        self.visit_type = ChoiceCombo(v.VISIT_TYPES, language.labels("visit_type"), optional=True, parent=self)
        self.level = ChoiceCombo(v.LEVELS, language.labels("level"), optional=True, parent=self)
        self.status = ChoiceCombo(v.VISIT_STATUSES, language.labels("visit_status"), optional=True, parent=self)
        self.summary = TextArea(summary_lines, self)
        self.significance = TextArea(2, self)
        self.source = QLineEdit(self)

    def set_visit_values(self, values: Mapping[str, Any]) -> None:
        """Fill every editor but the countries from field → value (a missing or empty value leaves it empty)."""
        for line_edit, key in ((self.title, "title"), (self.city, "city"), (self.source, "source")):
            line_edit.setText(values.get(key) or "")
        for editor, key in ((self.start_date, "start_date"), (self.end_date, "end_date"),
                            (self.visit_type, "visit_type"), (self.level, "level"), (self.status, "status"),
                            (self.summary, "summary"), (self.significance, "significance")):
            editor.set_value(values.get(key))

    def visit_values(self) -> dict[str, Any]:
        """Every field but the countries, as the domain has them (text stripped, empty choices None)."""
        return {
            "title": self.title.text().strip(), "city": self.city.text().strip(),
            "start_date": self.start_date.value, "end_date": self.end_date.value,
            "visit_type": self.visit_type.value, "level": self.level.value, "status": self.status.value,
            "summary": self.summary.value, "significance": self.significance.value,
            "source": self.source.text().strip(),
        }
