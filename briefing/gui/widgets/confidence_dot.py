"""How sure the press-release reader is of a field, as a small coloured dot with a tooltip."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from briefing.extract import Evidence
from briefing.gui.language import tr

DOT_SIZE = 12
# (lowest confidence, label, colour): green, amber and brick red read apart on light and dark palettes.
_LEVELS = ((0.8, tr("High"), "#2e7d32"), (0.6, tr("Medium"), "#b7791f"), (0.0, tr("Low"), "#c0392b"))
NOT_FOUND = tr("Not found in the text")


def confidence_level(evidence: Evidence | None) -> str:
    """'High', 'Medium' or 'Low' for a field the reader found, NOT_FOUND for one it did not."""
    if evidence is None:
        return NOT_FOUND
    return next(label for lowest, label, _ in _LEVELS if evidence.confidence >= lowest)


def confidence_tip(evidence: Evidence | None, filled: bool = False) -> str:
    """The tooltip of a field's dot; a field `filled` without evidence was made up from the others."""
    if evidence is None:
        return (tr("Not in the text as such: made from the fields found; check it.") if filled
                else tr("{0}: fill it in if you know it.").format(NOT_FOUND))
    return tr("{0} confidence: select the field to see the passage it comes from.").format(confidence_level(evidence))


def legend_html() -> str:
    """The dots and what they mean, as rich text for a caption."""
    dots = [f"<span style='color:{colour}'>●</span> {label.lower()}" for _, label, colour in _LEVELS]
    return " ".join(dots) + tr(" ○ not found")


@cache
def _pixmap(level: str) -> QPixmap:
    pixmap = QPixmap(DOT_SIZE, DOT_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = next((QColor(c) for _, label, c in _LEVELS if label == level), QColor("#8a8a8a"))
    if level == NOT_FOUND:  # a hollow ring: nothing was read here
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawEllipse(QRectF(2, 2, DOT_SIZE - 4, DOT_SIZE - 4))
    painter.end()
    return pixmap


def confidence_icon(evidence: Evidence | None) -> QIcon:
    """The dot as an icon, for table cells."""
    return QIcon(_pixmap(confidence_level(evidence)))


class ConfidenceDot(QLabel):
    """The dot beside a form field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(DOT_SIZE + 4, DOT_SIZE + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_evidence(None)

    def set_evidence(self, evidence: Evidence | None, filled: bool = False) -> None:
        """Show how sure the reader is of the field next to the dot (`filled`: it has a value all the same)."""
        self.level = confidence_level(evidence)
        self.setPixmap(_pixmap(self.level))
        self.setToolTip(confidence_tip(evidence, filled))
        self.setAccessibleName(self.level if evidence is None else tr("{0} confidence").format(self.level))
