"""The reader for languages described by data files alone (French, Russian).

It reads a release the way the word lists of its language allow: countries, cities and people's
countries from the gazetteer forms, people from title words and courtesy words, sides from who visits
and who receives, dates from month and weekday names, documents from document words near signing cues,
and fields of cooperation from the phrases that introduce them. Nothing here names a word of a
language; it all comes from `briefing/extract/data/<lang>/`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from briefing.countries import name_for_code
from briefing.extract.lexicon import Lexicon, forms_of, lexicon
from briefing.extract.model import Evidence, Extraction
from briefing.extract.narrative import local_composed_title, local_summary, title_from_url
from briefing.extract.text import Article, Sentence, fold

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*'?\.?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CLAUSE_END = re.compile(r"[.;:!?\"()\[\]]")
_LIST_GLUE = re.compile(r"[\s,;]*")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_TLD_COUNTRY = {"kz": "KZ", "uz": "UZ", "kg": "KG", "tj": "TJ", "tm": "TM", "az": "AZ", "by": "BY", "am": "AM",
                "ge": "GE", "ru": "RU", "ua": "UA", "sn": "SN", "ml": "ML", "bf": "BF", "ci": "CI", "dz": "DZ",
                "ma": "MA", "tn": "TN", "mr": "MR", "ne": "NE", "cm": "CM", "ga": "GA", "cg": "CG", "cd": "CD",
                "bj": "BJ", "tg": "TG", "gn": "GN", "td": "TD", "lu": "LU", "be": "BE", "ch": "CH", "fr": "FR",
                "vn": "VN", "la": "LA", "cn": "CN", "jo": "JO", "mn": "MN"}
_PUBLISHER_SIDE_CONFIDENCE = 0.3


@dataclass
class Token:
    start: int
    end: int
    text: str
    key: str
    cap: bool


@dataclass
class Place:
    start: int
    end: int
    code: str
    what: str  # "country", "city" or "adjective"
    name: str  # as the data file writes it: the nominative of a declined city ("Ташкент" for "в Ташкенте")


@dataclass
class Mention:
    sentence: int
    start: int
    end: int
    name: str
    title: str | None
    title_start: int
    country: str | None
    strong: bool
    head: str | None = None


@dataclass
class Person:
    name: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    side: str | None = None
    confidence: float = 0.0
    organization: str | None = None


@dataclass
class Found:
    title: str
    kind: str
    start: int
    end: int
    sentence: int


class _Reader:
    def __init__(self, text: str, language: str, today: dt.date | None):
        self.article = Article(text)
        self.norm = self.article.norm
        self.lex: Lexicon = lexicon(language)
        self.language = language
        self.today = today
        self.sentences = [s for s in self.article.sentences if s.text.strip()]
        self.tokens = [self._tokens(s) for s in self.sentences]
        self.folded = [_fold_in_place(s.text) for s in self.sentences]
        self.places = [self._places(tokens) for tokens in self.tokens]
        self.anchor = self._anchor()
        self.backdrop = {i for i, s in enumerate(self.sentences) if self._is_backdrop(i)}
        self.evidence: dict[str, Evidence] = {}

    # --- words and places -------------------------------------------------------------------------

    def _tokens(self, sentence: Sentence) -> list[Token]:
        result = []
        for match in _TOKEN.finditer(sentence.text):
            word = match.group()
            if word.endswith(".") and not (fold(word) in self.lex.courtesy or len(word) <= 2):
                word = word[:-1]
            start = sentence.start + match.start()
            result.append(Token(start, start + len(word), word, forms_of(word).replace(" ", ""), word[0].isupper()))
        return result

    def _places(self, tokens: list[Token]) -> list[Place]:
        found, index = [], 0
        while index < len(tokens):
            matched = False
            for length in range(min(self.lex.longest_place, len(tokens) - index), 0, -1):
                key = tuple(self._split_key(tokens[index + k].key) for k in range(length))
                key = tuple(word for part in key for word in part)
                place = self.lex.places.get(key)
                if place and (place[1] == "adjective" or tokens[index].cap):
                    found.append(Place(tokens[index].start, tokens[index + length - 1].end, *place))
                    index += length
                    matched = True
                    break
            if not matched:
                token = tokens[index]
                if "-" in token.key:
                    for part in token.key.split("-"):
                        place = self.lex.places.get((part,))
                        if place and place[1] == "adjective":
                            found.append(Place(token.start, token.end, *place))
                index += 1
        return found

    @staticmethod
    def _split_key(key: str) -> tuple[str, ...]:
        return tuple(key.replace("'", "' ").split())

    def _cue(self, role: str, text: str) -> list[re.Match[str]]:
        pattern = self.lex.cue(role)
        return list(pattern.finditer(text)) if pattern else []

    def _overlapping(self, role: str, text: str) -> list[re.Match[str]]:
        """Every cue of `role`, overlapping ones too; of two that overlap, the one that ends later."""
        pattern = self.lex.cue(role)
        found: list[re.Match[str]] = []
        position = 0
        while pattern and (match := pattern.search(text, position)):
            found.append(match)
            position = match.start() + 1
        return [m for m in found if not any(o is not m and o.start() < m.end() < o.end() for o in found)
                and not any(o is not m and o.start() <= m.start() and m.end() < o.end() for o in found)]

    def _has(self, role: str, index: int) -> bool:
        return bool(self._cue(role, self.folded[index]))

    def _is_backdrop(self, index: int) -> bool:
        if self._has("backdrop", index):
            return True
        reference = self.anchor.year if self.anchor else None
        years = [int(y) for y in _YEAR.findall(self.sentences[index].text)]
        return bool(reference and years and all(y < reference for y in years))

    # --- dates ------------------------------------------------------------------------------------

    def _anchor(self) -> dt.date | None:
        """The article's own date: a date line, a time stamp, --today; the day is 1 when only a month is known."""
        self.anchor_precision = None
        self.anchor_lines: set[int] = set()
        for start, end in self.article.lines[:6]:
            self.anchor_lines = {i for i, s in enumerate(self.sentences) if start <= s.start < end}
            line = self.norm[start:end].strip()
            found = self._dated_line(line)
            if found:
                self.anchor_precision = found[1]
                return found[0]
        self.anchor_lines = set()
        if self.today:
            self.anchor_precision = "day"
            return self.today
        return None

    def _dated_line(self, line: str) -> tuple[dt.date | None, str] | None:
        """The date of a line that only dates the article: " date 2024-05", "08/02/2016", "05 апр 2024, 15:32"."""
        if line:
            found = re.fullmatch(r"date\s+(\d{4})-(\d\d)(?:-(\d\d))?\b.*", line)
            if found:
                when = _safe(int(found.group(1)), int(found.group(2)), int(found.group(3) or 1))
                return when, "day" if found.group(3) else "month"
            found = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", line)
            if found:
                return _safe(int(found.group(3)), int(found.group(2)), int(found.group(1))), "day"
            found = re.match(r"(\d{1,2})\s+([^\W\d]+)\.?\s+(\d{4}),?\s+\d\d?:\d\d\s*$", line)
            if found and fold(found.group(2)) in self.lex.months:
                return _safe(int(found.group(3)), self.lex.months[fold(found.group(2))], int(found.group(1))), "day"
        return None

    def _date_mentions(self, index: int) -> list[tuple[dt.date | None, dt.date | None, int, int]]:
        """(start, end) dates told in a sentence, with their span; a date without a year takes the anchor's."""
        text = self.sentences[index].text
        months = "|".join(sorted((re.escape(m) for m in self.lex.months), key=len, reverse=True))
        weekdays = "|".join(re.escape(w) for w in self.lex.weekdays)
        day = rf"(\d{{1,2}})(?:er)?(?:\s+(?:{weekdays}))?"
        pattern = re.compile(
            rf"(?:(?:{weekdays})\s+)?{day}(?:\s*(?:-|au|et|и|по)\s*(?:(?:{weekdays})\s+)?(\d{{1,2}})(?:er)?)?"
            rf"\s+({months})\.?(?:\s+(\d{{4}}))?(?![\w])", re.IGNORECASE)
        folded = fold(text)
        result = []
        for match in pattern.finditer(folded):
            first, second = int(match.group(1)), match.group(2)
            month = self.lex.months.get(fold(match.group(3)))
            year = int(match.group(4)) if match.group(4) else self._year_for(month)
            if month is None or year is None:
                continue
            begin = _safe(year, month, first)
            finish = _safe(year, month, int(second)) if second else begin
            result.append((begin, finish, self.sentences[index].start + match.start(),
                           self.sentences[index].start + match.end()))
        return result

    def _year_for(self, month: int | None) -> int | None:
        if not self.anchor or month is None:
            return None
        year = self.anchor.year
        if month - self.anchor.month > 6:
            year -= 1
        elif self.anchor.month - month > 6:
            year += 1
        return year

    def _weekday(self, index: int) -> tuple[dt.date, int, int] | None:
        if not self.anchor or self.anchor_precision != "day":
            return None
        text = fold(self.sentences[index].text)
        for word, number in self.lex.weekdays.items():
            found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
            if found:
                back = (self.anchor.weekday() - number) % 7
                start = self.sentences[index].start + found.start()
                return self.anchor - dt.timedelta(days=back), start, start + len(word)
        return None

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        for index in range(len(self.sentences)):
            if index in self.backdrop or index in self.anchor_lines:
                continue
            mentions = self._date_mentions(index)
            if mentions:
                begin, finish, start, end = mentions[0]
                self._note("start_date", start, end, 0.8)
                self._note("end_date", start, end, 0.8)
                if begin == finish:
                    days = self._day_count()
                    if days and days > 1:
                        finish = begin + dt.timedelta(days=days - 1)
                return begin, finish
        for index in range(len(self.sentences)):
            if index in self.backdrop:
                continue
            dated = self._weekday(index)
            if dated:
                when, start, end = dated
                self._note("end_date", start, end, 0.6)
                if self._has("closing", index):
                    return None, when
                self._note("start_date", start, end, 0.6)
                return when, when
        return None, None

    def _day_count(self) -> int | None:
        for text in self.folded:
            for pattern, days in self.lex.day_counts:
                if pattern.search(text):
                    return days
        return None

    # --- people -----------------------------------------------------------------------------------

    def _is_name_word(self, token: Token) -> bool:
        if not token.cap or token.key.rstrip("'") in self.lex.function_words or token.key in self.lex.courtesy:
            return False
        if self.lex.title_words.fullmatch(token.key) or self.lex.titles.fullmatch(token.key):
            return False
        if token.key in self.lex.months or token.key in self.lex.weekdays or token.text.isdigit():
            return False
        if self.language == "ru" and not _CYRILLIC.search(token.text):
            return False
        return not (token.text.isupper() and len(token.text) > 1)

    def _runs(self, index: int) -> list[tuple[int, int]]:
        """Token index ranges of capitalised words that may be a name, places excluded."""
        tokens, text = self.tokens[index], self.norm
        in_place = {i for i, t in enumerate(tokens) for p in self.places[index] if p.start <= t.start < p.end}
        runs, current = [], []
        particles = set(self.lex.cue_words.get("name_particle", []))
        for i, token in enumerate(tokens):
            joined = current and text[tokens[current[-1]].end:token.start].strip() == ""
            inside = bool(current) and joined and i > 0 and token.cap and len(token.text) == 1
            if current and joined and token.key in particles and i + 1 < len(tokens) \
                    and self._is_name_word(tokens[i + 1]):
                current.append(i)
                continue
            if i not in in_place and (self._is_name_word(token) or inside):
                if current and not joined:
                    runs.append(current)
                    current = []
                current.append(i)
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
        after_article = {fold(word).rstrip("'") for word in self.lex.cue_words.get("not_before_name", [])}
        return [(run[0], run[-1] + 1) for run in runs
                if not (run[0] > 0 and tokens[run[0] - 1].key.rstrip("'") in after_article
                        and text[tokens[run[0] - 1].end:tokens[run[0]].start].strip() in ("", "'"))]

    def people(self) -> list[Person]:
        people: list[Person] = []
        for index in range(len(self.sentences)):
            for mention in self._mentions(index):
                self._add(people, mention)
        return people

    def _mentions(self, index: int) -> list[Mention]:
        tokens = self.tokens[index]
        sentence = self.sentences[index]
        credit = self.lex.cue("credit")
        if credit and credit.match(self.folded[index]):
            return []
        titles = list(self.lex.titles.finditer(self.folded[index]))
        mentions = []
        for first, last in self._runs(index):
            start, end = tokens[first].start, tokens[last - 1].end
            words = [t.text for t in tokens[first:last]]
            if last < len(tokens) and not self.norm[end:tokens[last].start].strip() and any(
                    p.start == tokens[last].start and p.what != "adjective" for p in self.places[index]):
                continue  # a body named after a country: "Halk Maslahaty of Turkmenistan"
            before = self.norm[max(sentence.start, start - 30):start]
            credit = self.lex.cue("credit")
            if credit and credit.search(fold(before.split(",")[-1] if "," in before else before)):
                if not any(t.key in self.lex.courtesy for t in tokens[max(0, first - 1):first]):
                    continue
            courtesy = first > 0 and tokens[first - 1].key in self.lex.courtesy
            head = self._title_before(index, titles, start)
            title, title_start, case = None, start, "nom"
            if head is not None:
                title_start = head[0]
                title = self._clean_title(self.norm[title_start:start])
                case = head[1]
            elif not courtesy:
                after = self._title_after(index, titles, end)
                if after:
                    title_start, title_end = after
                    title = self._clean_title(self.norm[title_start:title_end])
            if self.language == "ru" and self._adjectival(words) and not courtesy:
                continue
            strong = courtesy or title is not None or (self.language == "ru" and len(words) >= 2)
            if not strong and len(words) < 1:
                continue
            if self.language == "ru":
                if case == "nom" and head is None:
                    case = self._case_of_name(words)
                words = [self._nominative(word, case) for word in words]
            span_start, span_end = (title_start, start) if head is not None else (title_start, end)
            country = self._country_in(index, min(span_start, start), max(span_end, start))
            mentions.append(Mention(index, start, end, " ".join(words), title, title_start, country, strong,
                                    head[2] if head else None))
        return mentions

    def _title_before(self, index: int, titles: list[re.Match[str]], start: int) -> tuple[int, str, str] | None:
        """The start, grammatical case and head word of the title that ends right before a name."""
        sentence = self.sentences[index]
        local = start - sentence.start
        chosen = None
        for match in titles:
            if match.end() > local:
                break
            gap = sentence.text[match.end():local]
            words = gap.split()
            while words and fold(words[-1]) in self.lex.courtesy:
                words.pop()
            gap = " ".join(words)
            if _CLAUSE_END.search(gap) or len(gap.split()) > 12:
                continue
            if "," in gap and not self.lex.cue_words.get("title_comma"):
                continue
            if any(self._is_name_word(t) and t.start > sentence.start + match.end() and t.end <= start
                   for t in self.tokens[index]) and not self._only_title_words(index, match.end(), local):
                continue
            chosen = match
        if chosen is None:
            return None
        first = chosen
        for match in reversed(titles):
            gap = sentence.text[match.end():first.start()]
            if match.end() <= first.start() and not re.search(r"[,.;:]", gap) and len(gap.split()) <= 2 \
                    and not any(fold(w) in self.lex.function_words for w in gap.split()):
                first = match
        head_word = fold(sentence.text[first.start():first.end()].split()[0])
        return sentence.start + first.start(), self._case_of_title(head_word), head_word

    def _only_title_words(self, index: int, local_start: int, local_end: int) -> bool:
        """True when the capitalised words between a title word and a name are all places (no other name)."""
        sentence = self.sentences[index]
        for first, _ in self._runs(index):
            token = self.tokens[index][first]
            if sentence.start + local_start <= token.start < sentence.start + local_end:
                return False
        return True

    def _title_after(self, index: int, titles: list[re.Match[str]], end: int) -> tuple[int, int] | None:
        """A title given after the name and a comma ("Didier Reynders, Vice-Premier ministre ...")."""
        sentence = self.sentences[index]
        local = end - sentence.start
        rest = sentence.text[local:]
        comma = re.match(r"\s*,\s*", rest)
        if not comma:
            return None
        for match in titles:
            if match.start() == local + comma.end():
                stop = re.search(r",|;|\.|\s(?:qui|a|est|et a)\s", sentence.text[match.end():])
                title_end = match.end() + (stop.start() if stop else len(sentence.text) - match.end())
                return sentence.start + match.start(), sentence.start + title_end
        return None

    def _clean_title(self, text: str) -> str | None:
        words = text.strip(" ,").split()
        while words and fold(words[0]).rstrip("'") in self.lex.function_words:
            words = words[1:]
        while words and (fold(words[-1]) in self.lex.courtesy
                         or fold(words[-1]).rstrip(".") in self.lex.function_words):
            words = words[:-1]
        title = " ".join(words).strip(" ,")
        title = re.sub(r"^[lLdD]'", "", title)
        if self.language == "ru" and title:
            head, _, rest = title.partition(" ")
            title = (self._title_nominative(head) + (" " + rest if rest else "")).strip()
        return title or None

    def _title_nominative(self, word: str) -> str:
        case = self._case_of_title(fold(word))
        if case == "nom":
            return word
        for ending in ("ом", "ем", "ой", "а", "я", "у", "ю"):
            if word.endswith(ending):
                stem = word[:-len(ending)]
                if ending == "ой":
                    return stem + "а"
                if ending in ("я", "ю", "ем") and stem.endswith(("тел", "ар")):
                    return stem + "ь"
                return stem
        return word

    def _case_of_title(self, word: str) -> str:
        for ending, case in self.lex.case_endings:
            if word == ending:
                return case
        for ending, case in self.lex.case_endings:
            if word.endswith(ending) and len(word) > len(ending) + 2 and " " not in ending:
                return case
        return "nom"

    def _case_of_name(self, words: list[str]) -> str:
        last = fold(words[-1])
        for case in ("ins", "dat"):
            for ending, _ in self.lex.name_endings.get(case, []):
                bare = ending.lstrip("C")
                if len(bare) >= 2 and last.endswith(bare) and not (case == "ins" and bare == "ой"):
                    return case
        return "nom"

    def _nominative(self, word: str, case: str) -> str:
        if case == "acc":
            case = "gen"
        parts = word.split("-")
        return "-".join(self._nominative_part(part, case) for part in parts)

    def _nominative_part(self, word: str, case: str) -> str:
        for ending, replacement in self.lex.name_endings.get(case, []):
            consonant = ending.startswith("C")
            bare = ending[1:] if consonant else ending
            if not word.lower().endswith(bare) or len(word) <= len(bare) + 1:
                continue
            stem = word[:len(word) - len(bare)]
            if consonant and (stem[-1].lower() in "аеёиоуыэюяйь"):
                continue
            return stem + replacement.lstrip("C")
        return word

    def _adjectival(self, words: list[str]) -> bool:
        return all(fold(w).endswith(("ой", "ий", "ый", "ая", "ое", "ые", "ых", "ого", "ому", "ым", "ую", "ей"))
                   for w in words)

    def _country_in(self, index: int, start: int, end: int) -> str | None:
        for place in self.places[index]:
            if start <= place.start and place.end <= end and place.what != "city":
                return place.code
        return None

    def _add(self, people: list[Person], mention: Mention) -> None:
        words = set(fold(mention.name).split())
        for person in people:
            known = set(fold(person.name).split())
            if words <= known or known <= words:
                if len(words) > len(known) and mention.strong:
                    person.name = mention.name
                person.mentions.append(mention)
                return
        if mention.strong:
            people.append(Person(mention.name, mentions=[mention]))

    # --- sides ------------------------------------------------------------------------------------

    def sides(self, people: list[Person]) -> tuple[str | None, str | None, dict]:
        evidence: dict = {}
        counts: Counter[str] = Counter()
        for index, places in enumerate(self.places):
            if index in self.backdrop:
                continue
            for place in places:
                counts[place.code] += 1
        host = self._host(evidence, people)
        for person in people:
            for mention in person.mentions:
                if mention.country and person.country is None and mention.sentence not in self.backdrop:
                    person.country = mention.country
        guest = None
        compound = self._compound_pair()
        if host and compound and host in compound:
            guest = compound[1] if compound[0] == host else compound[0]
        if guest is None:
            titled = Counter(p.country for p in people if p.country and p.country != host)
            if titled:
                guest = titled.most_common(1)[0][0]
        if guest is None:
            others = [(code, n) for code, n in counts.most_common() if code != host]
            guest = others[0][0] if others else None
        if host is None and guest is not None:
            others = [(code, n) for code, n in counts.most_common() if code != guest]
            host = others[0][0] if others else None
        for code, path in ((host, "host_country"), (guest, "guest_country")):
            first = next((p for index, places in enumerate(self.places) if index not in self.backdrop
                          for p in places if p.code == code), None)
            if code and first and path not in evidence:
                evidence[path] = (first.start, first.end, 0.6)  # told by the people's titles or by counts
        return host, guest, evidence

    def _host(self, evidence: dict, people: list[Person]) -> str | None:
        """Where the visit or meeting takes place: a city told with a locative word, or the place visited."""
        for index, places in enumerate(self.places):
            if index in self.backdrop:
                continue
            for match in self._cue("guest_act", self.folded[index]):
                after = [p for p in places if p.what != "adjective"
                         and 0 <= p.start - (self.sentences[index].start + match.end()) <= 80
                         and self._towards(self.sentences[index].start + match.end(), p)]
                if after:
                    evidence["host_country"] = (after[0].start, after[0].end)
                    return after[0].code
            for place in places:
                if place.what == "city" and self._locative_before(place):
                    evidence["host_country"] = (place.start, place.end)
                    return place.code
        for person in people:
            for mention in person.mentions:
                if mention.country and mention.sentence not in self.backdrop and self._acts(mention, "host_act"):
                    evidence["host_country"] = (mention.title_start, mention.end)
                    return mention.country
        return None

    def _towards(self, cue_end: int, place: Place) -> bool:
        """True for a place told as where the visitor goes: right after the cue, or after a word of direction."""
        between = self.norm[cue_end:place.start]
        if not between.strip():
            return True
        last = fold(between).split()[-1] if fold(between).split() else ""
        return last in self.lex.cue_words.get("towards", []) and self.norm[place.start - 1].isspace()

    def visit_city(self, host: str | None) -> tuple[str | None, tuple[int, int] | None]:
        """The first city of the host country told as where things happen ("à Dakar", "в Астане")."""
        for index, places in enumerate(self.places):
            if index in self.backdrop:
                continue
            for place in places:
                if place.what == "city" and place.code == host and self._locative_before(place):
                    return place.name, (place.start, place.end)
        return None, None

    def _locative_before(self, place: Place) -> bool:
        before = self.norm[max(0, place.start - 4):place.start].lower()
        return bool(re.search(r"(?:^|\s)(?:à|в|во)\s$", before))

    def _compound_pair(self) -> tuple[str, str] | None:
        for places in self.places:
            by_token: dict[int, list[str]] = {}
            for place in places:
                by_token.setdefault(place.start, []).append(place.code)
            for codes in by_token.values():
                if len(codes) == 2 and codes[0] != codes[1]:
                    return codes[0], codes[1]
        return None

    def assign_sides(self, people: list[Person], host: str | None, guest: str | None) -> None:
        pair = self._compound_pair()
        for person in people:
            if person.country in (host, guest) and person.country:
                person.side, person.confidence = ("host" if person.country == host else "guest"), 0.85
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                if self._acts(mention, "guest_act"):
                    person.side, person.confidence = "guest", 0.7
                elif self._acts(mention, "host_act"):
                    person.side, person.confidence = "host", 0.7
                if person.side:
                    break
        self._counterparts(people)
        self._offices(people, host, guest)
        for _ in range(3):
            self._lists(people)
        self._pairs(people)
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                if self._has("accompany", mention.sentence):
                    person.side, person.confidence = "guest", 0.5
                    break
        self._both_countries(people, pair, host, guest)
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                codes = {p.code for p in self.places[mention.sentence]} & {host, guest} - {None}
                if len(codes) == 1:
                    person.side, person.confidence = ("host" if codes == {host} else "guest"), 0.45
                    break
        publisher = self._publisher()
        for person in people:
            if not person.side:
                person.side = "guest" if publisher and publisher == guest else "host"
                person.confidence = _PUBLISHER_SIDE_CONFIDENCE if publisher in (host, guest) else 0.2

    def _acts(self, mention: Mention, role: str) -> bool:
        sentence = self.sentences[mention.sentence]
        folded = self.folded[mention.sentence]
        for match in self._cue(role, folded):
            begin, finish = sentence.start + match.start(), sentence.start + match.end()
            if 0 <= begin - mention.end <= 12:
                return True
            if 0 <= mention.title_start - finish <= 12 and mention.title:
                return True
        return False

    def _counterparts(self, people: list[Person]) -> None:
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                if mention.title and self.lex.cue("counterpart") and self.lex.cue("counterpart").search(
                        fold(mention.title)):
                    others = [p for p in people if p is not person and p.side
                              and any(m.sentence == mention.sentence for m in p.mentions)]
                    if others:
                        person.side = "host" if others[0].side == "guest" else "guest"
                        person.confidence = 0.6
                        break

    def _offices(self, people: list[Person], host: str | None, guest: str | None) -> None:
        """A title told without a name but with its country ("the King of the Belgians") gives that country to
        a 'King X' told elsewhere."""
        offices: dict[str, set[str]] = {}
        named = {m.title_start for p in people for m in p.mentions}
        for index, matches in enumerate(self.lex.titles.finditer(text) for text in self.folded):
            if index in self.backdrop:
                continue
            sentence = self.sentences[index]
            for match in matches:
                if sentence.start + match.start() in named:
                    continue
                head = fold(sentence.text[match.start():match.end()].split()[0])
                for place in self.places[index]:
                    if place.start < sentence.start + match.end() or place.what == "city":
                        continue
                    between = self.norm[sentence.start + match.end():place.start]
                    if all(fold(w).rstrip("'") in self.lex.function_words or self.lex.title_words.fullmatch(fold(w))
                           for w in re.findall(r"[^\W\d_]+'?", between)):
                        offices.setdefault(head, set()).add(place.code)
                    break
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                codes = offices.get(mention.head or "", set())
                if len(codes) == 1 and next(iter(codes)) in (host, guest):
                    person.side = "host" if codes == {host} else "guest"
                    person.confidence = 0.55
                    break

    def _glued(self, left: Mention, right: Mention) -> bool:
        if left.sentence != right.sentence or left.end > right.title_start:
            return False
        between = fold(self.norm[left.end:right.title_start])
        words = [w for w in re.split(r"[\s,;]+", between) if w]
        return all(w.rstrip("'") in self.lex.function_words for w in words) and len(words) <= 3

    def _lists(self, people: list[Person]) -> None:
        mentions = sorted(((m, p) for p in people for m in p.mentions), key=lambda item: item[0].start)
        for (left, left_person), (right, right_person) in pairwise(mentions):
            if not self._glued(left, right):
                continue
            if left_person.side and not right_person.side:
                right_person.side, right_person.confidence = left_person.side, 0.55
            elif right_person.side and not left_person.side:
                left_person.side, left_person.confidence = right_person.side, 0.55

    def _pairs(self, people: list[Person]) -> None:
        for person in people:
            if person.side:
                continue
            for mention in person.mentions:
                others = {id(p): p for p in people if p is not person
                          and any(m.sentence == mention.sentence for m in p.mentions)}
                if len(others) == 1:
                    other = next(iter(others.values()))
                    if other.side and not any(self._glued(a, b) or self._glued(b, a)
                                              for a in person.mentions for b in other.mentions):
                        person.side = "host" if other.side == "guest" else "guest"
                        person.confidence = 0.5
                        break

    def _both_countries(self, people: list[Person], pair: tuple[str, str] | None, host: str | None,
                        guest: str | None) -> None:
        if not pair:
            return
        for index in range(len(self.sentences)):
            if not self._has("both", index):
                continue
            unsided = [p for p in people if not p.side and any(m.sentence == index for m in p.mentions)]
            if len(unsided) == 2:
                unsided.sort(key=lambda p: min(m.start for m in p.mentions if m.sentence == index))
                for person, code in zip(unsided, pair, strict=True):
                    if code in (host, guest):
                        person.side = "host" if code == host else "guest"
                        person.confidence = 0.5

    def _publisher(self) -> str | None:
        source = self.article.source or ""
        found = re.match(r"(?:https?://)?([^/\s]+)", source)
        if not found:
            return None
        return _TLD_COUNTRY.get(found.group(1).rsplit(".", 1)[-1].lower())

    def taking_part(self, people: list[Person], host: str | None, guest: str | None) -> list[Person]:
        result = []
        for person in people:
            current = [m for m in person.mentions if m.sentence not in self.backdrop and m.strong]
            if not current:
                continue
            if person.country and person.country not in (host, guest):
                continue
            titled = next((m for m in person.mentions if m.title), None)
            if titled:
                person.title = titled.title
                person.title_span = (titled.title_start, titled.title_start + len(titled.title))
            result.append(person)
        return result

    # --- documents and fields ---------------------------------------------------------------------

    def agreements(self) -> list[Found]:
        found: list[Found] = []
        found += self._listed_documents()
        found += self._enumerated_documents(found)
        for index in range(len(self.sentences)):
            if index in self.backdrop or not self._has("sign", index) or self._has("planned", index) \
                    or self._has("negation", index):
                continue
            found += self._pronoun_documents(index)
            for document in self._documents_in(index):
                if not any(f.start <= document.start < f.end or document.start <= f.start < document.end
                           for f in found):
                    found.append(document)
        return _unique(found)

    def _kind_at(self, folded: str, position: int) -> tuple[str, str, str, int] | None:
        for form, kind, written in self.lex.kinds:
            following = folded[position + len(form):position + len(form) + 1]
            if folded.startswith(form, position) and not following.isalpha():
                return form, kind, written, len(form)
        return None

    def _is_plural(self, form: str, written: str) -> bool:
        """True for a document word in the plural: a count or a reference back, not one document."""
        if fold(form) == fold(written):
            return False
        plural = self.lex.cue_words.get("plural_ending", [])
        return any(form.split()[0].endswith(ending) for ending in plural) and not (
            fold(written).split()[0].endswith("ие") and form.split()[0].endswith("ия") and "ия" not in plural)

    def _documents_in(self, index: int) -> list[Found]:
        sentence = self.sentences[index]
        folded = self.folded[index]
        result = []
        for match in re.finditer(r"(?<![\w-])[^\W\d_]", folded):
            kind = self._kind_at(folded, match.start())
            if not kind:
                continue
            form, kind_name, written, length = kind
            if self._is_plural(form, written):
                continue
            end = self._title_end(sentence.text, match.start() + length)
            title = _tidy(sentence.text[match.start():end])
            if len(title.split()) < 2:
                continue
            begin = sentence.start + match.start()
            result.append(Found(_capital(title), kind_name, begin, sentence.start + end, index))
        return result

    def _title_end(self, text: str, position: int) -> int:
        stop = re.search(r"[;:.,()\"]", text[position:])
        end = position + (stop.start() if stop else len(text) - position)
        ends = self.lex.cue("title_end")
        found = ends.search(_fold_in_place(text), position, end) if ends else None
        return found.start() if found else end

    def _pronoun_documents(self, index: int) -> list[Found]:
        sentence = self.sentences[index]
        result = []
        for match in self._cue("pronoun", self.folded[index]):
            kinds = [self._kind_at(self.folded[index], m.start()) for m in
                     re.finditer(r"(?<![\w-])[^\W\d_]", self.folded[index][:match.start()])]
            kinds = [k for k in kinds if k]
            if not kinds:
                continue
            written, kind_name = kinds[-1][2], kinds[-1][1]
            rest = sentence.text[match.end():]
            stop = re.search(r"[,;.]", rest)
            region = rest[:stop.start()] if stop else rest
            offset = sentence.start + match.end()
            region = match.group().split()[-1] + region  # the preposition the cue ends with opens each part
            preposition = re.escape(region.split()[0])
            for part in re.split(rf"\s+\w+\s+(?={preposition}\s)", region):
                if part.strip():
                    result.append(Found(f"{_capital(written)} {part.strip()}", kind_name, offset,
                                        offset + len(region), index))
        return result

    def _listed_documents(self) -> list[Found]:
        """Documents given one per line (dashes, bullets) after a line that tells of their signing."""
        result = []
        for index, sentence in enumerate(self.sentences):
            if not re.match(r"\s*(?:[-•*–—]|\d+[.)])\s*", sentence.text):
                continue
            previous = next((i for i in range(index - 1, -1, -1)
                             if not re.match(r"\s*(?:[-•*–—]|\d+[.)])\s*", self.sentences[i].text)), None)
            if previous is None or not self._has("sign", previous) or self._has("planned", previous):
                continue
            body = re.sub(r"^\s*(?:[-•*–—]|\d+[.)])\s*", "", sentence.text)
            offset = sentence.start + len(sentence.text) - len(body)
            kind = self._kind_at(fold(body), 0)
            if not kind:
                continue
            _, kind_name, written, length = kind
            rest = body[length:].rstrip(" ;.,")
            title = _capital(written) + rest
            result.append(Found(title.strip(), kind_name, offset, sentence.end, index))
        return result

    def _enumerated_documents(self, already: list[Found]) -> list[Found]:
        """A count of documents, then each told by its ordinal ("le premier ..., le deuxième ...")."""
        result = []
        context: tuple[str, str, str] | None = None
        context_left, seen = 0, set()
        for index, sentence in enumerate(self.sentences):
            folded = self.folded[index]
            counted = self._counted_kind(sentence.text, folded)
            after = 0
            if counted and (self._has("sign", index) or context):
                context, context_left, seen = counted[:3], 5, set()
                after = counted[3]
            if not context or context_left <= 0:
                continue
            context_left -= 1
            for match in re.finditer(r"(?<![\w-])([^\W\d_]+)", folded):
                value = self.lex.numbers.get(match.group(1))
                if match.start() < after or not value or value[1] != "ordinal" or value[0] in seen:
                    continue
                if not re.search(r"(?:^|[\s,:;])(?:le|la|l'|et le|et la)\s*$|^\W*$", folded[:match.start()]):
                    continue
                segment = sentence.text[match.end():]
                cut = re.search(r";|\.(?:\s|$)|:\s|,\s(?:le|la|et)\s|\s(?:il|elle)\s", segment)
                segment = segment[:cut.start()] if cut else segment
                seen.add(value[0])
                start = sentence.start + match.start()
                title, kind_name = self._ordinal_title(segment, context)
                if title and not any(f.start <= start < f.end for f in already):
                    result.append(Found(_capital(title), kind_name, start, start + len(segment), index))
        return result

    def _ordinal_title(self, segment: str, context: tuple[str, str, str]) -> tuple[str | None, str]:
        """The title of one document of a counted set: its own document word if it has one, else the set's."""
        folded = _fold_in_place(segment)
        for position in (m.start() for m in re.finditer(r"(?<![\w-])[^\W\d_]", folded)):
            kind = self._kind_at(folded, position)
            if kind and not self._is_plural(kind[0], kind[2]):
                end = self._title_end(segment, position + kind[3])
                title = _tidy(segment[position:end])
                if len(title.split()) > 1:
                    return title, kind[1]
                break
        subject = self._cue("subject", folded)
        text = segment[subject[0].end():] if subject else segment
        text = re.sub(r"^\W*(?:de ces \w+)?\W*", "", text)
        text = re.split(r",?\s*(?:a été|ont été)\s", text)[0]
        text = _tidy(text)
        if not text:
            return None, context[1]
        return f"{context[0]} {text}" if not subject or re.match(r"(?:en|dans|sur|entre|de|d')\b", text) \
            else f"{context[0]} — {text}", context[1]

    def _counted_kind(self, text: str, folded: str) -> tuple[str, str, str, int] | None:
        """The documents a sentence counts ("six accords de coopération"): (phrase, kind, word, where it ends)."""
        for match in re.finditer(r"(?<![\w-])(\d+|[^\W\d_]+)(?=\s)", folded):
            number = match.group(1)
            value = self.lex.numbers.get(number)
            if not (number.isdigit() or (value and value[1] == "cardinal")):
                continue
            positions = [match.end() + m.start() for m in
                         re.finditer(r"(?<=\s)[^\W\d_]", folded[match.end():match.end() + 40])][:4]
            for position in positions:
                kind = self._kind_at(folded, position)
                if kind and self._is_plural(kind[0], kind[2]):
                    end = position + kind[3]
                    complement = re.match(r"\s+(?:de cooperation|de partenariat|о сотрудничестве)", folded[end:])
                    phrase = kind[2] + (text[end:end + complement.end()] if complement else "")
                    return _capital(phrase.strip()), kind[1], kind[2], end
        return None

    def areas(self, agreements: list[Found]) -> list[tuple[str, int, int]]:
        result: list[tuple[str, int, int]] = []
        for index, sentence in enumerate(self.sentences):
            if index in self.backdrop:
                continue
            matches = self._overlapping("area", self.folded[index])
            for number, match in enumerate(matches):
                following = matches[number + 1].start() if number + 1 < len(matches) else len(sentence.text)
                rest = sentence.text[match.end():following]
                opening = re.match(r"\s*:\s*", rest)
                skip = opening.end() if opening else 0
                rest = rest[skip:]
                stop = re.search(r"[.;:!?()\"]|\s-\s|\s—\s|,\s*(?:le|la|et le|et la)\s+\w+\s*$", rest)
                region = rest[:stop.start()] if stop else rest
                offset = sentence.start + match.end() + skip
                for item, local in self._items(region):
                    result.append((item, offset + local, offset + local + len(item)))
        for document in agreements:
            subject = self._subject_of(document.title)
            if subject:
                result += [(item, document.start, document.end) for item, _ in self._items(subject)]
        return _unique_areas(result)

    def _items(self, region: str) -> list[tuple[str, int]]:
        """The fields of a list: split at commas, at the last "and" of a longer list, at "as well as", and at an
        "and" that repeats the preposition ("de sécurité et de transport")."""
        parts = [(m.group(), m.start()) for m in re.finditer(r"[^,]+", region)]
        if len(parts) >= 2:
            last, position = parts[-1]
            pieces = self._split_at(last, "list_and", keep=False)
            parts[-1:] = [(piece, position + local) for piece, local in pieces]
        items = []
        for text, position in parts:
            for piece, local in self._split_at(text, "repeated_coordination", keep=True):
                for part, inner in self._split_at(piece, "area_join", keep=False):
                    cleaned = self._tidy_area(part)
                    if cleaned:
                        items.append((cleaned, position + local + inner))
        return items

    def _split_at(self, text: str, role: str, keep: bool) -> list[tuple[str, int]]:
        """`text` cut where a cue of `role` stands; with `keep`, the cue's last word opens the next piece."""
        pattern = self.lex.cue(role)
        if not pattern:
            return [(text, 0)]
        pieces, cursor = [], 0
        for match in pattern.finditer(_fold_in_place(text)):
            pieces.append((text[cursor:match.start()], cursor))
            cursor = match.end() - len(match.group().split()[-1]) if keep else match.end()
            if role == "list_and":
                break
        pieces.append((text[cursor:], cursor))
        return [(piece, local) for piece, local in pieces if piece.strip()]

    def _tidy_area(self, text: str) -> str | None:
        lead = self.lex.cue("area_lead")
        text = text.strip(" ,")
        found = lead.match(_fold_in_place(text)) if lead else None
        if found:
            text = text[found.end():]
        words = text.strip(" ,").split()
        drop = self.lex.function_words | {fold(w) for w in self.lex.cue_words.get("area_drop", [])}
        while words and (fold(words[0]).rstrip("'") in drop or fold(words[0]) in self.lex.numbers
                         or re.fullmatch(r"[ldLD]'", words[0])):
            words = words[1:]
        if words:
            words[0] = re.sub(r"^[ldLD]'", "", words[0])
        clause = self.lex.cue("area_clause")
        cut = clause.search(_fold_in_place(" ".join(words))) if clause else None
        item = " ".join(words)[:cut.start()] if cut else " ".join(words)
        item = item.strip(" ,.")
        stop = self.lex.cue("area_stop")
        endings = tuple(self.lex.cue_words.get("verb_ending", []))
        if re.search(r"\d", item) or len(item.split()) > 8 or (endings and any(
                fold(word).endswith(endings) for word in item.split())):
            return None
        if self.lex.places.get(tuple(forms_of(item).split())):
            return None
        if len(item) < 3 or (stop and stop.search(fold(item))):
            return None
        void = self.lex.cue("area_void")
        if void and all(void.fullmatch(word) or len(word) < 2 for word in fold(item).split()):
            return None
        if self.lex.titles.search(fold(item)) or any(fold(item).startswith(k[0]) for k in self.lex.kinds):
            return None
        return item.lower() if not item.isupper() else item

    def _subject_of(self, title: str) -> str | None:
        if "—" in title:
            return None
        folded = _fold_in_place(title)
        kind = self._kind_at(folded, 0)
        if not kind:
            return None
        rest = title[kind[3]:]
        rest = re.split(r"\s(?:entre|между)\s", rest)[0]
        cues = self._overlapping("area", _fold_in_place(rest))
        if cues:
            rest = rest[max(m.end() for m in cues):]
        else:
            rest = re.sub(r"^\s*(?:de cooperation|de coopération|о сотрудничестве)\b", "", rest)
            rest = re.sub(r"^\s*(?:sur|relatif à|en matière de|de|d'|du|о|об|по)\s*", "", rest)
        return self._tidy_area(rest)

    def category(self, topic: str) -> str:
        """The vocabulary category of a field, from the words the language's data file lists for each."""
        folded = _fold_in_place(topic)
        return next((category for category, pattern in self.lex.categories if pattern.search(folded)), "other")

    # --- the rest of the document -----------------------------------------------------------------

    def visit_type(self) -> str | None:
        """The first kind a phrase names; talks during something the text calls a visit are no 'meeting'."""
        text = " ".join(self.folded[i] for i in range(len(self.sentences)) if i not in self.backdrop)
        visit = self.lex.cue("visit_word")
        for pattern, kind in self.lex.visit_kinds:
            if pattern and pattern.search(text):
                if kind == "meeting" and visit and visit.search(text):
                    continue
                return kind
        return None

    def headline(self) -> str | None:
        for start, end in self.article.lines[:3]:
            line = self.article.clean(start, end)
            if re.fullmatch(r"(?:date\s+)?[\d/ .:-]+\w*", line) or line.lower().startswith("date "):
                continue
            if len(line) < 160 and not line.endswith((".", ":")) and len(line.split()) >= 4:
                self._note("title", start, end, 0.7)
                return line
            break
        return None

    def _note(self, path: str, start: int, end: int, confidence: float) -> None:
        if end > start:
            self.evidence[path] = Evidence(start, end, round(confidence, 2))


def read(text: str, language: str, today: dt.date | None = None) -> Extraction:
    """Read a release in a language known from data files into a visit document, with its evidence."""
    reader = _Reader(text, language, today)
    people = reader.people()
    host, guest, side_evidence = reader.sides(people)
    for path, (start, end, *confidence) in side_evidence.items():
        reader._note(path, start, end, confidence[0] if confidence else 0.75)
    reader.assign_sides(people, host, guest)
    city, city_span = reader.visit_city(host)
    if city_span:
        reader._note("city", *city_span, 0.75)
    taking_part = reader.taking_part(people, host, guest)
    start, end = reader.dates()
    agreements = reader.agreements()
    areas = reader.areas(agreements)
    participants = []
    taking_part.sort(key=lambda person: person.side != "host")  # host side first, as the English reader does
    for index, person in enumerate(taking_part):
        first = next(m for m in person.mentions if m.strong)
        reader._note(f"participants[{index}].name", first.start, first.end, 0.8 if first.title else 0.5)
        if person.title_span:
            reader._note(f"participants[{index}].title", *person.title_span, 0.7)
        reader._note(f"participants[{index}].side", first.title_start, first.end, person.confidence)
        participants.append({"name": person.name, "title": person.title, "side": person.side,
                             "role": "member",
                             "organization": None})
    _mark_heads(participants)
    for index, (_, begin, finish) in enumerate(areas):
        reader._note(f"cooperation_areas[{index}].topic", begin, finish, 0.5)
    for index, document in enumerate(agreements):
        reader._note(f"agreements[{index}].title", document.start, document.end, 0.6)
        reader._note(f"agreements[{index}].kind", document.start, document.end, 0.6)
    if reader.article.source_span and re.match(r"(?:https?://|www\.)\S+$", reader.article.source or ""):
        reader._note("source", *reader.article.source_span, 1.0)
    title = reader.headline() or title_from_url(reader.article.source) or ""
    document = {
        "title": title,
        "host_country": name_for_code(host),
        "guest_country": name_for_code(guest),
        "city": city,
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat() if end else None,
        "visit_type": reader.visit_type(),
        "level": None,
        "status": None,
        "summary": "",
        "significance": None,
        "source": reader.article.source if reader.article.source and re.match(r"(?:https?://|www\.)\S+$",
                                                                                reader.article.source) else None,
        "participants": participants,
        "cooperation_areas": [{"topic": topic, "category": reader.category(topic), "notes": None}
                              for topic, _, _ in areas],
        "agreements": [{"title": a.title, "kind": a.kind, "status": "signed", "signed_on": None, "signatories": []}
                       for a in agreements],
        "history": [],
        "quotes": [],
        "talking_points": [],
        "follow_ups": [],
    }
    document["summary"] = local_summary(document, language)
    document["title"] = document["title"] or local_composed_title(document, language)
    return Extraction(document, dict(reader.evidence))


def _mark_heads(participants: list[dict]) -> None:
    """The first named on each side heads it."""
    for side in ("host", "guest"):
        first = True
        for person in participants:
            if person["side"] == side:
                person["role"] = "head of delegation" if first else "member"
                first = False


def _fold_in_place(text: str) -> str:
    """`fold` without changing the length, so that offsets found in the folded text hold in the original."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(char: str) -> str:
    folded = fold(char) if not char.isspace() else " "
    return folded if len(folded) == 1 else char.lower()[:1] or " "


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:-–—")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _unique(found: list[Found]) -> list[Found]:
    result: list[Found] = []
    for item in found:
        key = fold(item.title)
        if any(fold(other.title) == key for other in result):
            continue
        result.append(item)
    return result


def _unique_areas(items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    result: list[tuple[str, int, int]] = []
    for item in items:
        key = fold(item[0])
        if any(fold(other[0]) == key or (fold(other[0]).startswith(key[:6]) and len(key.split()) == 1
               and len(fold(other[0]).split()) == 1) for other in result):
            continue
        result.append(item)
    return result
