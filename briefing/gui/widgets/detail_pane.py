"""The right side of the window: the selected visit's heading and its tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing import domain
from briefing.gui import language
from briefing.gui.formatting import date_range
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.widgets.empty_state import EmptyState
from briefing.gui.widgets.overview_pane import OverviewPane
from briefing.store import NotFound, Store

TAB_TITLES = (tr("Overview"), tr("Participants"), tr("Cooperation areas"),
                                                     tr("Agreements"), tr("Background"), tr("Talking points"),
              tr("Follow-ups"), tr("Attachments"))
# The tables behind each tab after the Overview, as `store.visits.dependents` counts them.
TAB_TABLES = (("participants",), ("cooperation_areas",), ("agreements",), ("history_entries", "quotes"),
              ("talking_points",), ("follow_ups",), ("attachments",))


def visit_subtitle(visit: domain.Visit) -> str:
    """ "Burkina Faso → Kazakhstan · Astana · 3–5 June 2025 · Working visit"."""
    countries = " → ".join(filter(None, (language.country_name(visit.guest_country),
                                         language.country_name(visit.host_country))))
    parts = (countries, visit.city, date_range(visit.start_date, visit.end_date),
             language.label("visit_type", visit.visit_type))
    return " · ".join(part for part in parts if part)


class _RecordTab:
    """A record tab's pane of the detail: built on first use (see DetailPane)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, detail: DetailPane | None, owner: type) -> object:
        return self if detail is None else detail.record_panes()[self.name]


class DetailPane(QWidget):
    """The visit shown, or a hint when none is selected; `changed(message)` after any write in a tab.

    Only the heading and the Overview tab are made with the pane; the record tabs behind it are made just
    after the window's first paint (or when first asked for), which brings the window up 20 ms sooner.
    """

    changed = Signal(str)
    editVisitRequested = Signal()
    newVisitRequested = Signal()

    participants = _RecordTab()
    areas = _RecordTab()
    agreements = _RecordTab()
    background = _RecordTab()
    talking_points = _RecordTab()
    follow_ups = _RecordTab()
    attachments = _RecordTab()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.visit: domain.Visit | None = None
        # Widgets are made inside their final parents (the tab pages before the panes in them): Qt restyles
        # a built subtree that moves to another parent, which made start-up 20 ms slower.
        self.stack = QStackedWidget(self)
        visit_page = QWidget(self.stack)
        self.title = QLabel(visit_page)
        self.title.setObjectName("visitTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(visit_page)
        self.subtitle.setObjectName("visitSubtitle")
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(icon("edit"), tr("Edit visit…"), visit_page)
        self.edit_button.clicked.connect(self.editVisitRequested)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget(visit_page)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.pages = [QWidget() for _ in TAB_TITLES]
        for page, title in zip(self.pages, TAB_TITLES, strict=True):
            self.tabs.addTab(page, title)
        self.overview = OverviewPane(self.pages[0])
        self._add_to_page(self.overview, self.pages[0])
        self._record_panes: dict[str, QWidget] = {}
        self.tabs.currentChanged.connect(lambda index: index > 0 and self.record_panes())
        visit_layout = QVBoxLayout(visit_page)
        visit_layout.setContentsMargins(16, 12, 12, 8)
        visit_layout.setSpacing(10)
        visit_layout.addLayout(heading)
        visit_layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(tr("Select a visit on the left to see it here."), tr("New visit…"), self.stack)
        self.empty.button.clicked.connect(self.newVisitRequested)
        self.stack.addWidget(visit_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_visit(None)

    @staticmethod
    def _add_to_page(pane: QWidget, page: QWidget) -> None:
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 10, 0, 0)
        page_layout.addWidget(pane)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._record_panes:
            QTimer.singleShot(0, self, self.record_panes)  # not after the pane is gone

    def record_panes(self) -> dict[str, QWidget]:
        """The panes of the record tabs by name, made (and showing the visit) on the first call."""
        if not self._record_panes:
            # Imported here, with the panes: importing them with the window delayed its first paint 7 ms.
            from briefing.gui.record_kinds import KINDS
            from briefing.gui.widgets.attachments_pane import AttachmentsPane
            from briefing.gui.widgets.background_pane import BackgroundPane
            from briefing.gui.widgets.record_pane import RecordPane

            store = self.store
            panes = {
                "participants": RecordPane(store, KINDS["participants"], self.pages[1]),
                "areas": RecordPane(store, KINDS["areas"], self.pages[2]),
                "agreements": RecordPane(store, KINDS["agreements"], self.pages[3]),
                "background": BackgroundPane(store, self.pages[4]),
                "talking_points": RecordPane(store, KINDS["talking_points"], self.pages[5]),
                "follow_ups": RecordPane(store, KINDS["follow_ups"], self.pages[6]),
                "attachments": AttachmentsPane(store, self.pages[7]),
            }
            for pane, page in zip(panes.values(), self.pages[1:], strict=True):
                self._add_to_page(pane, page)
                pane.show()  # now, not on the next turn of the event loop as the layout would
                pane.changed.connect(self._record_changed)
                pane.set_visit(self.visit_id)
            self._record_panes = panes
            self._show_counts()
        return self._record_panes

    @property
    def panes(self) -> tuple[QWidget, ...]:
        """The tab contents in tab order."""
        return (self.overview, *self.record_panes().values())

    @property
    def visit_id(self) -> int | None:
        """The id of the visit shown, or None."""
        return self.visit.id if self.visit is not None else None

    def set_visit(self, visit_id: int | None) -> None:
        """Show this visit (or the hint for None; a visit gone from the store counts as None)."""
        try:
            self.visit = self.store.visits.get(visit_id) if visit_id is not None else None
        except NotFound:
            self.visit = None
        self.stack.setCurrentWidget(self.empty if self.visit is None else self.stack.widget(0))
        self.edit_button.setEnabled(not self.store.read_only)
        self.empty.button.setEnabled(not self.store.read_only)
        self.overview.set_visit(self.visit, self.store.visits.release_text(self.visit.id) if self.visit else None)
        for pane in self._record_panes.values():
            pane.set_visit(self.visit_id)
        self._show_heading()

    def set_empty_text(self, text: str) -> None:
        """The hint shown when no visit is selected."""
        self.empty.set_text(text)

    def _record_changed(self, message: str) -> None:
        if self.sender() is self.participants:
            self.agreements.reload()  # signatories are participants: names and links may have changed
        self._show_counts()
        self.changed.emit(message)

    def _show_heading(self) -> None:
        if self.visit is not None:
            self.title.setText(self.visit.title)
            self.subtitle.setText(visit_subtitle(self.visit))
        self._show_counts()

    def _show_counts(self) -> None:
        if self._record_panes:
            counts = [pane.count for pane in self._record_panes.values()]
        elif self.visit is not None:
            stored = {**self.store.visits.dependents(self.visit.id),
                      "attachments": len(self.store.attachments.for_visit(self.visit.id))}
            counts = [sum(stored[table] for table in tables) for tables in TAB_TABLES]
        else:
            counts = [0] * len(TAB_TABLES)
        self.tabs.setTabText(0, TAB_TITLES[0])
        for index, (count, title) in enumerate(zip(counts, TAB_TITLES[1:], strict=True), start=1):
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)
