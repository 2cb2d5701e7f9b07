"""Export a briefing note or a country dossier, as PDF or Word.

Mistakes a user can make (unknown visit or country, no visits, a format of another kind) raise `ExportRefused`
with the message to show. The classification label is left as typed: `NoteOptions.printed_classification` makes
it what every page prints, for the window and the command line alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.atomic import write_bytes_atomically
from briefing.messages import say
from briefing.services.errors import Cancelled, Refused
from briefing.services.visits import visit_document

if TYPE_CHECKING:
    from briefing.pdf.options import NoteOptions

FORMATS = ("pdf", "docx")
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word"}


class ExportRefused(Refused):
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
            raise ExportRefused(say("export.unknown_format", format=requested, formats=", ".join(FORMATS)))
        return requested
    return "docx" if Path(path).suffix.lower() == ".docx" else "pdf"


def with_extension(file_name: str, fmt: str) -> str:
    """The file name ending in the format's extension."""
    return str(Path(file_name).with_suffix(f".{fmt}"))


def note_file_name(document: dict, language: str, fmt: str) -> str:
    """The file name to propose for the note of a visit document, in the note's language and format."""
    from briefing.notes import note_text
    from briefing.pdf.text import suggested_file_name

    return with_extension(suggested_file_name(document, note_text(language)), fmt)


def render_note(document: dict, options: NoteOptions, fmt: str = "pdf") -> Export:
    """The briefing note of one visit document in the format."""
    from briefing.pdf.text import clean

    if fmt == "docx":
        from briefing.docx import render_note_docx as render
    else:
        from briefing.pdf import render_note as render
    file_name = note_file_name(document, options.language, fmt)
    return Export(render(document, options), fmt, clean(document.get("title")) or Path(file_name).stem, file_name)


def note_export(store, visit_id: int, options: NoteOptions, fmt: str = "pdf") -> Export:
    """The briefing note of a stored visit in the format."""
    return render_note(visit_document(store, visit_id), options, fmt)


def country_code(name: str) -> str:
    """The ISO code of a country named in any of the app's languages, or its code itself."""
    from briefing.countries import code_for_name

    code = code_for_name(name)
    if code is None:
        raise ExportRefused(say("export.unknown_country", name=name))
    return code


def dossier_export(
    store, code: str, options: NoteOptions, fmt: str = "pdf",
    progress: Callable[[int, int], None] | None = None, is_cancelled: Callable[[], bool] | None = None,
) -> Export:
    """The dossier of every stored visit with the country (an ISO code), newest first, in the format; `progress(done,
    total)` follows the visits laid out, and Cancelled is raised once `is_cancelled()` turns true."""
    from briefing.countries import name_for_code
    from briefing.store import VisitQuery

    name = name_for_code(code) or code
    ids = store.visits.ids(VisitQuery(country=code, sort="start_date", descending=True))
    if not ids:
        raise ExportRefused(say("export.no_visits_with", country=name))
    documents = [store.visit_document(visit_id) for visit_id in ids]
    if fmt == "docx":
        from briefing.docx import render_dossier_docx as render
    else:
        from briefing.pdf import render_dossier as render
    from briefing.pdf.options import RenderCancelled

    try:
        data = render(name, documents, options, progress=progress, is_cancelled=is_cancelled)
    except RenderCancelled:
        raise Cancelled(say("export.dossier_cancelled", country=name)) from None
    return Export(data, fmt, name, dossier_file_name(code, options, fmt))


def dossier_file_name(code: str, options: NoteOptions, fmt: str) -> str:
    """The file name to propose for the dossier of a country (an ISO code), in the note's language and format."""
    from briefing.countries import name_for_code
    from briefing.notes import note_text
    from briefing.pdf.text import dossier_file_name as file_name

    return with_extension(file_name(name_for_code(code) or code, options.effective_date(), note_text(options.language)),
                          fmt)


def save_export(export: Export, path: Path, replace_read_only: bool = False) -> None:
    """Write the rendered document to `path`, whole or not at all (ReadOnlyFile unless `replace_read_only`)."""
    write_bytes_atomically(Path(path), export.data, replace_read_only)
