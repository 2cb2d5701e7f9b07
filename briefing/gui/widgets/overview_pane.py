"""The Overview tab: the visit's facts in a table, then its summary, significance and source."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from briefing import domain
from briefing.gui import language
from briefing.gui.formatting import date_range
from briefing.gui.language import tr

_NOTHING = '<span class="none">—</span>'
# What html.escape does, without importing its 2,000 named entities with the window (2.6 ms).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _escape(text: str) -> str:
    return text.translate(_HTML_ESCAPES)


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in (text or "").split("\n") if block.strip()]
    return "".join(f"<p>{_escape(block)}</p>" for block in blocks) or f"<p>{_NOTHING}</p>"


def _source(text: str) -> str:
    if not text:
        return f"<p>{_NOTHING}</p>"
    escaped = _escape(text)
    if text.startswith(("http://", "https://")) and " " not in text:
        return f'<p><a href="{escaped}">{escaped}</a></p>'
    return _paragraphs(text)


def overview_html(visit: domain.Visit, release_text: str | None = None) -> str:
    """The overview of a visit as the HTML the tab shows; a visit read from a press release shows it last."""
    facts = (
        (tr("Guest country"), language.country_name(visit.guest_country)),
        (tr("Host country"), language.country_name(visit.host_country)),
        (tr("City"), visit.city),
        (tr("Dates"), date_range(visit.start_date, visit.end_date)),
        (tr("Type"), language.label("visit_type", visit.visit_type)),
        (tr("Level"), language.label("level", visit.level)),
        (tr("Status"), language.label("visit_status", visit.status)),
    )
    rows = "".join(f'<tr><td class="key">{key}</td><td>{_escape(value) if value else _NOTHING}</td></tr>'
                   for key, value in facts)
    summary, significance, source = tr("Summary"), tr("Significance"), tr("Source")
    return (f'<table class="facts" cellspacing="0" cellpadding="3">{rows}</table>'
            f'<h3>{summary}</h3>{_paragraphs(visit.summary)}'
            f'<h3>{significance}</h3>{_paragraphs(visit.significance)}'
            f'<h3>{source}</h3>{_source(visit.source)}'
            + (f'<h3>{tr("Press release as read")}</h3>{_paragraphs(release_text)}' if release_text else ""))


class OverviewPane(QTextBrowser):
    """Read-only, selectable overview of one visit; links open in the browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overview")
        self.setOpenExternalLinks(True)
        self.document().setDocumentMargin(14)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.document().setDefaultStyleSheet(
            f"td.key {{ color: {muted}; padding-right: 18px; }}"
            f".none {{ color: {muted}; }}"
            "h3 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }"
            "p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }")

    def set_visit(self, visit: domain.Visit | None, release_text: str | None = None) -> None:
        """Show this visit (nothing for None), with the press release it was read from if it was."""
        self.setHtml(overview_html(visit, release_text) if visit is not None else "")
