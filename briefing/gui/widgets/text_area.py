"""A multi-line text field sized in lines, where Tab moves on to the next field."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    """Plain text over `lines` visible lines; `value` is the text with outer blanks stripped."""

    def __init__(self, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self.setMinimumHeight(self._height_for(min(lines, 2)))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin())
                + margins.top() + margins.bottom() + 4)

    def sizeHint(self) -> QSize:
        """Wide as usual, `lines` lines high."""
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    @property
    def value(self) -> str:
        """The text, stripped."""
        return self.toPlainText().strip()

    def set_value(self, text: str | None) -> None:
        """Show this text."""
        self.setPlainText(text or "")
