"""What the user sets once in Edit → Preferences: the organisation printed on notes, its logo, the Word template,
backups kept."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from briefing.store.backups import DEFAULT_KEEP

MAX_BACKUPS = 100
_ORGANISATION_KEY = "preferences/organisation"
_LOGO_KEY = "preferences/logo"
_LOGO_SOURCE_KEY = "preferences/logoSource"
_KEEP_BACKUPS_KEY = "preferences/keepBackups"
_WORD_TEMPLATE_KEY = "preferences/wordTemplate"


@dataclass(frozen=True)
class Preferences:
    """The organisation's name and logo for the note's header, and how many backups to keep.

    `logo_path` is the file exports read: Briefing's own scaled copy of `logo_source`, the file the user chose.
    `word_template` is the ministry's .docx the Word export starts from ("": Briefing's built-in look).
    """

    organisation: str = ""
    logo_path: str = ""
    logo_source: str = ""
    keep_backups: int = DEFAULT_KEEP
    word_template: str = ""


def load_preferences(settings: QSettings) -> Preferences:
    """The preferences saved in `settings` (defaults where none are)."""
    keep = settings.value(_KEEP_BACKUPS_KEY, DEFAULT_KEEP, type=int)
    return Preferences(organisation=settings.value(_ORGANISATION_KEY, "", type=str),
                       logo_path=settings.value(_LOGO_KEY, "", type=str),
                       logo_source=settings.value(_LOGO_SOURCE_KEY, "", type=str),
                       keep_backups=min(max(keep, 1), MAX_BACKUPS),
                       word_template=settings.value(_WORD_TEMPLATE_KEY, "", type=str))


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Write the preferences to `settings`."""
    settings.setValue(_ORGANISATION_KEY, preferences.organisation)
    settings.setValue(_LOGO_KEY, preferences.logo_path)
    settings.setValue(_LOGO_SOURCE_KEY, preferences.logo_source)
    settings.setValue(_KEEP_BACKUPS_KEY, preferences.keep_backups)
    settings.setValue(_WORD_TEMPLATE_KEY, preferences.word_template)
    settings.sync()
