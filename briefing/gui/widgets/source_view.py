"""The press release beside the review form, with the passage behind the selected field highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from briefing.extract import Evidence
from briefing.gui.language import tr
from briefing.gui.style import is_dark


def qt_position(text: str, offset: int) -> int:
    """A Python string offset as a Qt (UTF-16) position: characters beyond U+FFFF, like emoji, count twice."""
    return offset + sum(1 for character in text[:offset] if ord(character) > 0xFFFF)


class SourceView(QPlainTextEdit):
    """Read-only source text; `show_passage` highlights a span given in offsets of the text shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(tr("Press release text"))
        self._text = ""

    def set_source(self, text: str) -> None:
        """Show the text the reader read."""
        self._text = text
        self.setPlainText(text)
        self.show_passage(None)

    def show_passage(self, evidence: Evidence | None) -> None:
        """Highlight the passage a field comes from and scroll to it; None clears the highlight."""
        if evidence is None:
            self.setExtraSelections([])
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_position(self._text, evidence.start))
        cursor.setPosition(qt_position(self._text, evidence.end), QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        highlight.format = QTextCharFormat()
        highlight.format.setBackground(QColor("#6b5a1e" if is_dark(self.palette()) else "#ffe8a3"))
        self.setExtraSelections([highlight])
        visible = QTextCursor(cursor)
        visible.setPosition(cursor.selectionEnd())
        self.setTextCursor(visible)
        self.centerCursor()

    def passage(self) -> str:
        """The highlighted text (empty when none is)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
