"""PDF rendering of briefing notes and country dossiers: visit documents (dicts) in, bytes out.

No Qt and no database here; callers pass the visit document described in the
project's documentation and a `NoteOptions`.
"""

from briefing.pdf.dossier import render_dossier
from briefing.pdf.note import render_note
from briefing.pdf.options import (
    CLASSIFICATIONS,
    PAPER_SIZES,
    SECTION_KEYS,
    SECTION_LABELS,
    SECTIONS,
    NoteOptions,
    RenderCancelled,
)
from briefing.pdf.text import suggested_file_name

__all__ = [
    "CLASSIFICATIONS",
    "PAPER_SIZES",
    "SECTIONS",
    "SECTION_KEYS",
    "SECTION_LABELS",
    "NoteOptions",
    "RenderCancelled",
    "render_dossier",
    "render_note",
    "suggested_file_name",
]
