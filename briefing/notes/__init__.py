"""The words of the briefing note and the country dossier in each language, as plain data (no Qt).

Every renderer of a note (the PDF, a DOCX export, the command line) takes its furniture from here:

    words = note_text("fr")
    words["memo.subject"]                       # "Objet"
    words.heading("talking_points")             # "Éléments de langage"
    words.vocabulary("agreement_kind", "treaty")  # "Traité"
    words.country("Kazakhstan")                 # "Казахстан" with note_text("ru")
    words.date(datetime.date(2025, 6, 3))       # "3 juin 2025"
    words.date_range("2025-06-03", "2025-06-05")  # "3–5 juin 2025"
    words.page(1, 2)                            # "Page 1 sur 2"

The texts are in briefing/notes/strings/<language>.json, one file per language with the same keys as
en.json; vocabulary labels are in briefing/data/vocabulary.json and country names in pycountry's
catalogues. Dates are formatted by Babel, which is imported on the first date, not with this module.
"""

from __future__ import annotations

import datetime
import json
import re
from functools import cache
from pathlib import Path

from briefing import vocabulary
from briefing.countries import code_for_name, local_name_for_code

STRINGS = Path(__file__).parent / "strings"
DEFAULT_LANGUAGE = "en"
_PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


@cache
def languages() -> tuple[str, ...]:
    """The languages notes can be written in: one strings file each, English first."""
    found = sorted(path.stem for path in STRINGS.glob("*.json"))
    return (DEFAULT_LANGUAGE, *(code for code in found if code != DEFAULT_LANGUAGE))


def language_name(code: str) -> str:
    """A language's name in that language ("Français"), as menus list it."""
    return note_text(code)["language_name"]


@cache
def note_text(language: str = DEFAULT_LANGUAGE) -> NoteText:
    """The note's words in `language` (a code among languages()); ValueError for any other."""
    path = STRINGS / f"{language}.json"
    if language not in languages():
        raise ValueError(f"'{language}' is not a language Briefing writes notes in; use one of: "
                         f"{', '.join(languages())}")
    with open(path, encoding="utf-8") as file:
        strings = json.load(file)
    if language != DEFAULT_LANGUAGE:
        strings = {**note_text(DEFAULT_LANGUAGE).strings, **strings}
    return NoteText(language, strings)


def _parse_iso(value: object) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value or "").strip()[:10])
    except ValueError:
        return None


class NoteText:
    """The labels, vocabulary, country names, dates and page numbers of one language."""

    def __init__(self, language: str, strings: dict):
        self.language = language
        self.strings = strings

    def __getitem__(self, key: str) -> str:
        """A label by its dotted key in the strings file: "memo.to", "dossier.contents"."""
        value: object = self.strings
        for part in key.split("."):
            value = value[part]  # type: ignore[index]
        return value  # type: ignore[return-value]

    def heading(self, section: str) -> str:
        """The heading of a note section, by its key (see briefing.pdf.options.SECTIONS)."""
        return self.strings["sections"][section]

    def vocabulary(self, kind: str, value: str | None) -> str:
        """The label of a stored vocabulary value; empty for none, the value itself when unknown."""
        return vocabulary.label(vocabulary.labels(kind, self.language), value)

    def country(self, name: str | None) -> str:
        """A country's name (the English name or code stored in a visit document) in this language;
        a name that is no country is returned as typed."""
        text = (name or "").strip()
        code = code_for_name(text)
        return (local_name_for_code(code, self.language) if code else None) or text

    def page(self, number: int, total: int) -> str:
        """ "Page 1 of 2"."""
        return self.strings["page"].format(number=number, total=total)

    def counted(self, key: str, count: int) -> str:
        """The phrase for `count` things in the grammatical number this language wants (Babel's plural
        categories: one, few, many, other), numbers below ten in words."""
        from babel import Locale

        forms = self[key]
        form = forms.get(Locale.parse(self.language).plural_form(count)) or forms["other"]
        words = self.strings["number_words"]
        word = words[count] if count < len(words) else str(count)
        return form.format(count=count, count_word=word)

    def date(self, day: datetime.date, with_year: bool = True) -> str:
        """ "3 June 2025", "3 juin 2025", "3 июня 2025 г."; without the year "3 June"."""
        from babel.dates import format_date

        pattern = self.strings["dates"]["day" if with_year else "day_without_year"]
        return format_date(day, pattern, locale=self.language)

    def iso_date(self, value: object) -> str:
        """An ISO date string as a date; malformed text is returned as it is."""
        day = _parse_iso(value)
        return self.date(day) if day else str(value or "").strip()

    def date_range(self, start: object, end: object) -> str:
        """Two ISO dates as one: "3–5 June 2025", "30 June – 2 July 2025", "30 December 2025 – 2 January 2026"."""
        first, last = _parse_iso(start), _parse_iso(end)
        if first is None and last is None:
            return str(start or "").strip() or str(end or "").strip()
        if first is None:
            return self.strings["dates"]["until"].format(date=self.date(last))
        if last is None or last <= first:
            return self.date(first)
        if first.year != last.year:
            return f"{self.date(first)} – {self.date(last)}"
        if first.month != last.month:
            return f"{self.date(first, with_year=False)} – {self.date(last)}"
        return f"{first.day}–{self.date(last)}"

    def partial_date(self, value: object) -> str:
        """A "YYYY", "YYYY-MM" or "YYYY-MM-DD" date: "2019", "March 2019", "12 March 2019"."""
        from babel.dates import format_date

        text = str(value or "").strip()
        match = _PARTIAL_DATE.match(text)
        if not match:
            return text
        year, month, day = (int(part) if part else 0 for part in match.groups())
        try:
            if not month:
                return self.strings["dates"]["year"].format(year=year)
            if not day:
                return format_date(datetime.date(year, month, 1), self.strings["dates"]["month"],
                                   locale=self.language)
            return self.date(datetime.date(year, month, day))
        except ValueError:
            return text
