"""Countries by name, adjective, alias or flag emoji, and cities by name, found in text.

Lookups are built once, on first use: the city list comes from data/cities.tsv (towns of 50,000
people or more and every capital, from GeoNames; data/make_cities.py writes it), the country names
from briefing.countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.countries import all_countries
from briefing.extract import demonyms
from briefing.extract.text import fold

_CITIES = Path(__file__).with_name("data") / "cities.tsv"
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")


@dataclass(frozen=True)
class CountryMention:
    """A country named in the text: by name, adjective ("Kazakh") or flag emoji."""

    start: int
    end: int
    code: str
    form: str  # "name", "adjective" or "flag"


@cache
def _country_forms() -> dict[str, tuple[str | None, str]]:
    """Every written form -> (alpha-2 code or None for a blocked region name, form)."""
    import pycountry

    forms: dict[str, tuple[str | None, str]] = {}
    extra = demonyms.table()
    for code, short in all_countries():
        record = pycountry.countries.get(alpha_2=code)
        names = [short, record.name, getattr(record, "official_name", None), getattr(record, "common_name", None)]
        adjectives, aliases = extra.get(code, ([], []))
        for name in [*names, *aliases]:
            if name and "," not in name:
                bare = name.removeprefix("the ")
                forms.setdefault(bare, (code, "name"))
                if len(bare) >= 4:
                    forms.setdefault(bare.upper(), (code, "name"))
        for adjective in adjectives:
            forms.setdefault(adjective, (code, "adjective"))
            if not adjective.endswith(("s", "sh", "ch", "ese", "i", "x")):
                forms.setdefault(adjective + "s", (code, "adjective"))  # "Sri Lankans", "Kazakhs"
    for region in demonyms.NOT_COUNTRIES:
        forms[region] = (None, "region")
    return forms


@cache
def _country_pattern() -> re.Pattern[str]:
    alternatives = sorted(_country_forms(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)")


def country_mentions(norm: str, raw: str | None = None, start: int = 0, end: int | None = None
                     ) -> list[CountryMention]:
    """Countries named in norm[start:end], plus flag emoji found in raw, in text order."""
    end = len(norm) if end is None else end
    found = []
    forms = _country_forms()
    for match in _country_pattern().finditer(norm, start, end):
        code, form = forms[match.group()]
        if code:
            found.append(CountryMention(match.start(), match.end(), code, form))
    for match in _FLAG.finditer(raw or "", start, end):
        code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in match.group())
        found.append(CountryMention(match.start(), match.end(), code, "flag"))
    return sorted(found, key=lambda m: m.start)


def country_code(phrase: str, adjectives: bool = True) -> str | None:
    """The code for a country name, alias (or adjective) written exactly as in text, else None."""
    entry = _country_forms().get(phrase.strip().removeprefix("the ").strip())
    if not entry or (entry[1] == "adjective" and not adjectives):
        return None
    return entry[0]


@cache
def _cities() -> dict[str, list[tuple[int, str]]]:
    """Folded city name -> [(rank, alpha-2 code)], capitals first, then the most populous."""
    table: dict[str, list[tuple[int, str]]] = {}
    with _CITIES.open(encoding="utf-8") as rows:
        for row in rows:
            name, code, population, capital = row.rstrip("\n").split("\t")
            table.setdefault(name, []).append((int(population) + (10**9 if capital == "1" else 0), code))
    for entries in table.values():
        entries.sort(reverse=True)
    return table


def city_countries(name: str) -> list[str]:
    """The countries that have a city of this name, the most likely first (capitals, then size)."""
    return [code for _, code in _cities().get(fold(name), [])]
