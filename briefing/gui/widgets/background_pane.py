"""The Background tab: history entries above, quotes below, each with its own buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from briefing.gui.language import tr
from briefing.gui.record_kinds import KINDS
from briefing.gui.widgets.record_pane import RecordPane
from briefing.store import Store


def _section(title: str, pane: RecordPane, parent: QWidget) -> QWidget:
    section = QWidget(parent)
    heading = QLabel(title, section)
    heading.setObjectName("sectionHeading")
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(heading)
    layout.addWidget(pane, 1)
    return section


class BackgroundPane(QWidget):
    """History and quotes of the visit shown; `changed(message)` after a write in either."""

    changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.history = RecordPane(store, KINDS["history"], self)
        self.quotes = RecordPane(store, KINDS["quotes"], self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_section(tr("History"), self.history, splitter))
        splitter.addWidget(_section(tr("Quotes"), self.quotes, splitter))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.history.changed.connect(self.changed)
        self.quotes.changed.connect(self.changed)

    @property
    def count(self) -> int:
        """History entries and quotes together."""
        return self.history.count + self.quotes.count

    def set_visit(self, visit_id: int | None) -> None:
        """Show this visit's history and quotes."""
        self.history.set_visit(visit_id)
        self.quotes.set_visit(visit_id)
