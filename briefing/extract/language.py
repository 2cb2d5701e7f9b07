"""Which language a press release is written in: English, French or Russian."""

from __future__ import annotations

import re

from briefing.extract.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """"ru" for mostly Cyrillic text; else "fr" or "en", by which language's common words are more frequent."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic / len(letters) > 0.3:
        return "ru"
    words = [w.casefold() for w in _WORD.findall(text)]
    french = lexicon("fr").function_words
    english = lexicon("en").function_words
    in_french = sum(1 for w in words if w in french and w not in english)
    in_english = sum(1 for w in words if w in english and w not in french)
    return "fr" if in_french > in_english else "en"
