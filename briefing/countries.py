"""ISO 3166 countries by English short name, through pycountry."""

from functools import cache

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


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry  # on first use: its import alone takes 20 ms of start-up

    by_code: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        short = _SHORT_NAME_OVERRIDES.get(code) or getattr(country, "common_name", None) or country.name
        by_code[code] = short
        for name in (short, country.name, getattr(country, "official_name", None),
                     getattr(country, "common_name", None), code, country.alpha_3):
            if name:
                by_key.setdefault(_key(name), code)
    return by_code, by_key


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def all_countries() -> list[tuple[str, str]]:
    """Every country as (alpha-2 code, English short name), sorted by name."""
    by_code, _ = _tables()
    return sorted(by_code.items(), key=lambda item: item[1].casefold())


def name_for_code(code: str | None) -> str | None:
    """The English short name for an alpha-2 code, or None."""
    if not code:
        return None
    return _tables()[0].get(code.upper())


def code_for_name(name: str | None) -> str | None:
    """The alpha-2 code for a short, ISO or official name (or a code), or None when unknown."""
    if not name:
        return None
    return _tables()[1].get(_key(name))
