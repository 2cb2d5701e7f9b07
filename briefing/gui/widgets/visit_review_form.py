"""The visit's own fields as the press-release reader filled them, each with its confidence dot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefing.countries import code_for_name, name_for_code
from briefing.extract import Evidence
from briefing.gui.language import tr
from briefing.gui.widgets.confidence_dot import NOT_FOUND, ConfidenceDot
from briefing.gui.widgets.note_label import NoteLabel
from briefing.gui.widgets.text_area import TextArea
from briefing.gui.widgets.visit_editors import VisitEditors


class VisitReviewForm(QWidget, VisitEditors):
    """Title, countries, city, dates, kind, level, status, summary, significance and source of the visit."""

    changed = Signal()
    summaryRequested = Signal()  # the user asks for the summary to be written again from the fields

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.make_visit_editors(summary_lines=4)
        self.fields: dict[str, QWidget] = {
            "title": self.title, "guest_country": self.guest_country, "host_country": self.host_country,
            "city": self.city, "start_date": self.start_date, "end_date": self.end_date,
            "visit_type": self.visit_type, "level": self.level, "status": self.status, "summary": self.summary,
            "significance": self.significance, "source": self.source,
        }
        self.dots = {key: ConfidenceDot(self) for key in self.fields if key != "summary"}
        self.errors: dict[str, QLabel] = {}
        self._evidence: dict[str, Evidence] = {}
        for combo in (self.guest_country, self.host_country, self.visit_type, self.level, self.status):
            combo.setMinimumContentsLength(16)  # the form shares the dialog with the source text
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 10, 10, 4)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(2)
        self._row(tr("&Title:"), "title")
        self._row(tr("&Guest country:"), "guest_country")
        self._row(tr("&Host country:"), "host_country")
        self._row(tr("&City:"), "city")
        self._row(tr("&Dates:"), "start_date", "end_date")
        self._row(tr("T&ype:"), "visit_type")
        self._row(tr("&Level:"), "level")
        self._row(tr("St&atus:"), "status")
        self._row(tr("&Summary:"), "summary", hint=tr("Written from the fields found; check it against the text."))
        self.rewrite_summary = QPushButton(tr("Re&write the summary from the fields"), self)
        self.rewrite_summary.setToolTip(tr("After correcting the participants, dates or countries, write the summary "
                                           "again from what the form holds now."))
        self.rewrite_summary.clicked.connect(self.summaryRequested)
        self.form.insertRow(self.form.rowCount() - 1, "", self.rewrite_summary)
        self._row(tr("Signi&ficance:"), "significance")
        self._row(tr("S&ource:"), "source")
        for widget in self.fields.values():
            signal = getattr(widget, "changed", None) or widget.textChanged
            signal.connect(self.changed)

    def _row(self, label: str, *keys: str, hint: str = "") -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for index, key in enumerate(keys):
            if index:
                layout.addWidget(QLabel(tr("to", "between two dates"), row))
            layout.addWidget(self.fields[key], 1 if len(keys) == 1 else 0)
            if key in self.dots:
                layout.addWidget(self.dots[key], 0, Qt.AlignmentFlag.AlignTop if key == "significance" else
                                 Qt.AlignmentFlag.AlignVCenter)
        if len(keys) > 1:
            layout.addStretch(1)
        row.setFocusProxy(self.fields[keys[0]])
        caption = QLabel(label, self)
        caption.setBuddy(self.fields[keys[0]].focusProxy() or self.fields[keys[0]])
        if isinstance(self.fields[keys[0]], TextArea):
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(caption, row)
        if hint:
            note = NoteLabel(hint, self)
            note.setObjectName("formHint")
            self.form.addRow("", note)
        error = NoteLabel("", self)
        error.setObjectName("fieldError")
        error.setAccessibleName(tr("{0} problem").format(label.replace('&', '').rstrip(':')))
        error.setMinimumHeight(error.fontMetrics().lineSpacing())  # room kept, so a message moves no field
        self.form.addRow("", error)
        for key in keys:
            self.errors[key] = error

    def load(self, document: dict[str, Any], evidence: dict[str, Evidence]) -> None:
        """Fill the fields from the reader's document; a field it did not find stays empty and says so."""
        self._evidence = {key: evidence[key] for key in self.fields if key in evidence}
        self.set_visit_values(document)
        for key in ("guest_country", "host_country"):  # a known country in the window's language
            text = document.get(key) or ""
            code = code_for_name(text)
            if code:
                self.fields[key].set_code(code)
            else:
                self.fields[key].setEditText(text)
        for key, dot in self.dots.items():
            dot.set_evidence(self._evidence.get(key), filled=bool(document.get(key)))
        for line_edit in (self.title, self.city, self.source, self.guest_country.lineEdit(),
                          self.host_country.lineEdit()):
            line_edit.setCursorPosition(0)
            if not line_edit.text():
                line_edit.setPlaceholderText(NOT_FOUND)

    def values(self) -> dict[str, Any]:
        """The visit's fields as the document has them: a known country by its English short name, any other
        text as typed."""
        return {**self.visit_values(), **{
            key: name_for_code(self.fields[key].code) or self.fields[key].currentText().strip() or None
            for key in ("guest_country", "host_country")}}

    def field_of(self, widget: QWidget | None) -> str | None:
        """The field a focused widget belongs to (a combo's line edit, a date's text)."""
        for key, field in self.fields.items():
            if widget is not None and (widget is field or field.isAncestorOf(widget)):
                return key
        return None

    def evidence(self, key: str) -> Evidence | None:
        """Where the reader found a field."""
        return self._evidence.get(key)

    def show_errors(self, errors: dict[str, str]) -> None:
        """The message under each field that breaks a rule; none under the others."""
        for label in set(self.errors.values()):
            keys = [key for key, shown in self.errors.items() if shown is label]
            text = " ".join(errors[key] for key in keys if key in errors)
            label.setText(text)
