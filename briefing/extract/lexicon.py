"""A language as the reader knows it: the word lists under data/<lang>/, loaded once.

Everything language-specific the lexical reader uses is here, read from data files: countries in
every form the language writes them (declined or inflected by its endings tables), cities, title
words, cue phrases by role, months, weekdays, number words and words for documents. Adding a language
means adding its folder of data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.extract.text import fold

DATA = Path(__file__).with_name("data")
LANGUAGES = ("en", "fr", "ru")
_VOWELS = set("аеёиоуыэюяaeiouy")


def _rows(language: str, name: str) -> list[list[str]]:
    path = DATA / language / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex for folded phrases; a trailing * on a word stands for any ending."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = []
        for word in fold(phrase).split():
            stem = re.escape(word.rstrip("*"))
            words.append(stem + (r"[\w-]*" if word.endswith("*") else ""))
        joined = r"\s+".join(words).replace(r"'\s+", r"'\s*")
        parts.append(joined + ("" if phrase.endswith("'") else r"(?![\w-])"))
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")")


@dataclass
class Lexicon:
    """The data files of one language, ready for matching on folded text."""

    language: str
    places: dict[tuple[str, ...], tuple[str, str, str]]  # folded words -> (code, "country"|"city"|"adjective", form)
    longest_place: int
    cues: dict[str, re.Pattern[str]]
    cue_words: dict[str, list[str]]
    titles: re.Pattern[str]
    title_words: re.Pattern[str]
    courtesy: set[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, tuple[int, str]]
    day_counts: list[tuple[re.Pattern[str], int]]
    kinds: list[tuple[str, str, str]]  # (folded form, kind, written singular)
    visit_kinds: list[tuple[re.Pattern[str], str]]
    function_words: set[str]
    case_endings: list[tuple[str, str]]
    name_endings: dict[str, list[tuple[str, str]]]
    categories: list[tuple[str, re.Pattern[str]]]

    def cue(self, role: str) -> re.Pattern[str] | None:
        return self.cues.get(role)


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of `language` ("fr", "ru"), loaded from its data files."""
    places = _places(language)
    cue_phrases: dict[str, list[str]] = {}
    for role, phrase in _rows(language, "cues.tsv"):
        cue_phrases.setdefault(role, []).append(phrase)
    numbers, day_counts = {}, []
    for word, value, sort in _rows(language, "numbers.tsv"):
        if sort == "days":
            day_counts.append((phrase_pattern([word]), int(value)))
        else:
            numbers[fold(word)] = (int(value), sort)
    kinds = []
    for word, kind in _rows(language, "agreement_kinds.tsv"):
        for form in _document_forms(language, word):
            kinds.append((form, kind, word))
    kinds.sort(key=lambda item: len(item[0]), reverse=True)
    return Lexicon(
        language=language,
        places=places,
        longest_place=max((len(key) for key in places), default=1),
        cues={role: phrase_pattern(phrases) for role, phrases in cue_phrases.items()},
        cue_words=cue_phrases,
        titles=phrase_pattern([row[0] for row in _rows(language, "titles.txt")]),
        title_words=re.compile("|".join(
            re.escape(fold(row[0]).rstrip("*")) + (r"[\w-]*" if row[0].endswith("*") else "")
            for row in _rows(language, "title_words.txt"))),
        courtesy={fold(row[0]) for row in _rows(language, "courtesy.txt")},
        months={fold(name): int(number) for name, number in _rows(language, "months.tsv")},
        weekdays={fold(name): int(number) for name, number in _rows(language, "weekdays.tsv")},
        numbers=numbers,
        day_counts=day_counts,
        kinds=kinds,
        visit_kinds=[(phrase_pattern([phrase]), kind) for phrase, kind in _rows(language, "visit_kinds.tsv")],
        function_words={fold(row[0]) for row in _rows(language, "function_words.txt")},
        case_endings=sorted(((fold(e), c) for e, c in _rows(language, "case_endings.tsv")),
                            key=lambda item: len(item[0]), reverse=True),
        name_endings=_name_endings(language),
        categories=_categories(language),
    )


def _categories(language: str) -> list[tuple[str, re.Pattern[str]]]:
    words: dict[str, list[str]] = {}
    for category, word in _rows(language, "area_categories.tsv"):
        words.setdefault(category, []).append(word)
    return [(category, phrase_pattern(listed)) for category, listed in words.items()]


def _name_endings(language: str) -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _rows(language, "name_endings.tsv"):
        case, ending = row[0], row[1]
        table.setdefault(case, []).append((ending, row[2] if len(row) > 2 else ""))
    for endings in table.values():
        endings.sort(key=lambda item: len(item[0]), reverse=True)
    return table


def _places(language: str) -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Every written form of every country and city, as tuples of folded words."""
    places: dict[tuple[str, ...], tuple[str, str, str]] = {}
    nouns = _endings(language, "noun_endings.tsv")
    adjectives = _endings(language, "adjective_endings.tsv")
    entries = [(name, code, "name", "country") for name, code in _rows(language, "countries.tsv")]
    entries += [(form, code, how, "country") for form, code, how in _rows(language, "country_words.tsv")]
    entries += [(name, code, "name", "city") for name, code in _rows(language, "cities.tsv")]
    for form, code, how, what in entries:
        table = adjectives if how == "adjective" else nouns if how == "name" else {}
        for variant in _variants(form, table):
            places.setdefault(variant, (code, "adjective" if how == "adjective" else what, form))
    return places


def _endings(language: str, name: str) -> dict[str, list[str]]:
    return {fold(row[0]) if row[0] else "": [fold(e) for e in row[1].split("|")] if len(row) > 1 else []
            for row in _rows(language, name)}


def _inflect(word: str, table: dict[str, list[str]]) -> set[str]:
    forms = {word}
    for ending in sorted(table, key=len, reverse=True):
        if ending and word.endswith(ending):
            forms.update(word[:len(word) - len(ending)] + other for other in table[ending])
            return forms
    if "" in table and word and word[-1] not in _VOWELS:
        forms.update(word + other for other in table[""])
    return forms


def _variants(form: str, table: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """The folded word tuples of a form and its inflections (each word of a multi-word name declines)."""
    words = fold(form).replace("'", "' ").split()
    if not table:
        return [tuple(words)]
    options = [_inflect(word, table) for word in words]
    variants: list[tuple[str, ...]] = [()]
    for option in options:
        variants = [(*v, o) for v in variants for o in option][:64]
    return variants


def _document_forms(language: str, word: str) -> list[str]:
    """A document word in the forms a list or a sentence writes it (plural, oblique cases)."""
    words = fold(word).split()
    if language == "ru":
        table = _endings(language, "noun_endings.tsv")
        adjectives = _endings(language, "adjective_endings.tsv")
        if len(words) == 2:
            return [f"{a} {b}" for a in _inflect(words[0], adjectives | table) for b in _inflect(words[1], table)]
        return sorted(_inflect(words[0], table))
    head = words[0]
    plural = head if head.endswith(("s", "x")) else head.replace("accord-cadre", "accords-cadre") + "s"
    return [" ".join(words), " ".join([plural, *words[1:]])]


def forms_of(word: str) -> str:
    """A phrase or word as a matching key: folded, apostrophes split off."""
    return " ".join(fold(word).replace("'", "' ").split())
