"""Small building blocks shared by the note and the dossier: headings, cells, tables."""

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph, Table, TableStyle

from briefing.pdf.styles import RULE, grid_table_style, styles

# What reportlab works out for a paragraph, shared by equal paragraphs of one document: a document repeats much
# of its text (column headers, labels, empty cells, each visit's title in the contents and over its section).
# Only what comes a second time is kept: most text comes once, and everything kept is more for the cyclic
# garbage collector to walk, with the interpreter lock held, while the window waits. Keys hold the style's id
# (a tuple of strings and numbers the collector stops tracking); a kept entry holds the style, so the id stays
# its own. The tables belong to the thread laying out a document (`shared_paragraphs()`) and go with it.
_local = threading.local()


@dataclass
class _Memo:
    seen: set[tuple] = field(default_factory=set)  # keys met once
    parsed: dict[tuple, tuple] = field(default_factory=dict)  # (markup, style id, bullet) -> pristine fragments
    broken: dict[tuple, tuple] = field(default_factory=dict)  # (markup, style id, bullet, width) -> one-fragment lines

    def second(self, key: tuple) -> bool:
        """Whether `key` was met before (and is worth keeping); notes it as met."""
        if key in self.seen:
            return True
        self.seen.add(key)
        return False


@contextmanager
def shared_paragraphs() -> Iterator[None]:
    """Within: equal paragraphs made and laid out on this thread share their parsing and line breaking."""
    if getattr(_local, "memo", None) is not None:
        yield  # a document inside a document: the outer one's tables serve
        return
    _local.memo = _Memo()
    try:
        yield
    finally:
        _local.memo = None


def _memo() -> _Memo | None:
    return getattr(_local, "memo", None)


def _copies(frags: object) -> object:
    """Fresh fragment objects for one paragraph (line breaking and drawing may set attributes on them)."""
    if not isinstance(frags, list):
        return frags
    copies = []
    for frag in frags:
        copy = object.__new__(frag.__class__)  # what ABag.clone() makes, without its keyword round trip
        copy.__dict__.update(frag.__dict__)
        copies.append(copy)
    return copies


class Para(Paragraph):
    """A paragraph that parses its markup once per document text and breaks its lines once per width.

    reportlab asks a paragraph for its size again and again at the same width: a table sizes its rows, sizes
    them again when it is split across pages and again when it draws each cell, and `RoomFor` measures what
    follows a heading. Line breaking is most of the work and depends on the width alone, so a second wrap at
    the width of the first returns the lines already broken. Equal paragraphs (same markup and style) share
    the parser's fragments and, when they are one fragment, their lines: reportlab only reads those lines.
    """

    _wrapped_width: float | None = None
    _markup: tuple | None = None  # (markup, style id, bullet text); None for parts split off a paragraph

    def _setup(self, text, style, bullet_text, frags, cleaner) -> None:
        """As Paragraph's, with the parser's result reused when this document had this markup before."""
        if frags is not None or not isinstance(text, str) or not isinstance(bullet_text, str | None):
            super()._setup(text, style, bullet_text, frags, cleaner)
            return
        memo = _memo()
        key = (text, id(style), bullet_text)
        parsed = None if memo is None else memo.parsed.get(key)
        if parsed is None:
            super()._setup(text, style, bullet_text, frags, cleaner)
            if memo is not None and memo.second(key):
                memo.parsed[key] = (self.text, self.style, _copies(self.frags), _copies(self.bulletText))
        else:
            self.text, self.style, frags, bullet = parsed
            self.frags = _copies(frags)
            self.bulletText = _copies(bullet)
            self.debug = 0
        self._markup = key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The size at this width, breaking lines only when the width changed."""
        if avail_width < rl_config._FUZZ:
            return super().wrap(avail_width, avail_height)  # no room at all: nothing is broken
        # split() drops blPara when it gives up, and a split-off part arrives with lines it did not break.
        if avail_width == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        memo = _memo()
        key = None if self._markup is None or memo is None else (*self._markup, avail_width)
        broken = None if key is None else memo.broken.get(key)
        if broken is not None:
            (self.blPara, self.height, wrap_widths, self._width_max, self._splitLongWordCount,
             self._hyphenations, _style) = broken
            self._wrapWidths = list(wrap_widths)
            self.width = avail_width
        else:
            super().wrap(avail_width, avail_height)
            if key is not None and self.blPara.kind == 0 and memo.second(key):
                memo.broken[key] = (self.blPara, self.height, tuple(self._wrapWidths), self._width_max,
                                    self._splitLongWordCount, self._hyphenations, self.style)
        self._wrapped_width = avail_width
        return self.width, self.height


class RuledHeading(Para):
    """A section heading with a thin rule across the column just below it."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Remember the column width for the rule."""
        self._rule_width = avail_width
        return super().wrap(avail_width, avail_height)

    def draw(self) -> None:
        """Draw the text, then the rule inside the heading's space-after."""
        super().draw()
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, -2.5, self._rule_width, -2.5)
        canvas.restoreState()


class RoomFor(CondPageBreak):
    """A page break unless a heading and the start of what follows it fit on this page.

    The start is a table's header and first row, or a paragraph's first two lines, so a
    heading is never left alone at the foot of a page and no space is wasted either.
    """

    def __init__(self, heading: Flowable, following: Flowable):
        super().__init__(0)
        self._heading = heading
        self._following = following

    def needed(self, avail_width: float, avail_height: float, canvas: Canvas) -> float:
        """The height of the heading with the start of what follows it."""
        heading = self._heading
        height = heading.getSpaceBefore() + heading.getSpaceAfter()
        height += heading.wrapOn(canvas, avail_width, avail_height)[1]
        return height + _start_height(self._following, avail_width, avail_height, canvas)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Work out the room needed, then behave like CondPageBreak."""
        self.height = self.needed(avail_width, avail_height, self.canv)
        return super().wrap(avail_width, avail_height)


def _start_height(flowable: Flowable, avail_width: float, avail_height: float, canvas: Canvas) -> float:
    if isinstance(flowable, RoomFor):
        return flowable.needed(avail_width, avail_height, canvas)
    if isinstance(flowable, CondPageBreak):
        return flowable.height
    if isinstance(flowable, Table):
        # Only the first two rows matter: lay out a table of those (with their cell styles), not every row.
        start = Table(flowable._cellvalues[:2], colWidths=flowable._argW)
        start._cellStyles = flowable._cellStyles[:2]
        start.wrapOn(canvas, avail_width, avail_height)
        height = sum(start._rowHeights)
    else:
        height = flowable.wrapOn(canvas, avail_width, avail_height)[1]
        if isinstance(flowable, Paragraph):
            height = min(height, 2 * flowable.style.leading)
    return flowable.getSpaceBefore() + height


def section(label: str, flowables: Sequence[Flowable]) -> list[Flowable]:
    """A headed section, or nothing when it has no content."""
    if not flowables:
        return []
    heading = RuledHeading(label, styles().heading)
    return [RoomFor(heading, flowables[0]), heading, *flowables]


def captioned(caption: Flowable, flowable: Flowable) -> list[Flowable]:
    """A caption kept with the start of the table or paragraph below it."""
    return [RoomFor(caption, flowable), caption, flowable]


def cell(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A table cell holding already escaped markup."""
    return Para(markup, style or styles().cell)


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Flowable]], widths: Sequence[float],
    extra_style: tuple = (), row_rules: bool = True,
) -> LongTable:
    """A data table whose grey header row repeats on every page it spans."""
    head = [cell(label, styles().cell_header) for label in header]
    table = LongTable([head, *rows], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(grid_table_style(extra_style, row_rules))
    return table


def layout_table(rows: Sequence[Sequence[Flowable]], widths: Sequence[float], style: TableStyle) -> LongTable:
    """A table used only to place things side by side."""
    table = LongTable([list(row) for row in rows], colWidths=list(widths), splitInRow=1, hAlign="LEFT")
    table.setStyle(style)
    return table
