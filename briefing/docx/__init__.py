"""Word (.docx) rendering of briefing notes and country dossiers: visit documents (dicts) in, bytes out.

The same content as the PDF (`briefing.note_content`, in the note's words from `briefing.notes`) set in
Word's own styles (Title, Heading 1 and 2, List Number, Table Grid), so a ministry's template can restyle
it. No Qt and no database here; callers pass the visit document and a `NoteOptions`.
"""


def __getattr__(name: str):
    """The renderers (and python-docx with lxml) load on first use, so the app starts without them; plain
    import statements, so bundlers still see them."""
    if name == "render_note_docx":
        from briefing.docx.note import render_note_docx

        return render_note_docx
    if name == "render_dossier_docx":
        from briefing.docx.dossier import render_dossier_docx

        return render_dossier_docx
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["render_dossier_docx", "render_note_docx"]
