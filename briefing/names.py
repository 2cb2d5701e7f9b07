"""Telling whether two spellings name the same person: accents, case, word order and a Latin or Cyrillic
transliteration aside. The letters and spellings come from briefing/data/transliteration.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefing.domain import fold_name

with open(Path(__file__).parent / "data" / "transliteration.json", encoding="utf-8") as _file:
    _TABLE = json.load(_file)
_TO_LATIN = str.maketrans(_TABLE["cyrillic_to_latin"])
_VARIANTS: list[tuple[str, str]] = [tuple(pair) for pair in _TABLE["latin_variants"]]
_WORD = re.compile(r"[^\W\d_]+")


def name_key(name: str) -> str:
    """The key two spellings of one name share: 'Сергей Лавров', 'LAVROV Sergey' and 'Sergei Lavrov' give
    'lavrov sergei' alike; 'Traoré Karamoko' and 'karamoko traore' too."""
    latin = fold_name(name).translate(_TO_LATIN)
    for spelling, common in _VARIANTS:
        latin = latin.replace(spelling, common)
    return " ".join(sorted(_WORD.findall(latin)))
