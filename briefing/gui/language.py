"""The window's language: chosen in Preferences (or by --lang for one run), its Qt translations installed
before any window is made.

Every text the window shows goes through `tr(text)` (Qt's translation, which pyside6-lupdate reads into
resources/translations/briefing_<language>.ts); texts defined before a translator can exist (column titles,
tab titles) are marked with QT_TR_NOOP and translated where shown. Labels of
the vocabulary and country names come from the same data files the note uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from briefing import messages, vocabulary
from briefing.countries import code_for_local_name, code_for_typed, countries_in, local_name_for_code, typed_names
from briefing.notes import DEFAULT_LANGUAGE, languages
from briefing.paths import resource_path

LANGUAGE_KEY = "preferences/language"
TRANSLATIONS = resource_path("translations")

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language; `disambiguation` tells apart equal English texts that translate
    differently; with `n`, "%n" in the text is that number and the translation has the plural form for it."""
    return QCoreApplication.translate("", text, disambiguation, n)


def system_language() -> str:
    """The system's language when Briefing speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in languages() else DEFAULT_LANGUAGE


def saved_language(settings: QSettings) -> str:
    """The language chosen in Preferences; the system's (see system_language) when none was chosen."""
    code = settings.value(LANGUAGE_KEY, "", type=str)
    return code if code in languages() else system_language()


def save_language(settings: QSettings, code: str) -> None:
    """Remember the language for the next windows."""
    settings.setValue(LANGUAGE_KEY, code)


def install(code: str, folder: Path | None = None) -> bool:
    """Translate the application into `code` from now on: Briefing's catalogue (from `folder`, by default
    resources/translations) and Qt's own qtbase catalogue (standard buttons, file dialogs, text menus).

    Returns False when Briefing's catalogue for a language other than English is missing (the window is then
    in English); English needs only its plural forms (briefing_en.qm).
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = True
    for name, where in ((f"briefing_{code}", folder or TRANSLATIONS),
                        (f"qtbase_{code}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("briefing_") and code != DEFAULT_LANGUAGE:
            found = False
    _current = code if found else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_current))
    messages.use_language(_current)
    return found


def current() -> str:
    """The language the window speaks."""
    return _current


def labels(kind: str) -> dict[str, str]:
    """A vocabulary list's labels in the window's language ("visit_type", "side", …)."""
    return vocabulary.labels(kind, _current)


def label(kind: str, value: str | None) -> str:
    """One stored value's label in the window's language; empty for none."""
    return vocabulary.label(labels(kind), value)


def country_name(code: str | None) -> str | None:
    """A country's short name in the window's language, or None."""
    return local_name_for_code(code, _current)


def countries() -> list[tuple[str, str]]:
    """Every country as (alpha-2 code, name in the window's language), in that language's order."""
    return countries_in(_current)


def country_code(name: str | None) -> str | None:
    """The code of a country named in the window's language or in English, or None."""
    return code_for_local_name(name, _current)


def typed_country_code(text: str | None) -> str | None:
    """The code of the country a person typed: any of its names or aliases, accents optional, or the start
    of the names of just one country; None otherwise."""
    return code_for_typed(text, _current)


def typed_country_names() -> list[tuple[str, str, tuple[str, ...]]]:
    """Every country as (code, name in the window's language, the folded names a person may type for it)."""
    return typed_names(_current)
