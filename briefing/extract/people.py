"""Named people with their titles and countries, merged across mentions.

A capitalised phrase counts as a person only in a personal context: after a title ("Foreign
Minister of China Wang Yi"), before an appositive title ("Sergey Lavrov, his Russian
counterpart"), after a courtesy form ("Dr Shane Reti"), after "counterpart", or as one of two
or more names meeting ("Wang Yi and Sergey Lavrov held talks"). Later mentions by surname
("Minister Çavuşoğlu", "Peters") are linked to the same person.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefing.extract.gazetteer import city_countries, country_mentions
from briefing.extract.names import (
    Token,
    is_initial,
    is_name_word,
    name_end,
    name_key,
    same_person,
    skip_honorifics,
    tokenize,
)
from briefing.extract.roles import HONORIFICS, KEPT_HONORIFICS, TITLE_HEADS, TITLE_WORDS
from briefing.extract.text import Article, Sentence, clean_text

_APPOSITIVE_HEADS = TITLE_HEADS | {"counterpart", "counterparts"}
_TITLE_EDGE = {"the", "of", "and", "for", "his", "her", "at", "in", "on", "to", "with", ","}
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_AND = re.compile(r"\s*(?:,\s*)?and\s+")
_LED_BY = re.compile(r"(?P<side>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:side|delegation)\s+(?:was\s+|were\s+)?"
                     r"(?:led\s+|headed\s+|represented\s+)?by\s+(?:\S+\s+){0,8}?$")
_MET_BEFORE = {"met", "meets", "meet", "received", "receives", "welcomed", "welcomes", "hosted", "hosts", "greeted",
               "talks", "meeting", "conversation", "consultations", "call"}
_MET_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)+)?\s+(?:also\s+|have\s+|has\s+|will\s+)?"
                        r"(?:met|meet|meets|held|hold|holds|received|receives|welcomed|welcomes|hosted|hosts|signed"
                        r"|signs|visited|visits|arrived|arrives|paid|pays|discussed|discuss|talked)\b")
_TITLE_COMMA_BLOCK = TITLE_HEADS | {"the", "of", "and", "his", "her", "in", "on", "at", "to", "with"}
_PLURAL_HEADS = {"ministers", "presidents", "secretaries", "leaders", "heads", "ambassadors"}
_PLURAL_TITLE = re.compile(r"\b(Minister|President|Secretar|Leader|Head|Ambassador)(s|ies)\b")


@dataclass
class Mention:
    """One place where a person is named."""

    name_start: int
    name_end: int
    sentence: Sentence
    title: str | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None


@dataclass
class Person:
    """A person named in the article, with every mention found."""

    name: str
    key: frozenset[str]
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None

    @property
    def first(self) -> Mention:
        """The earliest mention."""
        return min(self.mentions, key=lambda m: m.name_start)


def find_people(article: Article) -> list[Person]:
    """Everyone named in a personal context, merged by name, with later surname mentions linked."""
    mentions = []
    for sentence in article.sentences:
        mentions.extend(_sentence_mentions(article, sentence))
    people = _merge(article, mentions)
    _link_bare_mentions(article, people)
    return people


def _sentence_mentions(article: Article, sentence: Sentence) -> list[Mention]:
    tokens = tokenize(sentence)
    found: dict[int, Mention] = {}
    after_titles = _after_titles(article, sentence, tokens)
    # In "Title A Name A, Title B Name B" the title after the comma is B's, not an appositive of A.
    taken = {m.title_span: m.name_start for m in after_titles if m.title_span}
    appositives = [m for m in _before_appositives(article, sentence, tokens)
                   if taken.get(m.title_span, m.name_start) == m.name_start]
    for mention in [*after_titles, *appositives]:
        known = found.get(mention.name_start)
        if known is None or (mention.title and _title_rank(mention) > _title_rank(known)):
            found[mention.name_start] = mention  # "Prince Faisal ..., Minister of Foreign Affairs of Saudi Arabia"
    titles = [m.title_span for m in found.values() if m.title_span]
    ordered = sorted((m for m in found.values()  # a word of someone's title is no one's name
                      if not any(start <= m.name_start < end for start, end in titles)), key=lambda m: m.name_start)
    for mention in ordered:
        if mention.country is None:
            _country_around(article, mention)
    for previous, mention in itertools.pairwise(ordered):
        if mention.country is None and mention.title_span and _AND.fullmatch(article.norm, previous.name_end,
                                                                             mention.title_span[0]):
            mention.country = previous.country  # "Vietnamese Deputy Prime Minister X and Minister of ... Y"
    return ordered


def _title_rank(mention: Mention) -> tuple[bool, bool, int]:
    return mention.title is not None, mention.country is not None, len(mention.title or "")


def _country_around(article: Article, mention: Mention) -> None:
    """'President Emmanuel Macron of France', 'the Kazakh delegation by Deputy Minister Roman Vassilenko'."""
    after = country_mentions(article.norm, None, mention.name_end, min(len(article.norm), mention.name_end + 60))
    if after and _OF_GAP.fullmatch(article.norm, mention.name_end, after[0].start):
        mention.country = after[0].code
        if mention.title:
            mention.title += " of " + article.clean(after[0].start, after[0].end)
        return
    before = _LED_BY.search(article.norm, mention.sentence.start, mention.name_start)
    if before:
        named = country_mentions(article.norm, None, before.start("side"), before.end("side"))
        if named:
            mention.country = named[-1].code


def _after_titles(article: Article, sentence: Sentence, tokens: list[Token]) -> list[Mention]:
    """'Kazakh Foreign Minister Murat Nurtleu', 'President of the PRC Xi Jinping', 'EAM Jaishankar'."""
    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.low not in TITLE_HEADS or token.possessive or not _head_can_start(tokens, index):
            index += 1
            continue
        title_end = _title_extent(tokens, index + 1)
        start = skip_honorifics(tokens, title_end)
        comma = False
        if start == title_end and start < len(tokens) and tokens[start].text == ",":
            start, comma = skip_honorifics(tokens, start + 1), True  # "the Prime Ministers of ..., Irakli ..."
        end = name_end(tokens, start)
        if end is None or (comma and end - start < 2):
            index = max(index + 1, title_end)
            continue
        title_start = _title_start(tokens, index)
        names = [(start, end)]
        plural = any(t.low in _PLURAL_HEADS for t in tokens[index:title_end])
        after = end
        if plural and after + 1 < len(tokens) and tokens[after].low == "of" and tokens[after + 1].place:
            after += 2  # "Foreign Secretaries Masood Bin Momen of Bangladesh and Vinay Kwatra of India"
            while after < len(tokens) and tokens[after].place and tokens[after].low != "and":
                after += 1
        if (comma or plural) and after + 1 < len(tokens) and tokens[after].low == "and":
            second = name_end(tokens, skip_honorifics(tokens, after + 1))
            if second:
                names.append((after + 1, second))
        found.extend(_mentions_for(article, sentence, tokens, names, (title_start, title_end)))
        index = names[-1][1]
    return found


def _head_can_start(tokens: list[Token], index: int) -> bool:
    # "the second Vice President" is fine; the "Personal Representative of His Majesty the Sultan"
    # inside a longer title is reached from that title's own head.
    return index == 0 or tokens[index - 1].low not in TITLE_HEADS


def _title_extent(tokens: list[Token], index: int) -> int:
    """The index after the title words that follow a title head."""
    while index < len(tokens):
        token = tokens[index]
        low = token.low
        if low in TITLE_HEADS or low in TITLE_WORDS or _is_country_token(token):
            if low in HONORIFICS and low not in TITLE_WORDS:
                break
            if low in ("his", "her") and index + 1 < len(tokens) and tokens[index + 1].low in HONORIFICS \
                    and tokens[index + 1].low not in TITLE_WORDS:
                break
            index += 1
        elif token.text == "," and index + 1 < len(tokens) and tokens[index + 1].low in TITLE_WORDS \
                and tokens[index + 1].low not in _TITLE_COMMA_BLOCK:
            index += 1
        elif token.capitalized and low not in HONORIFICS and _honorific_ahead(tokens, index):
            index += 1  # "Minister for Pacific Peoples and of Health Dr Shane Reti"
        elif _portfolio_pair(tokens, index):
            index += 1
        elif token.capitalized and tokens[index - 1].low in ("of", "the", "for") and _body_until_comma(tokens, index):
            index = _body_until_comma(tokens, index)  # "President of the House of Councillors, Hakim ..."
        else:
            break
    while index > 0 and (tokens[index - 1].low in _TITLE_EDGE or tokens[index - 1].low in HONORIFICS):
        index -= 1
    return index


def _portfolio_pair(tokens: list[Token], index: int) -> bool:
    """A portfolio of 'for X and Y' inside a title: X before the "and", or Y after it with the name still to come.

    Names hold no "and", so in "Minister for Information and Broadcasting Chaudhry Fawad Hussain" the words on
    either side of it belong to the title.
    """
    token = tokens[index]
    if index < 1 or not token.capitalized or token.low in HONORIFICS or token.low in TITLE_HEADS:
        return False
    before = tokens[index - 1].low
    after = tokens[index + 1:index + 3]
    if before in ("for", "of", "and") and after and after[0].low == "and":
        return True
    return before == "and" and len(after) == 2 and all(t.capitalized for t in after)


def _body_until_comma(tokens: list[Token], index: int) -> int | None:
    """The index of the comma closing a body's name inside a title, if one closes it soon."""
    for position in range(index, min(len(tokens), index + 7)):
        token = tokens[position]
        if token.text == ",":
            return position
        if not (token.capitalized or token.low in ("of", "the", "and", "for")):
            return None
    return None


def _honorific_ahead(tokens: list[Token], index: int) -> bool:
    for token in tokens[index:index + 6]:
        if token.low in HONORIFICS - {"the", "his", "her"} and token.capitalized:
            return True
        if not (token.capitalized or token.low in TITLE_WORDS):
            return False
    return False


def _title_start(tokens: list[Token], head: int) -> int:
    """Walk back over title heads and a country adjective or possessive before the head."""
    index = head
    while index > 0:
        previous = tokens[index - 1]
        if (previous.low in TITLE_HEADS or previous.low in TITLE_WORDS - _TITLE_EDGE) and \
                previous.low not in HONORIFICS and not previous.possessive:
            index -= 1
        elif _is_country_token(previous) and previous.capitalized:
            index -= 1
        else:
            break
    return index


def _is_country_token(token: Token) -> bool:
    return token.place


def _before_appositives(article: Article, sentence: Sentence, tokens: list[Token]) -> list[Mention]:
    """'Jose Antonio Meade Kuribrena, Secretary of ...', 'his Colombian counterpart, Alvaro Leyva Duran'."""
    found = []
    index = 0
    while index < len(tokens):
        start = skip_honorifics(tokens, index)
        led = start > index or (start < len(tokens) and tokens[start].low in KEPT_HONORIFICS)
        end = name_end(tokens, start) if start < len(tokens) else None
        if end is None or not (index == 0 or not is_name_word(tokens[index - 1])):
            index = max(index + 1, start)
            continue
        if _is_a_city(article, tokens, start, end) and not led:
            index = end
            continue
        words = sum(1 for t in tokens[start:end] if is_name_word(t) or is_initial(t))
        title_range = _appositive(tokens, end)
        comma = start >= 1 and tokens[start - 1].text == ","
        after_counterpart = start >= 2 and tokens[start - 1 - comma].low.startswith("counterpart")
        meeting = words >= 2 and _in_a_meeting(article, tokens, start, end)
        if title_range or after_counterpart or (led and words >= 1) or meeting:
            names = [(start, end)]
            if title_range and start >= 2 and tokens[start - 1].low == "and":
                first = _name_before(tokens, start - 1)
                if first:
                    names.insert(0, first)
            span = title_range
            if after_counterpart:
                span = (_title_start(tokens, start - 1 - comma), start - comma)
            found.extend(_mentions_for(article, sentence, tokens, names, span))
        index = end
    return found


def _in_a_meeting(article: Article, tokens: list[Token], start: int, end: int) -> bool:
    """'Wang Yi and Sergey Lavrov held talks', 'met with Ana Rios': a bare name meeting someone."""
    before = [t.low for t in tokens[max(0, start - 4):start]]
    if before and (before[-1] in _MET_BEFORE or (before[-1] == "with" and _MET_BEFORE & set(before[:-1]))):
        return True
    after = article.norm[tokens[end - 1].word_end:tokens[end - 1].word_end + 80]
    return bool(_MET_AFTER.match(after))


def _is_a_city(article: Article, tokens: list[Token], start: int, end: int) -> bool:
    """'Port Moresby, Minister Wong ...' or 'In Accra, the Prime Minister ...' names a city, not a person."""
    first = start - 1 if start > 0 and tokens[start - 1].capitalized and tokens[start - 1].text.isalpha() else start
    return any(city_countries(article.raw[tokens[at].start:tokens[end - 1].word_end]) for at in {first, start})


def _name_before(tokens: list[Token], and_index: int) -> tuple[int, int] | None:
    start = and_index
    while start > 0 and (is_name_word(tokens[start - 1]) or is_initial(tokens[start - 1])):
        start -= 1
    if start < and_index and name_end(tokens, start) == and_index:
        return start, and_index
    return None


def _appositive(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The token range of ', [the|his] [second] [Russian] Foreign Minister ...' after a name."""
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    index = end + 1
    while index < len(tokens) and tokens[index].low in ("the", "his", "her", "its", "their", "second", "first",
                                                        "third", "newly", "appointed", "current"):
        index += 1
    head = index
    while head < len(tokens) and tokens[head].low not in _APPOSITIVE_HEADS and (
            _is_country_token(tokens[head]) or tokens[head].low == "and"
            or (tokens[head].capitalized and tokens[head].low in TITLE_WORDS)):
        head += 1
    if head >= len(tokens) or tokens[head].low not in _APPOSITIVE_HEADS:
        return None
    stop = _title_extent(tokens, head + 1)
    # A title may run on over ", and Personal Representative of ...".
    while stop + 2 < len(tokens) and tokens[stop].text == "," and tokens[stop + 1].low == "and" \
            and tokens[stop + 2].capitalized and tokens[stop + 2].low in TITLE_WORDS | TITLE_HEADS:
        stop = _title_extent(tokens, stop + 3)
    return end + 1, stop


def _mentions_for(article: Article, sentence: Sentence, tokens: list[Token], names: list[tuple[int, int]],
                  title_range: tuple[int, int] | None) -> list[Mention]:
    title, span, countries = None, None, []
    if title_range and title_range[1] > title_range[0]:
        first, last = title_range
        while first < last and tokens[first].low in ("the", "his", "her", "its", "their"):
            first += 1
        span = (tokens[first].start, tokens[last - 1].end)
        title = clean_text(article.raw[span[0]:span[1]])
        countries = [m.code for m in country_mentions(article.norm, None, span[0], span[1])]
        if tokens[last - 1].low.startswith("counterpart"):
            title = None  # "his Russian counterpart" gives the country, not the office
    result = []
    for position, (start, end) in enumerate(names):
        country = countries[0] if countries else None
        own_title = title
        if len(names) == 2 and len(set(countries)) == 2:  # "the Polish and Czech Foreign Ministers"
            country = countries[position]
            own_title = _singular_title(article, span, country)
        elif len(names) == 2 and title:  # "Foreign Ministers Bakhtiyor Saidov and Sirojiddin Muhriddin"
            own_title = _singular(title)
        result.append(Mention(tokens[start].start, tokens[end - 1].word_end, sentence, own_title, span, country))
    return result


def _singular_title(article: Article, span: tuple[int, int], country: str) -> str:
    """'the Polish and Czech Foreign Ministers' -> 'Polish Foreign Minister' for one of them."""
    text = clean_text(article.raw[span[0]:span[1]])
    found = [m for m in country_mentions(article.norm, None, span[0], span[1])]
    words = {article.raw[m.start:m.end] for m in found}
    own = next(article.raw[m.start:m.end] for m in found if m.code == country)
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    text = re.sub(rf"(?:{pattern})\s+and\s+(?:{pattern})", lambda _: own, text)
    text = re.sub(rf"of\s+(?:{pattern})", f"of {own}", text)
    return _singular(text)


def _singular(title: str) -> str:
    """'Foreign Ministers' -> 'Foreign Minister'."""
    return _PLURAL_TITLE.sub(lambda m: m.group(1) + ("y" if m.group(2) == "ies" else ""), title)


def _merge(article: Article, mentions: list[Mention]) -> list[Person]:
    people: list[Person] = []
    for mention in sorted(mentions, key=lambda m: (-len(name_key(_name_text(article, m))),
                                                   -len(_name_text(article, m)))):
        name = _name_text(article, mention)
        key = name_key(name)
        if not key:
            continue
        match = next((p for p in people if same_person(p.key, key)), None)
        if match is None:
            match = Person(name, key)
            people.append(match)
        match.mentions.append(mention)
    for person in people:
        ordered = sorted(person.mentions, key=lambda m: m.name_start)
        titled = next((m for m in ordered if m.title and m.country), None) or max(
            (m for m in ordered if m.title), key=lambda m: len(m.title), default=None)
        if titled:
            person.title, person.title_span = titled.title, titled.title_span
        else:  # "her Chilean counterpart": the passage that tells the office
            person.title_span = next((m.title_span for m in ordered if m.title_span), None)
        person.country = next((m.country for m in ordered if m.country), None)
    return sorted(people, key=lambda p: p.first.name_start)


def _name_text(article: Article, mention: Mention) -> str:
    return clean_text(article.raw[mention.name_start:mention.name_end])


def _link_bare_mentions(article: Article, people: list[Person]) -> None:
    """Add mentions by surname or full name alone ("Peters reached Samoa")."""
    owners: dict[str, list[Person]] = {}
    for person in people:
        for word in person.key:
            owners.setdefault(word, []).append(person)
    for sentence in article.sentences:
        tokens = tokenize(sentence)
        index = 0
        while index < len(tokens):
            end = name_end(tokens, index) if is_name_word(tokens[index]) else None
            if end is None:
                index += 1
                continue
            key = name_key(article.raw[tokens[index].start:tokens[end - 1].word_end])
            candidates = {id(p): p for w in key for p in owners.get(w, []) if same_person(p.key, key)}
            if len(candidates) == 1:
                person = next(iter(candidates.values()))
                if not any(m.name_start <= tokens[index].start < m.name_end for m in person.mentions):
                    person.mentions.append(Mention(tokens[index].start, tokens[end - 1].word_end, sentence))
            index = end
