"""Render the app icon from its one SVG source into every file the desktops want.

    .venv/bin/python packaging/make_icons.py

writes, next to resources/icons/app/briefing.svg:
  hicolor/<size>x<size>/apps/briefing.png   PNG 16–512 for freedesktop icon themes (and the window icon)
  briefing.ico                              Windows (16–256 in one file)
  briefing.icns                             macOS (16–1024 in one file)
Qt renders the SVG (QtSvg, as the app does); Pillow writes the files, so the output is byte-for-byte stable.
Run it again after editing the SVG and commit what it writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

APP_ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SOURCE = APP_ICONS / "briefing.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn antialiased on a transparent square of `size` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_RGBA8888_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine())


def main() -> int:
    """Write every icon file; prints what it wrote."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    images = {size: render(SOURCE, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = APP_ICONS / "hicolor" / f"{size}x{size}" / "apps" / "briefing.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(path, optimize=True)
        written.append(path)
    ico = APP_ICONS / "briefing.ico"
    largest_ico = images[ICO_SIZES[-1]]
    largest_ico.save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES[:-1]])
    written.append(ico)
    icns = APP_ICONS / "briefing.icns"
    images[ICNS_SIZES[-1]].save(icns, append_images=[images[s] for s in ICNS_SIZES[:-1]])
    written.append(icns)
    for path in written:
        print(f"{path.stat().st_size:>8}  {path.relative_to(APP_ICONS.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
