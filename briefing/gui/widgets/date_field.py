"""A date typed as YYYY-MM-DD or picked from a calendar; empty means no date."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from briefing.gui.icons import icon
from briefing.gui.language import tr


class DateField(QWidget):
    """A line edit for an ISO date (or, for history, a year or month) with a calendar button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = tr("YYYY-MM-DD")):
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMaximumWidth(self.line_edit.fontMetrics().horizontalAdvance("0000-00-00") + 60)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self._menu = QMenu(self)
        calendar_action = QWidgetAction(self._menu)
        calendar_action.setDefaultWidget(self.calendar)
        self._menu.addAction(calendar_action)
        self._menu.aboutToShow.connect(self._show_current_date)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(tr("Pick a date from the calendar"))
        self.button.setAccessibleName(tr("Pick a date"))
        self.button.setMenu(self._menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(lambda _text: self.changed.emit())

    @property
    def value(self) -> str | None:
        """The typed text, None when empty (validation says whether it is a real date)."""
        return self.line_edit.text().strip() or None

    def set_value(self, value: str | None) -> None:
        """Show this date (or nothing)."""
        self.line_edit.setText(value or "")

    def pick(self, date: QDate) -> None:
        """Take the date chosen in the calendar."""
        self.line_edit.setText(date.toString(Qt.DateFormat.ISODate))
        self._menu.hide()
        self.line_edit.setFocus()

    def _show_current_date(self) -> None:
        typed = QDate.fromString(self.value or "", Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
