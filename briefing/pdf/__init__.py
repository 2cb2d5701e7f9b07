"""PDF rendering of briefing notes and country dossiers: visit documents (dicts) in, bytes out.

No Qt and no database here; callers pass the visit document described in the
project's documentation and a `NoteOptions`.
"""

from briefing.pdf.options import (
    CLASSIFICATIONS,
    PAPER_SIZES,
    SECTION_KEYS,
    SECTION_LABELS,
    SECTIONS,
    NoteOptions,
    RenderCancelled,
)


def __getattr__(name: str):
    """The renderers (and reportlab, a tenth of a second to import) load on first use, so the app starts
    without them; plain import statements, so bundlers still see them."""
    if name == "render_note":
        from briefing.pdf.note import render_note

        return render_note
    if name == "render_dossier":
        from briefing.pdf.dossier import render_dossier

        return render_dossier
    if name == "suggested_file_name":
        from briefing.pdf.text import suggested_file_name

        return suggested_file_name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
