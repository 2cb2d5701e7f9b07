"""Line icons are drawn at the size and screen scale they are shown at, in the text colour, greyed when off."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from briefing.gui.icons import icon


def _inked(image) -> list:
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200]


def test_an_icon_is_drawn_in_the_text_colour_at_the_size_asked(qtbot):
    pixmap = icon("edit").pixmap(QSize(24, 24))
    assert pixmap.size() == QSize(24, 24)
    inked = _inked(pixmap.toImage())
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    assert len(inked) > 20
    assert {colour.rgb() for colour in inked} == {text.rgb()}


def test_a_high_density_screen_gets_twice_the_pixels(qtbot):
    pixmap = icon("add").pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
    assert len(_inked(pixmap.toImage())) > len(_inked(icon("add").pixmap(QSize(16, 16)).toImage()))


def test_a_disabled_icon_is_greyed_out(qtbot):
    normal = icon("delete").pixmap(QSize(24, 24)).toImage()
    disabled = icon("delete").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    assert not icon("delete").isNull()
