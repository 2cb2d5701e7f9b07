"""The app's line icons (resources/icons/*.svg), drawn in the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from briefing.paths import resource_path


class SvgIconEngine(QIconEngine):
    """Draws one SVG at the size (and screen scale) asked for, when first asked for.

    Rendering every size up front cost start-up 8 ms for icons most sessions never show at most sizes.
    """

    def __init__(self, svg: bytes):
        super().__init__()
        self.svg = svg
        self._pixmaps: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}
        self._svg_renderer: QSvgRenderer | None = None

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.svg)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            scale = painter.device().devicePixelRatioF()
            painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))
        else:  # drawn as vectors: sharp at any scale
            self._renderer().render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(size, scale)
            if mode == QIcon.Mode.Disabled:
                from PySide6.QtWidgets import QStyleOption  # rarely needed: not imported with the window

                pixmap = QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
            self._pixmaps[key] = pixmap
        return pixmap

    def _renderer(self) -> QSvgRenderer:
        if self._svg_renderer is None:
            self._svg_renderer = QSvgRenderer(QByteArray(self.svg))
        return self._svg_renderer

    def _render(self, size: QSize, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        pixmap = QPixmap(round(side * scale), round(side * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer().render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _icon(name: str, colour: str) -> QIcon:
    return QIcon(SvgIconEngine(_svg(name).replace("currentColor", colour).encode("utf-8")))


def icon(name: str) -> QIcon:
    """The icon `name`.svg in the current palette's text colour (greyed out when disabled)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


def app_icon() -> QIcon:
    """The application's own (coloured) icon."""
    return QIcon(str(resource_path("icons", "briefing.svg")))
