"""The article as the rules see it: offset-preserving normalisation, lines and sentences.

Every rule searches `Article.norm`, a copy of the input of exactly the same length in which
typographic variants are folded (curly quotes, dashes, odd spaces) and web noise is blanked
(URLs, @handles, #tags). Offsets found in `norm` are therefore offsets into the input, which
is what the review dialog needs to highlight a passage.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

_SAME_LENGTH_FOLDS = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2011": "-", "\u2010": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
})
# Markup left in pasted text: tags are blanked, entities become their character (padded to length).
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5});")
_WEB_NOISE = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|\bt\.co/\S+|[@#]\w+")
_SOURCE_LINE = re.compile(r"\ASOURCE:[ \t]*(?P<value>[^\n]*)\n?")
_SOURCE_LABELS = [line.strip() for line in (Path(__file__).with_name("data") / "source_labels.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
# A "Source: …" line anywhere in the text, in any case, "Source :" with the French space too.
_ANY_SOURCE_LINE = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, _SOURCE_LABELS)) +
                              r")[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_TRAILER_LINE = re.compile(r"^\s*\[partial excerpt\]\s*$")
# Abbreviations after which a full stop does not end a sentence.
_NO_BREAK_AFTER = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "hon", "rev",
    "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "h.e", "h.h", "u.s", "u.n", "u.k", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
    "rt", "amb", "adm", "brig", "cdr", "eng", "engr", "rep", "sen", "gov", "pres", "sec", "dept", "approx",
    "a.m", "p.m", "vol", "art", "para",
}
_BREAK = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
_CORPUS_DATE = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d(?=\s)")
_QP_ESCAPE = re.compile(r"=([0-9A-F]{2})")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a bullet / headline line) located by offsets into the article."""

    start: int
    end: int
    text: str  # the normalised text of the span
    line: int  # index of the line it sits on

    def at(self, local: int) -> int:
        """The article offset of a position inside this sentence."""
        return self.start + local


class Article:
    """The input text with its normalised twin, source line, lines and sentences."""

    def __init__(self, raw: str):
        self.raw = raw
        norm = _ENTITY.sub(lambda m: html.unescape(m.group()).ljust(len(m.group()))[:len(m.group())], raw)
        norm = _TAG.sub(lambda m: " " * len(m.group()), norm).translate(_SAME_LENGTH_FOLDS)
        self.norm = _WEB_NOISE.sub(lambda m: " " * len(m.group()), norm)
        source = _SOURCE_LINE.match(raw)
        self.body_start = source.end() if source else 0
        source = source or _ANY_SOURCE_LINE.search(raw)
        self.source = source.group("value").strip() if source else None
        self.source_span = (source.start("value"), source.end("value")) if source else None

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """The (start, end) spans of the non-empty body lines, trailer markers excluded."""
        spans = []
        position = self.body_start
        for line in self.norm[self.body_start:].split("\n"):
            end = position + len(line)
            if line.strip() and not _TRAILER_LINE.match(line):
                spans.append((position, end))
            position = end + 1
        return spans

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The body split into sentences; a line repeated verbatim (a photo caption) is kept once."""
        seen: set[str] = set()
        result = []
        for index, (start, end) in self._joined_lines():
            for s_start, s_end in _split_line(self.norm, start, end):
                text = self.norm[s_start:s_end]
                key = " ".join(text.split())
                if key in seen:
                    continue
                seen.add(key)
                result.append(Sentence(s_start, s_end, text, index))
        return result

    def _joined_lines(self) -> list[tuple[int, tuple[int, int]]]:
        """(index of the first line, span) of the lines with a hard break inside a sentence mended.

        A line that stops without closing punctuation and is followed by one starting in lower case
        ("at the head of a" / "parliamentary delegation, arrived ...") is one sentence broken by the source.
        """
        joined: list[tuple[int, tuple[int, int]]] = []
        for index, (start, end) in enumerate(self.lines):
            if joined:
                first, (previous_start, previous_end) = joined[-1]
                tail = self.norm[previous_start:previous_end].rstrip()
                head = self.norm[start:end].lstrip()
                if tail and head[:1].islower() and tail[-1].isalnum():
                    joined[-1] = (first, (previous_start, end))
                    continue
            joined.append((index, (start, end)))
        return joined

    def clean(self, start: int, end: int) -> str:
        """The original text of a span, tidied for display (spaces, quoted-printable escapes)."""
        return clean_text(self.raw[start:end])


def _split_line(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    line = norm[start:end]
    spans = []
    cursor = 0
    corpus_date = _CORPUS_DATE.match(line)
    if corpus_date:  # " date 2024-01-27 Headline ...": the date line is a sentence of its own
        spans.append((start, start + corpus_date.end()))
        cursor = corpus_date.end()
    for match in _BREAK.finditer(line):
        following = line[match.end():].lstrip()
        if following and not (following[0].isupper() or following[0].isdigit() or following[0] in "\"'(-"):
            continue
        previous = re.search(r"(\S+)$", line[cursor:match.start()])
        token = previous.group(1).lstrip("(\"'").lower() if previous else ""
        if token in _NO_BREAK_AFTER or _INITIALS.fullmatch(token):
            continue  # an abbreviation or initials, as in "Dr. Muizzu", "S. Jaishankar" or "A.K. Momen"
        if token.isdigit() and line[:match.start()].strip() == token:
            continue  # the number of a list item: "1. MoU on Health Cooperation"
        spans.append((start + cursor, start + match.end()))
        cursor = match.end()
    spans.append((start + cursor, end))
    return [_trim(norm, a, b) for a, b in spans if norm[a:b].strip()]


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def clean_text(text: str) -> str:
    """Collapse whitespace, decode quoted-printable escapes (`=E9`) and markup, strip edge punctuation."""
    text = _QP_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]).decode("latin-1"), text)
    text = html.unescape(_TAG.sub(" ", text))
    text = " ".join(text.split())
    return text.strip(" ,;:-")


def fold(text: str) -> str:
    """Case- and accent-free form for comparing names and topics."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").casefold().split())


_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|I|my|My)\b")


def is_speech(sentence: Sentence, norm: str) -> bool:
    """True for a sentence that is quoted or in the first person: its dates and deeds are hearsay."""
    text = sentence.text
    if _FIRST_PERSON.search(text):
        return True
    before = norm[max(0, sentence.start - 1):sentence.start]
    return text.startswith('"') or before == '"'
