"""Documents signed or adopted during the visit: their titles and kinds.

A document counts only when the text says it was signed, inked, adopted or exchanged; "will
sign", "agreed to sign", "under negotiation", a draft, or a document signed earlier ("signed on
22 February 2022", "the anniversary of the Declaration") is left out. A list introduced by
"The documents are:" inherits the signing said just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.dates import is_backdrop
from briefing.extract.gazetteer import country_mentions
from briefing.extract.text import Article, Sentence, clean_text, fold, is_speech

_KINDS = (
    (r"memorand(?:ums|um|a) of understanding|mous?|memorand(?:ums|um|a)", "memorandum of understanding"),
    (r"exchanges? of notes", "exchange of notes"),
    (r"exchanges? of letters|letters? of intent", "other"),
    (r"joint communiqu(?:é|e|=E9)s?|communiqu(?:é|e|=E9)s?|statements? of partnership|joint statements?",
     "joint statement"),
    (r"joint declarations?|declarations?", "declaration"),
    (r"action plans?|plans? of action|road ?maps?|plans?|programmes?|programs?", "roadmap"),
    (r"treat(?:y|ies)|conventions?", "treaty"),
    (r"protocols?", "protocol"),
    (r"agreements?|accords?", "agreement"),
    (r"statements?|charters?|(?:agreed\s+)?minutes", "other"),
)
_KEYWORD = re.compile(r"\b(?:" + "|".join(p for p, _ in _KINDS) + r")\b", re.IGNORECASE)
# Words that are documents only when capitalised or qualified ("the Plan for ...", "action plan").
_NEEDS_CAPITAL = re.compile(r"^(?:plans?|programmes?|programs?|statements?|charters?|conventions?|accords?)$")
_PLURAL = re.compile(r"(?:s|memoranda)$", re.IGNORECASE)
_REST_OF_LIST = re.compile(r"(?:,\s*[^,.;:]+?)*,?\s+and\s+[^,.;:]+?(?=[.;:]|,\s|\s+(?:in|at|during|by)\s+[A-Z]|$)")
_BACK_STOP = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "two", "three",
    "both", "to", "of", "on", "in", "for", "with", "by", "at", "from", "signed", "inked", "adopted",
    "exchanged", "signing", "sign", "was", "were", "is", "are", "has", "have", "had", "will", "would",
    "including", "and", "or", "other", "new", "several", "first", "second", "into", "as", "it",
}
_CONNECTORS = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:on|between|of|for|pertaining to|concerning|regarding|"
                         r"relating to|related to|to|in|with|among|establishing|governing)\b", re.IGNORECASE)
_FORWARD_STOP = re.compile(
    r"[.;:,!?](?:\s|$)|\./\.|\s-\s|\s(?:was|were|is|are|has|have|had|will|would|which|that|who|signed|aimed|"
    r"linking|so as|in order)\b|\s+and\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?=" + _KEYWORD.pattern + r")"
    r"|\s+and\s+to\b|\s+and\s+(?:also\s+)?(?:agreed|decided|discussed|noted|expressed|exchanged|signed|will|"
    r"reaffirmed|stressed|welcomed|called|pledged|committed)\b", re.IGNORECASE)
_POSITIVE = re.compile(r"\b(?:signed|signing|signs|sign|inked|ink|put (?:their|his|her) (?:signatures?|names?) to"
                       r"|(?:witnessed|attended) the (?:signing|exchange)|exchange of"
                       r"|adopted|adopt|exchanged|concluded|initiall?ed|ratified|finali[sz]ed)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:will|would|shall|to be|expected|plans?|planned|planning|intends?|intended|set|"
                      r"due|ready|agreed|hopes?|hoped|aims?|aimed|could|may|might|going|seeks?|want|wants|"
                      r"wish|prepare|preparing|not|never|yet)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DONE_TO = re.compile(r"\b(?:went on|proceeded|moved on|went ahead)\s+to\s+$", re.IGNORECASE)
_NOT_FINAL = re.compile(r"\b(?:draft|proposed|planned|future|upcoming|possible|potential|under negotiation|"
                        r"being negotiated|anniversary of|implementation of|implementing|carrying out|amending|"
                        r"amendments? to|existing|previous|earlier|former)\b[^.;]{0,25}$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_EARLIER = re.compile(r"^[^.;]{0,40}?\b(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
                      r"(?P<y>(?:19|20)\d\d)\b|^[^.;]{0,30}\b(?:earlier|previously|last year|in the past)\b")
_EACH_ON = re.compile(r"(?:\s+|,?\s+and\s+|,\s+)(on\s+.+?)(?=,?\s+and\s+on\s|,\s+on\s|$)")
_MEETING_OF = re.compile(r"\b(?:meeting|session)\s+of\s+(?:the\s+)?[A-Z][^,.;]*?\b(?:Commission|Committee|Council)\b")
_BULLET = re.compile(r"^\s*(?:[-\u2022*]|\d+[.)])\s+")
_COUNT_THEN_LIST = re.compile(r"\s*(?:(?:were|have been|had been)\s+)?(?:signed|inked|adopted|exchanged)?"
                              r"\s*:\s*one\s+on\b", re.IGNORECASE)
_ONE_ON = re.compile(r"\bone\s+(on\s+[^,;.]+?)(?=,|;|\.|\s+and\s+one\b|$)", re.IGNORECASE)
_TITLE_STOP_WORDS = {"the", "of", "and", "on", "in", "for", "a", "an", "to", "between", "with", "at", "by", "two",
                     "countries", "cooperation", "understanding", "memorandum", "mou", "agreement", "treaty",
                     "protocol", "plan", "programme", "program", "statement", "joint", "declaration"}


@dataclass(frozen=True)
class FoundAgreement:
    """A signed document as found in the text."""

    title: str
    kind: str
    start: int
    end: int
    signing: Sentence  # the sentence that says it was signed
    confidence: float


def find_agreements(article: Article, headline: tuple[int, int] | None, reference_year: int | None
                    ) -> list[FoundAgreement]:
    """Documents the text says were signed or adopted during the visit, once each."""
    found: list[FoundAgreement] = []
    sentences = article.sentences
    for index, sentence in enumerate(sentences):
        if headline and sentence.start < headline[1] and sentence.end > headline[0]:
            continue
        if is_speech(sentence, article.norm) or is_backdrop(sentence.text, reference_year):
            continue
        if _BULLET.match(article.norm[article.lines[sentence.line][0]:sentence.end]):
            item = _list_item(article, sentences, index)
            if item:
                found.append(item)
            continue
        found.extend(_in_sentence(article, sentence, reference_year))
    return _unique(found)


def _in_sentence(article: Article, sentence: Sentence, reference_year: int | None) -> list[FoundAgreement]:
    results = []
    taken_until = 0
    for match in _KEYWORD.finditer(sentence.text):
        if match.start() < taken_until or not _is_document_word(sentence.text, match):
            continue
        start = _title_start(sentence.text, match.start())
        end = _title_end(sentence.text, match.end())
        taken_until = end
        if _anaphoric(sentence.text, start, match) or _NOT_FINAL.search(sentence.text[:match.start()]):
            continue
        if not _signed(sentence.text, start, end, reference_year):
            continue
        if reference_year and any(int(y) < reference_year for y in _YEAR.findall(sentence.text[start:end])):
            continue  # "the 2015 agreement"
        for first, last, title in _documents(article, sentence, start, match, end):
            results.append(FoundAgreement(title, _kind(match.group()), sentence.at(first), sentence.at(last), sentence,
                                          0.85 if last - first > len(match.group()) else 0.6))
    return results


def _documents(article: Article, sentence: Sentence, start: int, match: re.Match[str], end: int
               ) -> list[tuple[int, int, str]]:
    """(start, end, title) of each document a title names: one, or one per 'on ...' after a plural."""
    text = sentence.text
    head = match.group().split(" of ")[0]  # "exchange of notes" is one document, "Memoranda of ..." several
    if not _PLURAL.search(head) or head.lower().endswith("minutes"):  # minutes are one document
        title = _tidy_title(clean_text(article.raw[sentence.at(start):sentence.at(end)]))
        return [(start, end, _minutes_of(text, start, title))]
    # "agreements on the joint use of the road and on the construction of the plant": two documents
    while more := re.match(r",?\s+(?:and\s+)?(?=on\s)", text[end:]):
        stop = _FORWARD_STOP.search(text, end + more.end() + 1)
        end = stop.start() if stop else len(text)
    pieces = [m.span(1) for m in _EACH_ON.finditer(text, match.end(), end)]
    if len(pieces) == 1 and (rest_of_list := _REST_OF_LIST.match(text, end)):
        pieces = [(pieces[0][0], rest_of_list.end())]
    if len(pieces) == 1:  # "agreements on A, B and C": one document per field
        pieces = _fields_after_on(text, *pieces[0])
    if len(pieces) < 2:  # "Four MoUs were signed: one on X, one on Y and one on Z"
        pieces = [m.span(1) for m in _ONE_ON.finditer(text, end)] if _COUNT_THEN_LIST.match(text, end) else []
    if len(pieces) < 2:
        return []
    before = clean_text(article.raw[sentence.at(start):sentence.at(match.start())])
    rest = match.group()[len(head):]
    single = "Memorandum" if head.lower() == "memoranda" else head[:-1]
    lead = " ".join(filter(None, (before, single + rest)))
    return [(first, last, _tidy_title(f"{lead} {_on(clean_text(article.raw[sentence.at(first):sentence.at(last)]))}"))
            for first, last in pieces]


def _fields_after_on(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """The fields of 'on A, B and C' as spans (the first one keeps its 'on'); one span when it lists one field."""
    region = text[first:last]
    if "," not in region:
        return [(first, last)]
    cuts = [m.span() for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)", region)]
    spans, cursor = [], 0
    for cut_start, cut_end in cuts:
        spans.append((first + cursor, first + cut_start))
        cursor = cut_end
    spans.append((first + cursor, last))
    return [span for span in spans if text[span[0]:span[1]].strip()]


def _on(piece: str) -> str:
    return piece if re.match(r"on\b", piece, re.IGNORECASE) else f"on {piece}"


def _minutes_of(text: str, start: int, title: str) -> str:
    """'chaired the meeting of the Joint Committee and signed its minutes' -> 'Minutes of the meeting of ...'."""
    if title.lower() not in ("minutes", "agreed minutes"):
        return title
    meeting = list(_MEETING_OF.finditer(text, 0, start))
    return f"{title[:1].upper()}{title[1:]} of the {meeting[-1].group()}" if meeting else title


def _is_document_word(text: str, match: re.Match[str]) -> bool:
    word = match.group()
    if not _NEEDS_CAPITAL.match(word.lower()):
        return True
    before = text[max(0, match.start() - 14):match.start()].lower()
    return word[0].isupper() or bool(re.search(r"(?:cooperation|exchange|work|joint|action)\s+$", before))


def _title_start(text: str, keyword_start: int) -> int:
    words = list(re.finditer(r"[\w'=-]+|[^\w\s]", text[:keyword_start]))
    start = keyword_start
    for position in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[position].group()
        if not re.match(r"\w", word) or word.lower() in _BACK_STOP - {"and"}:
            break
        if word.lower() == "and" and not (position > 0 and words[position - 1].group()[:1].isupper()
                                          and text[words[position + 1].start()].isupper()):
            break
        start = words[position].start()
    return start


def _title_end(text: str, keyword_end: int) -> int:
    if not _CONNECTORS.match(text[keyword_end:]):
        parenthesis = re.match(r"\s*\([^)]{1,20}\)", text[keyword_end:])
        return keyword_end + (parenthesis.end() if parenthesis else 0)
    stop = _FORWARD_STOP.search(text, keyword_end + 1)
    end = stop.start() if stop else len(text)
    words = text[keyword_end:end].split()
    if len(words) > 40:
        end = keyword_end + len(" ".join(words[:40])) + 1
    return end


def _anaphoric(text: str, start: int, match: re.Match[str]) -> bool:
    """'the agreement', 'the first agreement', 'it': a document named earlier, not a new one."""
    before = text[:start].rstrip().lower()
    bare = start == match.start() and not _CONNECTORS.match(text[match.end():])
    return bare and bool(re.search(r"\b(?:the|this|that|such|same|first|second|said)$", before))


def _signed(text: str, start: int, end: int, reference_year: int | None) -> bool:
    """True when the verb nearest the document says it was signed, now and not earlier."""
    before = list(_POSITIVE.finditer(text[:start]))
    after = list(_POSITIVE.finditer(text, end))
    verb = before[-1] if before else (after[0] if after else None)
    if verb is None:
        return False
    lead = text[:verb.start()]
    if not _DONE_TO.search(lead) and (_NOT_YET.search(lead) or re.search(r"\bto\s+$", lead)):
        return False
    earlier = _EARLIER.search(text[verb.end():])
    return not (earlier and (earlier.group("y") is None or reference_year is None
                             or int(earlier.group("y")) < reference_year))


def _kind(keyword: str) -> str:
    for pattern, kind in _KINDS:
        if re.fullmatch(pattern, keyword, re.IGNORECASE):
            return kind
    return "other"


def _tidy_title(title: str) -> str:
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    title = re.sub(r"[\s./]+$", "", title)
    return title[:1].upper() + title[1:] if title[:1].islower() and title.split()[0].lower() in (
        "memorandum", "mou", "agreement", "treaty", "protocol") else title


def _list_item(article: Article, sentences: list[Sentence], index: int) -> FoundAgreement | None:
    """A bullet under 'The documents are:' after a sentence saying they were signed."""
    sentence = sentences[index]
    intro = [s for s in sentences[max(0, index - 12):index] if not _BULLET.match(
        article.norm[article.lines[s.line][0]:s.end])][-2:]
    if not intro or not any(_signed(s.text, len(s.text), len(s.text), None) for s in intro):
        return None
    if not intro[-1].text.rstrip().endswith(":"):
        return None
    text = _BULLET.sub(lambda m: " " * len(m.group()), sentence.text)
    match = _KEYWORD.search(text)
    body = re.sub(r"(?:;\s*(?:and)?|,?\s+and|[.;,])\s*$", "", text)
    start = len(body) - len(body.lstrip())
    title = _tidy_title(clean_text(article.raw[sentence.at(start):sentence.at(len(body))]))
    signer = next(s for s in reversed(intro) if _signed(s.text, len(s.text), len(s.text), None))
    if match:
        return FoundAgreement(title, _kind(match.group()), sentence.at(start), sentence.at(len(body)), signer, 0.85)
    # "The Memorandums of Understanding were signed on:" over bullets that name only the field
    named = _KEYWORD.search(intro[-1].text)
    if not named or not title:
        return None
    head = named.group().split(" of ")[0]
    single = "Memorandum" if head.lower() == "memoranda" else head[:-1] if _PLURAL.search(head) else head
    document = _tidy_title(f"{single}{named.group()[len(head):]} on {title}")
    return FoundAgreement(document, _kind(named.group()), sentence.at(start), sentence.at(len(body)), signer, 0.6)


def _content(title: str) -> set[str]:
    countries = {fold(title[m.start:m.end]) for m in country_mentions(title)}
    return {w[:6] for w in re.findall(r"[\w']+", fold(title))
            if w not in _TITLE_STOP_WORDS and w not in countries and len(w) > 2}


def _unique(found: list[FoundAgreement]) -> list[FoundAgreement]:
    kept: list[FoundAgreement] = []
    for item in found:
        words = _content(item.title)
        duplicate = False
        for other in kept:
            theirs = _content(other.title)
            if (not words or not theirs) and item.kind == other.kind:
                duplicate = True
            elif words and theirs and len(words & theirs) / min(len(words), len(theirs)) >= 0.6:
                duplicate = True
        if not duplicate:
            kept.append(item)
    return kept
