"""The base of every record form: labelled fields, a red message under each, Save only when valid."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing.domain import ValidationError
from briefing.gui import messages
from briefing.gui.language import tr
from briefing.gui.screen_fit import fitting_size
from briefing.gui.store_texts import problem_text, problem_texts
from briefing.gui.widgets.note_label import NoteLabel
from briefing.store import Store, StoreError


class FormDialog(QDialog):
    """A form over one record: subclasses add fields and say how to load, read, check and save it.

    Messages appear under a field once the user has changed it (all at once in edit mode and
    after pressing Save); Save stays disabled while anything is wrong. `saved` holds the stored
    record after a successful Save.
    """

    window_title = ""

    def __init__(self, store: Store, original: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.original = original
        self._saved: Any = None
        self._touched: set[str] = set()
        self._show_all = getattr(original, "id", None) is not None
        self._loading = False
        self._store_errors: dict[str, str] = {}
        self._error_rows: list[tuple[tuple[str, ...], QLabel]] = []
        self._fields: list[QWidget] = []
        self._loaded_values: dict[str, Any] = {}
        self.setWindowTitle(self.window_title)
        self.setMinimumWidth(560)
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.general_error = NoteLabel("", self)
        self.general_error.setObjectName("fieldError")
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, store: Store, *args: Any, parent: QWidget | None = None) -> Any:
        """Show the form modally; the saved record, or None when the user cancelled."""
        dialog = cls(store, *args, parent=parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()

    # What each form says about its record.

    def load(self, record: Any) -> None:
        """Fill the fields from a record."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The record's fields as the form shows them."""
        raise NotImplementedError

    def validate(self, record: Any) -> dict[str, str]:
        """What is wrong with the record, by field (the domain's validate_* function)."""
        raise NotImplementedError

    def form_errors(self) -> dict[str, str]:
        """Problems only the form can see (text that names no country), by field."""
        return {}

    def persist(self, record: Any) -> Any:
        """Write the record; returns it as stored."""
        raise NotImplementedError

    # Building the form.

    def add_field(self, label: str, widget: QWidget, *fields: str, hint: str = "", watch: bool = True) -> QLabel:
        """A labelled row for the record fields `fields`, a hint line and a message line under it.

        The message line keeps its room while empty, so a message appearing moves no field.

        With `watch` the widget's changes mark `fields` as touched; a row made of several
        inputs passes False and watches each of them itself.
        """
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget.focusProxy() or widget)
        if isinstance(widget, QPlainTextEdit | QListWidget):
            label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label_widget.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(label_widget, widget)
        self._fields.append(widget)
        if hint:
            self.form.addRow("", self.note_label(hint))
        error = self.note_label("", "fieldError")
        error.setAccessibleName(tr("{0} problem").format(label.replace('&', '')))
        error.setMinimumHeight(error.fontMetrics().lineSpacing())
        self.form.addRow("", error)
        self._error_rows.append((fields, error))
        if fields and watch:
            self.watch(widget, *fields)
        return label_widget

    def note_label(self, text: str, object_name: str = "formHint") -> QLabel:
        """A line of text under a field that wraps across the whole field column."""
        label = NoteLabel(text, self)
        label.setObjectName(object_name)
        return label

    def watch(self, widget: QWidget, *fields: str) -> None:
        """Check the form again whenever `widget` changes; the change marks `fields` as touched."""
        def edited(*_args: Any) -> None:
            self._edited(fields)
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(edited)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(edited)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(edited)
        else:
            raise TypeError(f"cannot watch a {type(widget).__name__}")

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Set fields from code without marking them as touched by the user; checks the form after."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
        self.revalidate()

    def finish(self) -> None:
        """Fill the fields from the original record and check them: the last step of a form's __init__."""
        with self.filling():
            self.load(self.original)
        self._loaded_values = self.values()
        for line_edit in self.findChildren(QLineEdit):
            line_edit.setCursorPosition(0)
        self._put_buttons_last()
        first = self._fields[0]
        (first.focusProxy() or first).setFocus()
        self.resize(fitting_size(self, self._wanted_size()))

    def _wanted_size(self) -> QSize:
        """Room for every field and message without scrolling."""
        margins = self.layout().contentsMargins()
        extra = margins.top() + margins.bottom() + self.layout().spacing() + self.buttons.sizeHint().height()
        if self.general_error.isVisible():
            extra += self.layout().spacing() + self.general_error.sizeHint().height()
        body = self.scroll.widget().sizeHint()
        return QSize(max(self.minimumWidth(), body.width() + margins.left() + margins.right()), body.height() + extra)

    def _put_buttons_last(self) -> None:
        """Tab goes through the fields first and the buttons after them (the buttons are made first)."""
        previous = self._fields[-1]
        for button in self.buttons.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def has_changes(self) -> bool:
        """Whether the fields differ from the record the form opened with."""
        return self.values() != self._loaded_values

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away what the user changed."""
        if self.has_changes() and not messages.confirm(
                self, tr("Discard changes?"), tr("What you changed in this form is not saved."),
                tr("&Discard changes"), cancel_text=tr("&Keep editing")):
            return
        super().reject()

    def is_touched(self, field: str) -> bool:
        """Whether the user has changed the field."""
        return field in self._touched

    # State.

    @property
    def record(self) -> Any:
        """The record as the form currently shows it (not saved)."""
        return dataclasses.replace(self.original, **self.values())

    @property
    def errors(self) -> dict[str, str]:
        """Everything wrong with the form now, by field."""
        errors = {**problem_texts(self.validate(self.record)), **self.form_errors()}
        for name, message in self._store_errors.items():
            errors.setdefault(name, problem_text(message))
        return errors

    @property
    def saved(self) -> Any:
        """The record as stored after Save; None before (or after Cancel)."""
        return self._saved

    def error_text(self, field: str) -> str:
        """The message shown under `field` (empty when none is shown)."""
        for fields, label in self._error_rows:
            if field in fields and label.text():
                return label.text()
        return ""

    def _edited(self, fields: tuple[str, ...]) -> None:
        if self._loading:
            return
        self._touched.update(fields)
        self._store_errors.clear()
        self.revalidate()

    def revalidate(self) -> None:
        """Show the messages the user should see now and enable Save only when nothing is wrong."""
        errors = self.errors
        placed: set[str] = set()
        for fields, label in self._error_rows:
            placed.update(fields)
            shown = [errors[name] for name in fields if name in errors
                     and (self._show_all or name in self._touched or name in self._store_errors)]
            label.setText(" ".join(shown))
        elsewhere = [message for name, message in errors.items() if name not in placed]
        self.general_error.setText(" ".join(elsewhere) if self._show_all else "")
        self.general_error.setVisible(self._show_all and bool(elsewhere))
        self.save_button.setEnabled(not errors)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for messages that appeared rather than squeezing the fields."""
        wanted = fitting_size(self, self._wanted_size()).height()
        if self.isVisible() and wanted > self.height():
            self.resize(self.width(), wanted)

    def save(self) -> None:
        """Write the record and close; stay open showing the problems when the store refuses it or cannot write."""
        self._show_all = True
        if self.errors:
            self.revalidate()
            return
        try:
            self._saved = self.persist(self.record)
        except ValidationError as error:
            self._store_errors = dict(error.errors)
            self.revalidate()
            return
        except StoreError as error:
            messages.warn(self, tr("Not saved"), messages.store_error_text(
                error, tr("Nothing was saved; what you typed is still in the form.")))
            return
        self.accept()
