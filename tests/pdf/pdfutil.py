"""Reading rendered PDFs back for assertions: text per page, positioned strings, fonts, outline."""

import io

from pypdf import PdfReader

BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def reader(data: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() for page in reader(data).pages]


def all_text(data: bytes) -> str:
    """The text of the whole document."""
    return "\n".join(page_texts(data))


def flat(text: str) -> str:
    """Text with every run of whitespace made a single space, for matching wrapped lines."""
    return " ".join(text.split())


def lines(data: bytes) -> list[str]:
    """Every extracted line of the document, stripped."""
    return [line.strip() for line in all_text(data).splitlines()]


def positioned_strings(page) -> list[tuple[str, float, float]]:
    """The page's text runs with the x, y of where each starts, in page coordinates."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def fonts_of(data: bytes) -> dict[str, dict]:
    """Every font used on any page, by its base font name, with its resolved dictionary."""
    fonts: dict[str, dict] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"]).lstrip("/")] = font
    return fonts


def is_embedded(font: dict) -> bool:
    """True when the font (or its descendant CID font) carries its font program."""
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def outline(data: bytes) -> list[tuple[str, int]]:
    """The top-level outline entries as (title, zero-based page index)."""
    pdf = reader(data)
    return [
        (entry.title, pdf.get_destination_page_number(entry))
        for entry in pdf.outline if not isinstance(entry, list)
    ]
