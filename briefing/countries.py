"""ISO 3166 countries by English short name, from pycountry's data; names in other languages from its catalogues.

A country typed by a person resolves through one key: case, accents, apostrophes and hyphens folded, so
"cote d ivoire" is Côte d'Ivoire; besides the ISO names, data/country_aliases.json lists the common and former
names people type ("Turkey", "Ivory Coast", "Белоруссия"), in English, French and Russian.
"""

import gettext
import json
import unicodedata
from functools import cache
from importlib.util import find_spec
from pathlib import Path

# pycountry's ISO names are formal ("Korea, Republic of"); its common_name covers most
# cases, and these few read better in a briefing note than the ISO form.
_SHORT_NAME_OVERRIDES = {
    "RU": "Russia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "PS": "Palestine",
    "FM": "Micronesia",
    "VA": "Holy See",
}


def iso_3166_records() -> list[dict[str, str]]:
    """pycountry's ISO 3166-1 records, read straight from its data file.

    Importing pycountry and building its objects takes 40 ms, most of the window's first
    visit; the file holds the same fields (alpha_2, alpha_3, name, official_name, common_name).
    """
    package = Path(find_spec("pycountry").origin).parent
    with open(package / "databases" / "iso3166-1.json", encoding="utf-8") as data:
        return json.load(data)["3166-1"]


@cache
def _names_by_code() -> dict[str, str]:
    return {country["alpha_2"]: _SHORT_NAME_OVERRIDES.get(country["alpha_2"]) or country.get("common_name")
            or country["name"] for country in iso_3166_records()}


@cache
def _codes_by_key() -> dict[str, str]:
    by_key: dict[str, str] = {}
    names_by_code = _names_by_code()
    for country in iso_3166_records():
        code = country["alpha_2"]
        for name in (names_by_code[code], country["name"], country.get("official_name"), country.get("common_name"),
                     code, country["alpha_3"]):
            if name:
                by_key.setdefault(_key(name), code)
    return by_key


def _key(name: str) -> str:
    return " ".join(sort_key(name).replace("’", "'").replace("'", " ").replace("-", " ").split())


@cache
def _aliases() -> dict[str, list[str]]:
    with open(Path(__file__).parent / "data" / "country_aliases.json", encoding="utf-8") as data:
        return {code: names for code, names in json.load(data).items() if not code.startswith("_")}


@cache
def _codes_by_any_key() -> dict[str, str]:
    """Every name in English, French or Russian and every alias -> code (asked only when English fails)."""
    by_key = dict(_codes_by_key())
    for language in ("fr", "ru"):
        for code, name in _local_names(language).items():
            by_key.setdefault(_key(name), code)
    for code, names in _aliases().items():
        for name in names:
            by_key.setdefault(_key(name), code)
    return by_key


def all_countries() -> list[tuple[str, str]]:
    """Every country as (alpha-2 code, English short name), sorted by name."""
    return sorted(_names_by_code().items(), key=lambda item: item[1].casefold())


def name_for_code(code: str | None) -> str | None:
    """The English short name for an alpha-2 code, or None."""
    if not code:
        return None
    return _names_by_code().get(code.upper())


def code_for_name(name: str | None) -> str | None:
    """The alpha-2 code for a short, ISO or official name (or a code), a name in French or Russian or a
    common or former name ("Turkey", "Кот-д'Ивуар"), accents optional; None when unknown."""
    if not name:
        return None
    key = _key(name)
    return _codes_by_key().get(key) or _codes_by_any_key().get(key)


@cache
def _local_names(language: str) -> dict[str, str]:
    """Every country's short name in `language`, from pycountry's gettext catalogue (empty when it has none)."""
    package = Path(find_spec("pycountry").origin).parent
    try:
        catalogue = gettext.translation("iso3166-1", package / "locales", languages=[language])
    except OSError:
        return {}
    with open(Path(__file__).parent / "data" / "country_names.json", encoding="utf-8") as data:
        overrides = json.load(data).get(language, {})
    return {country["alpha_2"]: overrides.get(country["alpha_2"])
            or catalogue.gettext(country.get("common_name") or country["name"]) for country in iso_3166_records()}


def local_name_for_code(code: str | None, language: str) -> str | None:
    """The short name for an alpha-2 code in `language` ("fr", "ru"; English for "en"), or None."""
    if not code:
        return None
    if language == "en":
        return name_for_code(code)
    return _local_names(language).get(code.upper()) or name_for_code(code)


def sort_key(name: str) -> str:
    """The key that orders names as a reader expects: case and accents folded ("Émirats" among the E's)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@cache
def countries_in(language: str) -> list[tuple[str, str]]:
    """Every country as (alpha-2 code, short name in `language`), sorted by that name."""
    return sorted(((code, local_name_for_code(code, language)) for code in _names_by_code()),
                  key=lambda item: sort_key(item[1]))


@cache
def _codes_by_local_key(language: str) -> dict[str, str]:
    return {_key(name): code for code, name in countries_in(language)}


def code_for_local_name(name: str | None, language: str) -> str | None:
    """The alpha-2 code for a country's name in `language` or any name code_for_name knows."""
    if not name:
        return None
    return _codes_by_local_key(language).get(_key(name)) or code_for_name(name)


@cache
def typed_names(language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every country as (code, short name in `language`, folded names a person may type for it: that name,
    the English, French and Russian ones and the aliases), in that language's order."""
    others = [_names_by_code(), *(_local_names(other) for other in ("fr", "ru") if other != language)]
    aliases = _aliases()
    return [(code, name, tuple(dict.fromkeys(_key(typed) for typed in (
        name, *(names.get(code) for names in others), *aliases.get(code, ())) if typed)))
        for code, name in countries_in(language)]


def code_for_typed(text: str | None, language: str) -> str | None:
    """The code for a country's name (see code_for_local_name) or for the start of the names of just one
    country ("cote", "kaz"); None when unknown or when the start fits several countries ("aus")."""
    code = code_for_local_name(text, language)
    if code or not text:
        return code
    start = _key(text)
    if len(start) < 3:
        return None
    matches = {code for code, _name, keys in typed_names(language) if any(key.startswith(start) for key in keys)}
    return matches.pop() if len(matches) == 1 else None


def typed_key(text: str) -> str:
    """The folded form typed_names holds, for matching what a person is typing."""
    return _key(text)
