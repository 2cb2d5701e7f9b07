"""The briefing note for one visit: header block, then the chosen sections in order."""

from collections.abc import Iterable

from reportlab.platypus import Flowable

from briefing.note_content import author_for, reference_for
from briefing.pdf.flowables import section
from briefing.pdf.header import masthead, memo_block
from briefing.pdf.layout import Metadata, build_pdf, frame_width, rendering
from briefing.pdf.options import SECTION_KEYS, SECTION_LABELS, NoteOptions
from briefing.pdf.sections import BUILDERS, UNHEADED
from briefing.pdf.text import clean, subject_line


def body_sections(
    document: dict, options: NoteOptions, width: float, keys: Iterable[str] = SECTION_KEYS
) -> list[Flowable]:
    """The chosen sections among `keys`, in print order, each left out when empty."""
    story: list[Flowable] = []
    for key in keys:
        if key in options.sections:
            flowables = BUILDERS[key](document, options, width)
            story += flowables if key in UNHEADED else section(SECTION_LABELS[key], flowables)
    return story


def note_story(document: dict, options: NoteOptions) -> list[Flowable]:
    """Every flowable of the note: header block, then the chosen sections."""
    width = frame_width(options.paper)
    subject = subject_line(document)
    title = clean(document.get("title"))
    story = masthead(options, width)
    story += memo_block(options, title, subject, reference_for(document, options), width)
    story += body_sections(document, options, width)
    return story


def render_note(document: dict, options: NoteOptions | None = None) -> bytes:
    """The briefing note for one visit document as PDF bytes."""
    options = options or NoteOptions()
    subject = subject_line(document)
    metadata = Metadata(
        title=clean(document.get("title")) or subject or "Briefing note",
        author=author_for(options),
        subject=f"Briefing note: {subject}" if subject else "Briefing note",
        classification=options.classification,
        reference=reference_for(document, options),
        reproducible=options.reproducible,
    )
    with rendering():
        return build_pdf(note_story(document, options), options.paper, metadata)
