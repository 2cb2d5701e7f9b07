"""The visit search field: reports what to search for once the user pauses typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from briefing.gui.icons import icon
from briefing.gui.language import tr

DEBOUNCE_MS = 200


class SearchBox(QLineEdit):
    """Emits `searchRequested(text)` 200 ms after the last keystroke; Esc clears, Down or Enter go to the list."""

    searchRequested = Signal(str)
    leaveDownwards = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(tr("Search visits: people, places, topics, agreements…"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setAccessibleName(tr("Search visits"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_search)
        self.textChanged.connect(self._timer.start)
        self._last_emitted = ""

    def _emit_search(self) -> None:
        text = self.text().strip()
        if text != self._last_emitted:
            self._last_emitted = text
            self.searchRequested.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape clears the search (and searches at once); Down, Enter and Return search now and move on."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._timer.stop()
            self._emit_search()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._timer.stop()
            self._emit_search()
            self.leaveDownwards.emit()
            return
        super().keyPressEvent(event)
