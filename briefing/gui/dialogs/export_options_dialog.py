"""Before a briefing note is rendered: classification, addressees, drafting block, sections, paper, language and
format."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.gui import language
from briefing.gui.language import tr
from briefing.gui.note_choices import (
    remember_export_format,
    remember_note_choices,
    remembered_export_format,
    remembered_note_options,
)
from briefing.gui.screen_fit import fitting_size
from briefing.gui.widgets.note_label import NoteLabel
from briefing.notes import language_name, languages, note_text
from briefing.pdf import CLASSIFICATIONS, SECTIONS, NoteOptions

MAX_CLASSIFICATION = 40
MAX_NAME = 200
_PAPER_LABELS = (("a4", "&A4"), ("letter", tr("US &Letter")))
_FORMAT_LABELS = (("pdf", tr("P&DF (preview, print, save)")), ("docx", tr("&Word (.docx, for editing)")))
_BUTTON_TEXTS = {"pdf": tr("Pre&view…"), "docx": tr("E&xport…")}


class ExportOptionsDialog(QDialog):
    """The note's options, filled with the last choices; `options` is what the form shows."""

    def __init__(self, settings: QSettings, subject: str = "", parent: QWidget | None = None,
                 fmt: str | None = None):
        super().__init__(parent)
        self.settings = settings
        self._start = remembered_note_options(settings)
        start_format = fmt or remembered_export_format(settings)
        self.setWindowTitle(tr("Export briefing note"))
        self.setMinimumWidth(560)
        self.subject = NoteLabel(subject, self)
        self.subject.setObjectName("dialogSubject")
        self.subject.setVisible(bool(subject))

        self.classification = QComboBox(self)
        self.classification.setEditable(True)
        self.classification.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The usual labels in the window's language; the note prints a chosen one in the note's language.
        self._classification_codes = {language.label("classification", code): code for code in CLASSIFICATIONS}
        self.classification.addItems(list(self._classification_codes))
        self.classification.lineEdit().setMaxLength(MAX_CLASSIFICATION)
        self.classification.setEditText(language.label("classification", self._start.classification))
        self.recipient = self._line(self._start.recipient, tr("e.g. Minister for Foreign Affairs"))
        self.sender = self._line(self._start.sender, tr("e.g. Director, Africa Department"))
        self.drafter = self._line(self._start.drafter, tr("Your name"))
        self.drafter_unit = self._line(self._start.drafter_unit, tr("e.g. West Africa Desk"))
        self.drafter_telephone = self._line(self._start.drafter_telephone, tr("e.g. +7 7172 72 00 00"))
        self.cleared_by = self._line(self._start.cleared_by, tr("e.g. Head of the West Africa Desk"))
        self.approved_by = self._line(self._start.approved_by, tr("e.g. Director, Africa Department"))
        self.paper_buttons = QButtonGroup(self)
        paper_row = QHBoxLayout()
        paper_row.setContentsMargins(0, 0, 0, 0)
        for key, label in _PAPER_LABELS:
            button = QRadioButton(label, self)
            button.setProperty("paper", key)
            button.setChecked(key == self._start.paper)
            self.paper_buttons.addButton(button)
            paper_row.addWidget(button)
        paper_row.addStretch(1)
        self.format_buttons = QButtonGroup(self)
        format_row = QHBoxLayout()
        format_row.setContentsMargins(0, 0, 0, 0)
        for key, label in _FORMAT_LABELS:
            button = QRadioButton(label, self)
            button.setProperty("format", key)
            button.setChecked(key == start_format)
            self.format_buttons.addButton(button)
            format_row.addWidget(button)
        format_row.addStretch(1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self._label(tr("&Classification:"), self.classification), self.classification)
        form.addRow("", self._hint(tr("Printed at the top and bottom of every page. Or type your own.")))
        form.addRow(self._label(tr("&To:"), self.recipient), self.recipient)
        form.addRow(self._label(tr("&From:"), self.sender), self.sender)
        form.addRow(self._label(tr("&Prepared by:"), self.drafter), self.drafter)
        form.addRow(self._label(tr("&Unit:"), self.drafter_unit), self.drafter_unit)
        form.addRow(self._label(tr("Telep&hone:"), self.drafter_telephone), self.drafter_telephone)
        form.addRow(self._label(tr("Cleared &by:"), self.cleared_by), self.cleared_by)
        form.addRow(self._label(tr("Appr&oved by:"), self.approved_by), self.approved_by)
        form.addRow(tr("Paper:"), paper_row)
        self.language = QComboBox(self)
        for code in languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(self._start.language), 0))
        self.language.setAccessibleName(tr("Language of the note"))
        form.addRow(self._label(tr("La&nguage:"), self.language), self.language)
        form.addRow(tr("Format:"), format_row)

        sections_box = QGroupBox(tr("Sections"), self)
        grid = QGridLayout(sections_box)
        grid.setHorizontalSpacing(24)
        self.section_boxes: dict[str, QCheckBox] = {}
        rows = (len(SECTIONS) + 1) // 2
        headings = note_text(language.current())
        for index, (key, _title) in enumerate(SECTIONS):
            box = QCheckBox(headings.heading(key), sections_box)
            box.setChecked(key in self._start.sections)
            box.toggled.connect(self._update_button)
            self.section_boxes[key] = box
            grid.addWidget(box, index % rows, index // rows)

        self.problem = self._hint("")
        self.problem.setObjectName("fieldError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self.buttons.addButton(_BUTTON_TEXTS[start_format],
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.format_buttons.buttonToggled.connect(
            lambda _button, _on: self.preview_button.setText(_BUTTON_TEXTS[self.export_format]))
        self.preview_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        organisation_hint = self._hint(tr("The organisation's name and logo in the header are set in "
                                       "Edit → Preferences."))
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.subject)
        body_layout.addLayout(form)
        body_layout.addWidget(sections_box)
        body_layout.addWidget(organisation_hint)
        scroll = QScrollArea(self)  # scrolls only on a screen too short for the whole form
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.classification.editTextChanged.connect(self._update_button)
        self._update_button()
        self.classification.setFocus()
        # Room for the vertical scroll bar too: on a short screen it appears and would otherwise cover the
        # right edge of the form (the end of the longer French and Russian options).
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = body.sizeHint() + QSize(36 + scroll_bar, 42 + self.buttons.sizeHint().height())
        self.resize(fitting_size(self, wanted.expandedTo(QSize(self.minimumWidth(), 0))))

    @classmethod
    def ask(cls, settings: QSettings, subject: str = "", parent: QWidget | None = None,
            fmt: str | None = None) -> tuple[NoteOptions, str] | None:
        """Show the dialog modally; the chosen options and format ("pdf", "docx"), remembered for next time,
        or None on Cancel. `fmt` preselects a format, else the last one chosen."""
        dialog = cls(settings, subject, parent, fmt)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options, dialog.export_format
        finally:
            dialog.deleteLater()

    def _line(self, text: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setMaxLength(MAX_NAME)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _hint(self, text: str) -> QLabel:
        label = NoteLabel(text, self)
        label.setObjectName("formHint")
        return label

    @property
    def options(self) -> NoteOptions:
        """The options as the dialog shows them."""
        paper = self.paper_buttons.checkedButton().property("paper")
        classification = " ".join(self.classification.currentText().split())
        return dataclasses.replace(
            self._start,
            classification=self._classification_codes.get(classification, classification),
            recipient=self.recipient.text().strip(), sender=self.sender.text().strip(),
            drafter=self.drafter.text().strip(), drafter_unit=self.drafter_unit.text().strip(),
            drafter_telephone=self.drafter_telephone.text().strip(), cleared_by=self.cleared_by.text().strip(),
            approved_by=self.approved_by.text().strip(), paper=paper, language=self.language.currentData(),
            sections=frozenset(key for key, box in self.section_boxes.items() if box.isChecked()))

    @property
    def export_format(self) -> str:
        """The format chosen: "pdf" or "docx"."""
        return self.format_buttons.checkedButton().property("format")

    def problem_text(self) -> str:
        """Why Preview is disabled, or an empty string."""
        if not self.classification.currentText().strip():
            return tr("Choose a classification label or type your own.")
        if not any(box.isChecked() for box in self.section_boxes.values()):
            return tr("Choose at least one section.")
        return ""

    def _update_button(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.preview_button.setEnabled(not problem)

    def accept(self) -> None:
        """Remember the choices and close."""
        if self.problem_text():
            return
        remember_note_choices(self.settings, self.options)
        remember_export_format(self.settings, self.export_format)
        super().accept()
