"""The export options a user chose last time, remembered between notes and sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from briefing.gui import language
from briefing.gui.preferences import load_preferences
from briefing.pdf import PAPER_SIZES, SECTION_KEYS, NoteOptions
from briefing.services import FORMATS

_TEXT_FIELDS = ("classification", "recipient", "sender", "drafter", "drafter_unit", "drafter_telephone",
                "cleared_by", "approved_by")
_PREFIX = "noteOptions/"
_FORMAT_KEY = _PREFIX + "format"


def remembered_note_options(settings: QSettings) -> NoteOptions:
    """The last choices of the export options dialog, with the organisation from the preferences; the note's
    language is the window's.

    The logo is read where the document is rendered, off the GUI thread (see PdfExport).
    """
    defaults = NoteOptions()
    texts = {name: settings.value(_PREFIX + name, getattr(defaults, name), type=str) for name in _TEXT_FIELDS}
    texts["classification"] = texts["classification"].strip() or defaults.classification
    paper = settings.value(_PREFIX + "paper", defaults.paper, type=str)
    saved_sections = settings.value(_PREFIX + "sections", None)
    if saved_sections is None:
        sections = defaults.sections
    else:
        listed = saved_sections if isinstance(saved_sections, list) else str(saved_sections).split(",")
        sections = frozenset(key for key in listed if key in SECTION_KEYS)
    return NoteOptions(**texts, paper=paper if paper in PAPER_SIZES else defaults.paper, sections=sections,
                       organisation=load_preferences(settings).organisation, language=language.current())


def remember_note_choices(settings: QSettings, options: NoteOptions) -> None:
    """Keep the dialog's choices (not the preferences, which have their own dialog)."""
    for name in _TEXT_FIELDS:
        settings.setValue(_PREFIX + name, getattr(options, name))
    settings.setValue(_PREFIX + "paper", options.paper)
    # A comma-separated string: an empty list would come back from an INI file as None.
    settings.setValue(_PREFIX + "sections", ",".join(key for key in SECTION_KEYS if key in options.sections))
    settings.sync()



def remembered_export_format(settings: QSettings) -> str:
    """The format chosen last in the export options dialog: "pdf" or "docx"."""
    chosen = settings.value(_FORMAT_KEY, "pdf", type=str)
    return chosen if chosen in FORMATS else "pdf"


def remember_export_format(settings: QSettings, fmt: str) -> None:
    """Keep the format chosen in the export options dialog."""
    settings.setValue(_FORMAT_KEY, fmt)
    settings.sync()
