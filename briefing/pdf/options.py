"""What the user chooses about a briefing note: classification, addressees, paper, sections."""

import datetime
from dataclasses import dataclass, field

from briefing import vocabulary
from briefing.notes import DEFAULT_LANGUAGE, languages, note_text

CLASSIFICATIONS = vocabulary.CLASSIFICATIONS

# The note's body sections in print order, with their English headings (briefing/notes/strings has
# them in every language). The header block is always printed and is not listed here.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("purpose", "Purpose"),
    ("summary", "Summary"),
    ("key_facts", "Key facts"),
    ("participants", "Participants"),
    ("cooperation", "Cooperation areas"),
    ("agreements", "Agreements"),
    ("background", "Background"),
    ("talking_points", "Key messages"),
    ("follow_ups", "Follow-up actions"),
    ("clearance", "Drafting and clearance"),
)
SECTION_KEYS: tuple[str, ...] = tuple(key for key, _ in SECTIONS)
SECTION_LABELS: dict[str, str] = dict(SECTIONS)
# A visit's part of a dossier leaves out what only makes sense in a note on its own: the purpose
# ("to brief you ahead of...") and the drafting block, which the cover carries.
VISIT_SECTION_KEYS = tuple(key for key in SECTION_KEYS if key not in ("purpose", "clearance"))

PAPER_SIZES = ("a4", "letter")
DEFAULT_CLASSIFICATION = "OFFICIAL"


class RenderCancelled(Exception):
    """Raised by render_dossier when its is_cancelled() callback returns True."""


@dataclass(frozen=True)
class NoteOptions:
    """How to print a note or dossier; every field has a sober default.

    `reference` left empty is derived from the visit (see `text.derived_reference`);
    `note_date` None means today; `sections` holds keys of SECTIONS; `language` is the language the
    note is written in (briefing.notes.languages()); `logo_png` is the organisation's logo as
    briefing.logo prepares it (a checked PNG that fits its box); `template_docx` is the ministry's Word template as
    briefing.docx.template reads it (the Word export starts from it; the PDF ignores it); what the user typed is
    printed as typed.
    `reproducible` (for tests) stamps the files with a fixed creation date and identifier, so equal input gives
    byte-identical output; otherwise the files carry the moment they were made.
    """

    classification: str = DEFAULT_CLASSIFICATION
    recipient: str = ""
    sender: str = ""
    drafter: str = ""
    drafter_unit: str = ""
    drafter_telephone: str = ""
    cleared_by: str = ""
    approved_by: str = ""
    organisation: str = ""
    logo_png: bytes | None = None
    template_docx: bytes | None = None
    reference: str = ""
    note_date: datetime.date | None = None
    paper: str = "a4"
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTION_KEYS))
    language: str = DEFAULT_LANGUAGE
    reproducible: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {PAPER_SIZES}, not {self.paper!r}")
        if self.language not in languages():
            raise ValueError(f"language must be one of {languages()}, not {self.language!r}")
        unknown = set(self.sections) - set(SECTION_KEYS)
        if unknown:
            raise ValueError(f"unknown section keys: {sorted(unknown)}")

    def effective_date(self) -> datetime.date:
        """The date printed on the note: note_date, or today when none was given."""
        return self.note_date or datetime.date.today()

    def printed_classification(self) -> str:
        """The classification as every page prints it, in capitals with single spaces: a known one in the note's
        language, others as typed, the default when none was typed. The one place the label is shaped: the
        window and the command line both pass it as the user typed it."""
        label = " ".join(self.classification.split()).upper() or DEFAULT_CLASSIFICATION
        return note_text(self.language).vocabulary("classification", label).upper()
