"""Write fr/countries.tsv and ru/countries.tsv, the country names in French and Russian, from pycountry.

Run it again after upgrading pycountry: `.venv/bin/python briefing/extract/data/make_country_names.py`.
Each row is `name <TAB> ISO alpha-2 code`, the ISO short and official names as pycountry's gettext
catalogues translate them. Names written with a comma ("Congo, République démocratique du") are the
catalogue's sort form, not the way a text names the country, and are left out; the usual forms, the
adjectives and the people's names are in the hand-written country_words.tsv beside each file.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry

from briefing.countries import iso_3166_records

LANGUAGES = ("fr", "ru")
HERE = Path(__file__).parent


def rows(language: str) -> list[tuple[str, str]]:
    """(name, code) for every translated ISO name without a comma, sorted."""
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    found = set()
    for country in iso_3166_records():
        for field in ("name", "official_name", "common_name"):
            name = country.get(field)
            translated = catalogue.gettext(name) if name else ""
            if translated and "," not in translated:
                found.add((translated, country["alpha_2"]))
    return sorted(found)


def main() -> None:
    for language in LANGUAGES:
        lines = [f"{name}\t{code}\n" for name, code in rows(language)]
        (HERE / language / "countries.tsv").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
