"""Quoted words and who said them ("...", said Nurtleu / Nurtleu said: "...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.roles import HONORIFICS, TITLE_HEADS, TITLE_WORDS
from briefing.extract.text import Article, clean_text

_QUOTED = re.compile(r'"(?P<words>[^"\n]{12,1200}?)"')
_SPEECH_VERB = (r"(?:said|says|stated|states|noted|notes|added|adds|stressed|stresses|emphasi[sz]ed|underlined"
                r"|remarked|declared|told|explained|pointed out|wrote|tweeted|according to)")
_NAME = r"(?P<name>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+)"
_AFTER = re.compile(r"^\s*,?\s*" + _SPEECH_VERB + r"\s+(?:the\s+)?" + _NAME)
_AFTER_NAME_FIRST = re.compile(r"^\s*,?\s*" + _NAME + r"\s+" + _SPEECH_VERB + r"\b")
_PRONOUNS = {"He", "She", "They", "It", "We", "I", "This", "The"}
_BEFORE = re.compile(_NAME + r"\s+" + _SPEECH_VERB + r"(?:\s+that)?\s*[,:]?\s*$")
# Words quoted inside the speaker's own sentence: 'Ruto said the partnership would "unlock ..."'.
_WITHIN = re.compile(_NAME + r"\s+" + _SPEECH_VERB + r"\s+[^\"\n.!?;:]{1,120}$")


def _without_title(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    """'Secretary Blinken' -> 'Blinken': the title words before a speaker's name."""
    start, end = span
    while True:
        word = re.match(r"([A-Z][\w.]*)\s+(?=[A-Z])", norm[start:end])
        if not word or word.group(1).lower().rstrip(".") not in TITLE_HEADS | HONORIFICS | TITLE_WORDS:
            return start, end
        start += word.end()


@dataclass(frozen=True)
class FoundQuote:
    """Quoted words with the name the text gives for the speaker, as written."""

    speaker: str | None
    text: str
    start: int
    end: int
    speaker_span: tuple[int, int] | None


def find_quotes(article: Article) -> list[FoundQuote]:
    """Quotations of at least a few words that the text attributes to someone."""
    found = []
    norm = article.norm
    for match in _QUOTED.finditer(norm, article.body_start):
        words = match.group("words")
        if len(words.split()) < 5:
            continue  # a term in quotation marks, not speech
        after = norm[match.end():match.end() + 80]
        before = norm[max(article.body_start, match.start() - 80):match.start()]
        speaker = None
        for pattern, text, base in ((_AFTER, after, match.end()), (_AFTER_NAME_FIRST, after, match.end()),
                                    (_BEFORE, before, match.start() - len(before)),
                                    (_WITHIN, before, match.start() - len(before))):
            hit = pattern.search(text)
            if hit:
                # A name never runs across a full stop: "... in Rabat. Sy said:" gives "Sy".
                parts = re.split(r"\.\s+", hit.group("name"))
                leading = pattern in (_BEFORE, _WITHIN)
                name = parts[-1] if leading else parts[0]
                start = base + hit.start("name") + (hit.group("name").rindex(name) if leading else 0)
                speaker = (start, start + len(name))
                break
        if speaker is None or norm[speaker[0]:speaker[1]] in _PRONOUNS:
            continue
        speaker = _without_title(norm, speaker)
        text = clean_text(article.raw[match.start("words"):match.end("words")]).rstrip(",")
        found.append(FoundQuote(clean_text(article.raw[speaker[0]:speaker[1]]), text, match.start("words"),
                                match.end("words"), speaker))
    return found
