"""The app's line icons (resources/icons/*.svg), drawn in the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from briefing.paths import resource_path

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = _svg(name).replace("currentColor", colour)
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_pixmap(svg, size))
    return icon


def icon(name: str) -> QIcon:
    """The icon `name`.svg in the current palette's text colour (Qt greys it out when disabled)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


def app_icon() -> QIcon:
    """The application's own (coloured) icon."""
    return QIcon(str(resource_path("icons", "briefing.svg")))
