"""Page furniture: the classification banner, the reference and "Page X of Y" on every page.

The canvas keeps each finished page until `save()`, when the total is known, then draws
the furniture and writes the pages. Bookmarks are deferred with their page for the same
reason: reportlab binds a bookmark to the page being written, which only happens then.
Page numbers of bookmarked parts (a dossier's contents) are forms drawn in place during
layout and filled in by `save()`, so one layout pass is enough.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing.pdf import fonts
from briefing.pdf.styles import HAIRLINE, INK, MUTED

BANNER_SIZE = 9
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Furniture:
    """What every page repeats: classification, reference, the left/right margins, and "Page X of Y" in
    the document's language."""

    classification: str
    reference: str
    margin: float
    page_label: Callable[[int, int], str]


class NumberedCanvas(Canvas):
    """A canvas that draws the furniture, with page totals, when the document is saved."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._finished_pages: list[dict] = []
        self._page_bookmarks: list[tuple[tuple, dict]] = []
        self._page_number_forms: dict[str, tuple[str, Callable[[Canvas, int], None]]] = {}

    def showPage(self) -> None:
        """Keep the finished page; it is written in save()."""
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()
        self._page_bookmarks = []

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:
        """Remember a bookmark on this page; it is bound to the page in save()."""
        self._page_bookmarks.append(((key, *args), kwargs))
        return self._bookmarkReference(key)

    def page_number_form(self, key: str, fill: Callable[[Canvas, int], None]) -> str:
        """The name of a form showing the page on which `key` is bookmarked: save() has `fill(canvas, page)`
        draw it, once every page is laid out."""
        name = f"page-of-{key}"
        self._page_number_forms.setdefault(name, (key, fill))
        return name

    def save(self) -> None:
        """Fill in the page-number forms, draw the furniture on every kept page, then write the document."""
        total = len(self._finished_pages)
        pages: dict[str, int] = {}
        for number, state in enumerate(self._finished_pages, start=1):
            for (key, *_), _ in state["_page_bookmarks"]:
                pages.setdefault(key, number)
        for name, (key, fill) in self._page_number_forms.items():
            self.beginForm(name)
            if key in pages:
                fill(self, pages[key])
            self.endForm()
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            for args, kwargs in self._page_bookmarks:
                Canvas.bookmarkPage(self, *args, **kwargs)
            self._draw_furniture(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        furniture = self._furniture
        self.saveState()
        label = furniture.classification
        if label:
            self.setFillColor(INK)
            self.setFont(fonts.BOLD, BANNER_SIZE)
            self.drawCentredString(width / 2, height - 11 * mm, label)
            self.drawCentredString(width / 2, 8 * mm, label)
        self.setStrokeColor(HAIRLINE)
        self.setLineWidth(0.5)
        self.line(furniture.margin, 17.5 * mm, width - furniture.margin, 17.5 * mm)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        if furniture.reference:
            room = width - 2 * furniture.margin - 35 * mm
            self.drawString(furniture.margin, 13.5 * mm, _fitted(furniture.reference, room))
        self.drawRightString(width - furniture.margin, 13.5 * mm, furniture.page_label(number, total))
        self.restoreState()


def _fitted(text: str, room: float) -> str:
    """The text, shortened with an ellipsis when wider than `room` points."""
    if stringWidth(text, fonts.REGULAR, FOOTER_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, FOOTER_SIZE) > room:
        text = text[:-1]
    return text + "…"
