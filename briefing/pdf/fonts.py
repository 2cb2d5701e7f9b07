"""The bundled DejaVu Sans Condensed faces, registered with reportlab once per process.

reportlab's base-14 fonts have no Cyrillic, Vietnamese or most Latin Extended glyphs,
so every style and table uses these embedded TrueType faces instead.
"""

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing.paths import resource_path

REGULAR = "DejaVuSansCondensed"
BOLD = "DejaVuSansCondensed-Bold"
ITALIC = "DejaVuSansCondensed-Oblique"
BOLD_ITALIC = "DejaVuSansCondensed-BoldOblique"
FAMILY = REGULAR

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four faces and their family (first call only); return the family name."""
    global _registered
    with _lock:
        if not _registered:
            for face in _FACES:
                pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", f"{face}.ttf"))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY
