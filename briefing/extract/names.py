"""Tokens and personal names: where a name starts and stops, and which words cannot be one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.dates import MONTHS, WEEKDAYS
from briefing.extract.gazetteer import country_mentions
from briefing.extract.roles import (
    HONORIFIC_LEADS,
    HONORIFICS,
    KEPT_HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    PLACE_OR_BODY_WORDS,
    TITLE_HEADS,
)
from briefing.extract.text import Sentence, fold

_TOKEN = re.compile(r"\w+(?:['.\-]\w+)*|[^\w\s]")
_CAPITAL_SURNAME = re.compile(r"[A-Z]{3,}")
_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}")
# Short words that are names after a first name, though they start no name of their own.
_SHORT_NAME_WORDS = frozenset({"an", "le", "la", "lo", "li", "do", "da", "de", "ha", "ho", "to"})


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its article offsets."""

    text: str
    start: int
    end: int
    place: bool = False  # part of a country's name or adjective

    @property
    def low(self) -> str:
        """Lower case, possessive 's removed."""
        return possessive_base(self.text).lower()

    @property
    def capitalized(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()

    @property
    def possessive(self) -> bool:
        """True for "Samoa's" and the like."""
        return self.text.endswith("'s")

    @property
    def word_end(self) -> int:
        """The offset after the word itself, without a possessive 's."""
        return self.end - 2 if self.possessive else self.end


def possessive_base(text: str) -> str:
    """A word without its possessive 's."""
    return text[:-2] if text.endswith("'s") else text


@lru_cache(maxsize=512)
def tokenize(sentence: Sentence) -> list[Token]:
    """The tokens of a sentence, those inside a country's name marked as places."""
    places = [(m.start, m.end) for m in country_mentions(sentence.text)]
    return [Token(m.group(), sentence.at(m.start()), sentence.at(m.end()),
                  any(a <= m.start() < b for a, b in places))
            for m in _TOKEN.finditer(sentence.text)]


def is_initial(token: Token) -> bool:
    """A single capital ("K Shanmugam", "S. Jaishankar")."""
    return len(token.text) == 1 and token.text.isupper()


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a personal name."""
    text = token.text
    if token.possessive or len(text) < 2 or not text[:1].isalpha() or any(c.isdigit() for c in text):
        return False
    if text.lower().startswith(("al-", "el-")) and text[3:4].isupper():
        return True  # "al-Said"
    if not text[0].isupper() or (len(text) > 1 and text.isupper() and "." not in text):
        return False  # lower case, or an acronym such as "MFA"
    low = text.lower()
    return (low not in NOT_NAME_WORDS and low not in TITLE_HEADS and low not in WEEKDAYS
            and not token.place)


def skip_honorifics(tokens: list[Token], index: int) -> int:
    """The index after any courtesy forms ("His Excellency", "Dr.", "H H", "Samdech Techo")."""
    while index < len(tokens):
        token = tokens[index]
        low = token.low
        following = tokens[index + 1].low if index + 1 < len(tokens) else ""
        if low in HONORIFIC_LEADS and token.capitalized and following in HONORIFICS - {"the"}:
            index += 1
        elif low in HONORIFICS - HONORIFIC_LEADS and token.capitalized:
            index += 1
        elif token.text == "H" and following == "h":  # "H H" (His Highness)
            index += 2
        elif token.text == "." and index > 0 and tokens[index - 1].low in HONORIFICS:
            index += 1
        else:
            return index
    return index


def name_end(tokens: list[Token], index: int) -> int | None:
    """The index after a personal name starting at `index`, or None when no name starts there."""
    position = index
    if index < len(tokens) and index > 0 and tokens[index].low in MONTHS and tokens[index - 1].text.isdigit():
        return None  # "5 March"
    if position < len(tokens) and tokens[position].low in KEPT_HONORIFICS and tokens[position].capitalized:
        position += 1
    words = 0
    while position < len(tokens):
        token = tokens[position]
        after = tokens[position + 1] if position + 1 < len(tokens) else None
        if is_name_word(token) and not (token.low in MONTHS and after and after.text[:1].isdigit()):
            words += 1
            position += 1
        elif is_initial(token) or (len(token.text) == 2 and token.text[0].isupper() and after
                                   and after.text == "." and token.text.isalpha()):
            position += 1
            if after and after.text == "." and position + 1 < len(tokens) and (
                    is_name_word(tokens[position + 1]) or is_initial(tokens[position + 1])):
                position += 1
        elif _CAPITAL_SURNAME.fullmatch(token.text) and not token.place and after and is_name_word(after):
            words += 1  # "KAMIKAWA Yoko": a family name in capitals before the given name
            position += 1
        elif token.low in NAME_PARTICLES and words and _particles_then_name(tokens, position):
            position += 1  # "Ursula von der Leyen"
        elif token.possessive and words and is_name_word(Token(possessive_base(token.text), token.start, token.end)):
            return position + 1  # "Lavrov's visit": the name ends here
        elif words and (_REGNAL.fullmatch(token.text) or (token.capitalized and token.low in _SHORT_NAME_WORDS)):
            position += 1  # "King Abdullah II", "Sok An", "Anh Le"
        else:
            break
    while position > index and (tokens[position - 1].low in NAME_PARTICLES or tokens[position - 1].text == "."):
        position -= 1
    if not words or position <= index:
        return None
    if any(t.low in ORGANISATION_WORDS for t in tokens[index:position]):
        return None  # "Keppel Offshore", "Sembcorp Marine"
    following = tokens[position] if position < len(tokens) else None
    if following and following.capitalized and following.low in PLACE_OR_BODY_WORDS:
        return None  # "Sultan Park", "Keppel Offshore"
    if following and following.text == "&":
        return None  # a company: "Keppel Offshore & Marine"
    return position


def _particles_then_name(tokens: list[Token], index: int) -> bool:
    while index < len(tokens) and tokens[index].low in NAME_PARTICLES:
        index += 1
    return index < len(tokens) and is_name_word(tokens[index])


def name_key(name: str) -> frozenset[str]:
    """The words that identify a person, without particles, initials and kept honorifics."""
    parts = re.split(r"[\s.]+", fold(name))
    return frozenset(p for p in parts if len(p) > 1 and p not in NAME_PARTICLES and p not in KEPT_HONORIFICS)


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one name is a part of the other, or only the first name's spelling differs."""
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    shared = a & b
    rest_a, rest_b = a - shared, b - shared
    return (len(shared) >= 1 and len(rest_a) == 1 and len(rest_b) == 1
            and next(iter(rest_a))[:4] == next(iter(rest_b))[:4])
