"""The page geometry and the document template that turns a story into PDF bytes."""

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing import __version__
from briefing.notes import note_text
from briefing.pdf import fonts
from briefing.pdf.flowables import Para, shared_paragraphs
from briefing.pdf.furniture import Furniture, NumberedCanvas

try:
    # reportlab's C accelerator (the rl_accel package): reportlab imports it from a string, which bundlers do not
    # see; this plain import has PyInstaller take it along. Without it reportlab runs its pure-Python fallbacks.
    import _rl_accel  # noqa: F401
except ImportError:
    pass

# Compressed streams are written as binary, not ASCII85 text as well: a fifth less to encode and a sixth smaller
# files, the same pages. PDF readers need no 7-bit-clean streams any more. A global reportlab setting, read
# whenever a stream is written, so it holds for every document built in this process.
rl_config.useA85 = 0

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm


def frame_width(paper: str) -> float:
    """The width of the text column on this paper, in points."""
    return PAGE_SIZES[paper][0] - 2 * MARGIN_SIDE


@dataclass(frozen=True)
class Metadata:
    """The PDF's document information and the furniture text every page repeats."""

    title: str
    author: str
    subject: str
    classification: str
    reference: str
    language: str = "en"
    reproducible: bool = False  # a fixed creation date and identifier: equal input, equal bytes


@contextmanager
def rendering() -> Iterator[None]:
    """Around making and laying out one document: its equal paragraphs share their work (`shared_paragraphs`)."""
    with shared_paragraphs():
        yield


class Milestone(Flowable):
    """An invisible mark that reports the page it lands on once laid out."""

    def __init__(self, on_page: Callable[[int], None] | None = None):
        super().__init__()
        self.on_page = on_page
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Draws nothing."""


class Anchor(Milestone):
    """A milestone that is also a PDF bookmark and, with a title, an outline entry."""

    def __init__(self, key: str, outline_title: str = "", on_page: Callable[[int], None] | None = None):
        super().__init__(on_page)
        self.key = key
        self.outline_title = outline_title

    def draw(self) -> None:
        """Bind the bookmark (and outline entry) to the page being drawn."""
        # Jump to the top of the page and keep the reader's zoom.
        self.canv.bookmarkPage(self.key, fit="XYZ", left=0, top=self.canv._pagesize[1])
        if self.outline_title:
            self.canv.addOutlineEntry(self.outline_title, self.key, level=0, closed=False)


class PageNumber(Flowable):
    """The number of the page where the part bookmarked `key` starts, set as a one-line paragraph in
    `style`; drawn as a form that the canvas fills in once the whole document is laid out."""

    def __init__(self, key: str, style: ParagraphStyle):
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The width offered, one line high."""
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        """Place the form; its number is drawn when the document is saved."""
        self.canv.doForm(self.canv.page_number_form(self.key, self._fill))

    def _fill(self, canvas, page: int) -> None:
        paragraph = Para(str(page), self.style)
        paragraph.wrapOn(canvas, self.width, self.height)
        paragraph.drawOn(canvas, 0, 0)


class Later(Flowable):
    """Flowables made only when layout reaches them (`make()` returns them): a long story then never holds
    every paragraph at once, which keeps memory and the garbage collector's pauses small."""

    def __init__(self, make: Callable[[], list[Flowable]]):
        super().__init__()
        self.make = make


class _Template(BaseDocTemplate):
    def handle_flowable(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], Later):
            flowables[0:1] = flowables[0].make()
        if flowables:
            super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Milestone) and flowable.on_page:
            flowable.on_page(self.page)


def build_pdf(story: list[Flowable], paper: str, metadata: Metadata) -> bytes:
    """Lay the story out on the paper with page furniture; byte-identical for the same input."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = _Template(
        buffer,
        pagesize=PAGE_SIZES[paper],
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator=f"Briefing {__version__}",
        lang=metadata.language,
        invariant=1 if metadata.reproducible else 0,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    furniture = Furniture(metadata.classification, metadata.reference, MARGIN_SIDE, note_text(metadata.language).page)
    doc.build(story, canvasmaker=partial(NumberedCanvas, furniture=furniture))
    return buffer.getvalue()
