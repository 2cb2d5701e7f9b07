"""The briefing note for one visit: header block, then the chosen sections in order."""

from collections.abc import Iterable

from reportlab.platypus import Flowable

from briefing.note_content import author_for, reference_for
from briefing.notes import note_text
from briefing.pdf.flowables import section
from briefing.pdf.header import masthead, memo_block
from briefing.pdf.layout import Metadata, build_pdf, frame_width, rendering
from briefing.pdf.options import SECTION_KEYS, NoteOptions
from briefing.pdf.sections import BUILDERS, UNHEADED
from briefing.pdf.text import clean, subject_line


def body_sections(
    document: dict, options: NoteOptions, width: float, keys: Iterable[str] = SECTION_KEYS
) -> list[Flowable]:
    """The chosen sections among `keys`, in print order, each left out when empty."""
    words = note_text(options.language)
    story: list[Flowable] = []
    for key in keys:
        if key in options.sections:
            flowables = BUILDERS[key](document, options, width)
            story += flowables if key in UNHEADED else section(words.heading(key), flowables)
    return story


def note_story(document: dict, options: NoteOptions) -> list[Flowable]:
    """Every flowable of the note: header block, then the chosen sections."""
    width = frame_width(options.paper)
    subject = subject_line(document, note_text(options.language))
    title = clean(document.get("title"))
    story = masthead(options, width)
    story += memo_block(options, title, subject, reference_for(document, options), width)
    story += body_sections(document, options, width)
    return story


def render_note(document: dict, options: NoteOptions | None = None) -> bytes:
    """The briefing note for one visit document as PDF bytes."""
    options = options or NoteOptions()
    words = note_text(options.language)
    subject = subject_line(document, words)
    metadata = Metadata(
        title=clean(document.get("title")) or subject or words["document.title"],
        author=author_for(options),
        subject=words["document.subject"].format(subject=subject) if subject else words["document.title"],
        classification=options.printed_classification(),
        reference=reference_for(document, options),
        language=options.language,
        reproducible=options.reproducible,
    )
    with rendering():
        return build_pdf(note_story(document, options), options.paper, metadata)
