"""Windows that fit the screen: sizes are capped by the screen's free area, and a window is kept inside it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen that panels and docks leave free."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitting_size(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made smaller where the screen is smaller (room is left for the window frame)."""
    available = available_geometry(window)
    return QSize(min(wanted.width(), available.width() - 16), min(wanted.height(), available.height() - 40))


def fit_on_screen(window: QWidget) -> None:
    """Shrink the window to the screen's free area and move it back inside it."""
    available = available_geometry(window)
    window.resize(fitting_size(window, window.size()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.left()), max(y, available.top()))
