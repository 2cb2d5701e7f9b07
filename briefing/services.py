"""The app's use cases, written once for the command line and the window: no Qt, no argparse here.

So far the export of a briefing note or a country dossier, as PDF or Word. Mistakes a user can make
(unknown visit, no visits, a file name of another kind) raise `ExportRefused` with the message to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.notes import note_text
from briefing.pdf.options import NoteOptions
from briefing.pdf.text import clean, dossier_file_name, suggested_file_name

FORMATS = ("pdf", "docx")
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word"}


class ExportRefused(Exception):
    """What the user asked for cannot be exported; the message says why and what to do."""


@dataclass(frozen=True)
class Export:
    """A rendered document: its bytes, its format, what it is about (the visit's title, or the country) and the
    file name to propose, in the note's language."""

    data: bytes
    format: str
    about: str
    file_name: str


def export_format(path: Path, requested: str | None = None) -> str:
    """The format to write: the one asked for, else Word for a .docx file and PDF for any other name (as before
    Word existed)."""
    if requested is not None:
        if requested not in FORMATS:
            raise ExportRefused(f"format '{requested}' is not one of {', '.join(FORMATS)}")
        return requested
    return "docx" if Path(path).suffix.lower() == ".docx" else "pdf"


def with_extension(file_name: str, fmt: str) -> str:
    """The file name ending in the format's extension."""
    return str(Path(file_name).with_suffix(f".{fmt}"))


def render_note(document: dict, options: NoteOptions, fmt: str = "pdf") -> Export:
    """The briefing note of one visit document in the format."""
    if fmt == "docx":
        from briefing.docx import render_note_docx as render
    else:
        from briefing.pdf import render_note as render
    file_name = with_extension(suggested_file_name(document, note_text(options.language)), fmt)
    return Export(render(document, options), fmt, clean(document.get("title")) or Path(file_name).stem, file_name)


def note_export(store, visit_id: int, options: NoteOptions, fmt: str = "pdf") -> Export:
    """The briefing note of a stored visit in the format."""
    from briefing.store import NotFound

    try:
        document = store.visit_document(visit_id)
    except NotFound:
        raise ExportRefused(f"no visit with id {visit_id} (see 'briefing list')") from None
    return render_note(document, options, fmt)


def dossier_export(
    store, code: str, options: NoteOptions, fmt: str = "pdf",
    progress: Callable[[int, int], None] | None = None, is_cancelled: Callable[[], bool] | None = None,
) -> Export:
    """The dossier of every stored visit with the country (an ISO code), newest first, in the format."""
    from briefing.countries import name_for_code
    from briefing.store import VisitQuery

    name = name_for_code(code) or code
    ids = store.visits.ids(VisitQuery(country=code, sort="start_date", descending=True))
    if not ids:
        raise ExportRefused(f"no visits with {name}")
    documents = [store.visit_document(visit_id) for visit_id in ids]
    if fmt == "docx":
        from briefing.docx import render_dossier_docx as render
    else:
        from briefing.pdf import render_dossier as render
    data = render(name, documents, options, progress=progress, is_cancelled=is_cancelled)
    file_name = dossier_file_name(name, options.effective_date(), note_text(options.language))
    return Export(data, fmt, name, with_extension(file_name, fmt))
