"""The look of the app: Fusion, the bundled fonts as a fallback, and a small style sheet over the palette."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from briefing.paths import resource_path


def _mix(first: QColor, second: QColor, share: float) -> str:
    """`share` of `first` blended into `second`, as #rrggbb."""
    channels = (first.redF() * share + second.redF() * (1 - share),
                first.greenF() * share + second.greenF() * (1 - share),
                first.blueF() * share + second.blueF() * (1 - share))
    return QColor.fromRgbF(*channels).name()


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(palette: QPalette) -> str:
    """The app's style sheet with its colours worked out from `palette`."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = is_dark(palette)
    colours = {
        "error": "#ff8a80" if dark else "#b3261e",
        "muted": _mix(text, window, 0.62),
        "rule": _mix(text, window, 0.18),
        "selection": _mix(highlight, base, 0.55 if dark else 0.28),
        "selectionText": palette.color(QPalette.ColorRole.Text).name(),
        "text": text.name(),
        "accent": highlight.name(),
        "base": base.name(),
        "bannerBackground": "#4a3b12" if dark else "#fff4d6",
        "bannerRule": "#7a6222" if dark else "#e8cf8a",
    }
    template = resource_path("styles", "briefing.qss").read_text(encoding="utf-8")
    return Template(template).substitute(colours)


def register_bundled_fonts() -> None:
    """Make the bundled DejaVu faces available, so text never turns into boxes on a bare system."""
    for font_file in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))


def apply_style(app: QApplication) -> None:
    """Fusion with the app's style sheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet(app.palette()))
