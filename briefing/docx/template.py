"""The ministry's own Word template: a .docx whose styles, page set-up, header and footer (a logo there) and
fonts the Word export starts from. Read and checked before rendering; TemplateRefused says why one cannot be
used, in words for the user, and the export then keeps Briefing's built-in look."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from briefing.messages import say

MAX_FILE_BYTES = 20 * 1024 * 1024
# Word's styles the note and the dossier are set in; a template based on Word's default template has them all.
NEEDED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Number",
                 "List Bullet", "Quote", "Header", "Footer", "Table Grid", "Normal Table")


class TemplateRefused(Exception):
    """Why a file cannot be the Word template: "is not a Word document (.docx)"."""


def read_template(path: str | Path) -> bytes:
    """The template file's bytes once checked (a Word document with the styles the export uses)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TemplateRefused(say("template.too_large", megabytes=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise TemplateRefused(say("file.not_found")) from None
    except OSError as error:
        raise TemplateRefused(say("file.unreadable", reason=error.strerror or error)) from None
    template_document(data)
    return data


def template_document(data: bytes):
    """The template as a python-docx Document; TemplateRefused when it is not a usable Word document."""
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # python-docx raises zip, XML and package errors alike for a file that is not a .docx
        raise TemplateRefused(say("template.not_docx")) from None
    names = {style.name for style in document.styles}
    missing = [name for name in NEEDED_STYLES if name not in names]
    if missing:
        raise TemplateRefused(say("template.missing_styles", styles=", ".join(missing)))
    return document
