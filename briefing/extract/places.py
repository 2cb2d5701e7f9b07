"""Host, guest and city: where the visit happens and who comes.

The host is the country the visit goes to ("arrived in Astana", "visit to the Republic of
Maldives", "in Laos on an official visit"), or the one whose people receive the visitor. A
dateline counts for less: an agency writing from Kyiv about a visit to Tbilisi is not the host.
The guest is the visitor's country; failing that, the other country the article is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse
from weakref import WeakKeyDictionary

from briefing.countries import name_for_code
from briefing.extract.cues import PersonCues
from briefing.extract.gazetteer import city_countries, country_code, country_mentions
from briefing.extract.people import Person
from briefing.extract.text import Article, fold

_PLACE = r"(?:the\s+)?(?P<place>[A-Z][\w'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'.-]*){0,4})"
_STRONG_DESTINATIONS = [
    re.compile(r"\b(?:arrived|arrives|arriving|arrival|landed)\s+(?:in|at)\s+" + _PLACE),
    re.compile(r"\b(?:came|comes|coming|travel|travelled|traveled|travels|flew|headed)\s+to\s+" + _PLACE),
    re.compile(r"\breached\s+" + _PLACE),
    re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?" + _PLACE),
    re.compile(r"\bvisit\s+(?:\w+\s+){1,3}to\s+" + _PLACE),
    re.compile(r"\b(?:trip|stay)\s+to\s+" + _PLACE),
    re.compile(r"\bin\s+" + _PLACE + r",?\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}visit"),
    re.compile(r"\bvisit\s+of\b[^.;]{0,90}?\bto\s+" + _PLACE),
    re.compile(r"(?<![\w'])(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+visit\b"),
]
# Patterns whose place may be an adjective ("the Colombian part of his trip", "the Kazakh capital").
_ADJECTIVE_DESTINATIONS = [
    re.compile(r"\bthe\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:leg|part)\s+of\s+(?:his|her|the|their)\s+"
               r"(?:trip|tour|visit)"),
    re.compile(r"\b(?:in|to|at)\s+the\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+capital\b"),
]
_WEAK_DESTINATIONS = [
    re.compile(r"\b(?:is|was|are|were)\s+in\s+" + _PLACE),
    re.compile(r"\b(?:talks|meeting|meetings|negotiations|consultations|session|held|signed|met|received|hosted"
               r"|welcomed|summit|forum|conference|sidelines)\b[^;]{0,90}?\bin\s+" + _PLACE),
    re.compile(r"\b(?:leave|leaves|left|depart|departs|departed)\s+" + _PLACE),
]
_DATELINE = re.compile(r"^\W*(?P<place>[A-Z][A-Za-z'. ]{2,30}?)\s*(?:,\s*[A-Z][a-z]+\.?\s+\d"
                       r"|,\s*\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+[A-Z]"
                       r"|,\s*[A-Z][A-Za-z ]{2,30}\s-\s"
                       r"|\([A-Z]{2,12}\)\s*-"
                       r"|\s*\(\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}\)\s*[-\u2013\u2014]"  # "JAKARTA (6 June 2022) -"
                       r"|\s-\s|\s*[\u2022|])")
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|plans? to|then|next"
                     r"|(?:agreed|decided|expected|scheduled|due) to)\b")
_IN_CITY = re.compile(r"\b(?:in|at|to)\s+" + _PLACE)
# Country domains that sites anywhere use for their letters (.io, .tv, .me ...), not for their country.
_GENERIC_DOMAINS = {"io", "co", "me", "tv", "ai", "ly", "fm", "am", "to", "cc", "ws", "nu", "tk", "gg", "sh", "ac",
                    "im", "la", "vc", "so", "st", "cd", "ms"}


@dataclass(frozen=True)
class Place:
    """A place the text names: its country, and the city when it is one."""

    code: str
    city: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Sides:
    """The host and guest countries with the passages that show them."""

    host: str | None
    guest: str | None
    host_span: tuple[int, int] | None
    guest_span: tuple[int, int] | None
    host_confidence: float
    guest_confidence: float


def resolve_place(article: Article, start: int, text: str, prefer: set[str] = frozenset(),
                  adjectives: bool = False) -> Place | None:
    """The longest leading part of a capitalised phrase that is a country or a city.

    A country adjective counts only when asked for ("the Kazakh capital"): "visiting Vietnamese
    Prime Minister" names the visitor's country, not the destination.
    """
    words = text.split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        bare = re.sub(r"'s$", "", phrase.strip(".,"))
        end = start + len(bare)
        code = country_code(bare, adjectives)
        if code:
            return Place(code, None, start, end)
        cities = city_countries(bare)
        if cities:  # a name several countries' cities share: the one of a country the text names
            code = next((c for c in cities if c in (prefer or _named_countries(article))), cities[0])
            return Place(code, article.raw[start:end], start, end)
    return None


_NAMED_COUNTRIES: WeakKeyDictionary[Article, set[str]] = WeakKeyDictionary()


def _named_countries(article: Article) -> set[str]:
    """The countries the article names: they decide between cities of the same name ("Delhi")."""
    if article not in _NAMED_COUNTRIES:
        _NAMED_COUNTRIES[article] = {mention.code for mention in country_mentions(article.norm, article.raw)}
    return _NAMED_COUNTRIES[article]


def destinations(article: Article, backdrop: set[int]) -> list[tuple[Place, float]]:
    """Places the visit is said to go to, with a weight for how plainly the text says so."""
    found = []
    for sentence in article.sentences:
        if sentence.start in backdrop:
            continue
        for weight, patterns, adjectives in ((3.0, _STRONG_DESTINATIONS, False), (3.0, _ADJECTIVE_DESTINATIONS, True),
                                             (1.5, _WEAK_DESTINATIONS, False)):
            for pattern in patterns:
                for match in pattern.finditer(sentence.text):
                    place = resolve_place(article, sentence.at(match.start("place")), match.group("place"),
                                          adjectives=adjectives)
                    if place:  # a leg still to come counts for less than one under way
                        found.append((place, weight / 3 if _FUTURE.search(sentence.text[:match.start()]) else weight))
    return found


def dateline(article: Article) -> Place | None:
    """The city an article is filed from ("ASTANA -", "Accra, July 29, GNA-", "Vientiane (VNA) -")."""
    for start, end in article.lines[:6]:
        text = article.norm[start:end]
        text = re.sub(r"^\s*date\s+\d{4}-\d\d-\d\d\s+", lambda m: " " * len(m.group()), text)
        match = _DATELINE.match(text)
        if match:
            place = resolve_place(article, start + match.start("place"), match.group("place").title()
                                  if match.group("place").isupper() else match.group("place"))
            if place and place.city:
                return place
    return None


def city_name(article: Article, place: Place) -> str:
    """The city as written, in title case when the text shouts it ("ASTANA")."""
    written = article.clean(place.start, place.end)
    return written.title() if written.isupper() else written


def decide_sides(article: Article, people: list[Person], cues: dict[int, PersonCues],
                 visiting: list[tuple[str, int, int]], places: list[tuple[Place, float]],
                 filed_from: Place | None, backdrop: set[int]) -> Sides:
    """Pick the host and guest countries from destinations, visitors, receivers and mentions."""
    host_score: Counter[str] = Counter()
    guest_score: Counter[str] = Counter()
    host_spans: dict[str, tuple[int, int]] = {}
    guest_spans: dict[str, tuple[int, int]] = {}
    for place, weight in places:
        host_score[place.code] += weight
        host_spans.setdefault(place.code, (place.start, place.end))
    if filed_from:
        host_score[filed_from.code] += 1.0  # less than a meeting held in a named city
        host_spans.setdefault(filed_from.code, (filed_from.start, filed_from.end))
    for person in people:
        person_cues = cues[id(person)]
        if not person.country:
            continue
        span = person.title_span or (person.first.name_start, person.first.name_end)
        if person_cues.visiting:
            guest_score[person.country] += 3.0
            guest_spans.setdefault(person.country, span)
        if person_cues.hosting:
            host_score[person.country] += 2.0
            host_spans.setdefault(person.country, span)
    for code, start, end in visiting:
        guest_score[code] += 3.0
        guest_spans.setdefault(code, (start, end))
    mentions = _mention_counts(article, people, cues, backdrop)
    if filed_from:
        mentions[filed_from.code] += 1
    host = _best(host_score, guest_score, mentions)
    guest = _best(guest_score, host_score, mentions, exclude=host)
    if host is None and guest is None:
        host, guest = _pair_in_order(article, mentions)
    if host is None and guest is not None:
        host = _most_mentioned(mentions, exclude=guest)
    published = publisher_country(article)
    if guest is None and published != host:
        guest = published  # a ministry writing about its own minister's trip abroad
    if guest is None:
        guest = _most_mentioned(mentions, exclude=host)
    return Sides(host, guest, host_spans.get(host) or _first_span(article, host),
                 guest_spans.get(guest) or _first_span(article, guest),
                 0.9 if host in host_score else 0.5, 0.9 if guest in guest_score else 0.5)


def publisher_country(article: Article) -> str | None:
    """The country whose web domain published the article ('mfa.gov.vn' -> VN), if its source is a URL."""
    host_name = urlparse(article.source or "").hostname or ""
    suffix = host_name.rsplit(".", 1)[-1].upper()
    if len(suffix) != 2 or suffix.lower() in _GENERIC_DOMAINS:
        return None
    code = {"UK": "GB"}.get(suffix, suffix)
    return code if name_for_code(code) else None


def _best(score: Counter[str], against: Counter[str], mentions: Counter[str], exclude: str | None = None
          ) -> str | None:
    options = [(score[c] - against[c] / 2, mentions[c], c) for c in score if c != exclude and score[c] > 0]
    options = [o for o in options if o[0] > 0]
    return max(options)[2] if options else None


def _mention_counts(article: Article, people: list[Person], cues: dict[int, PersonCues], backdrop: set[int]
                    ) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in article.sentences:
        if sentence.start not in backdrop:
            for mention in country_mentions(article.norm, article.raw, sentence.start, sentence.end):
                counts[mention.code] += 1
    for person in people:
        if person.country and cues[id(person)].takes_part:
            counts[person.country] += 2
    return counts


def _pair_in_order(article: Article, mentions: Counter[str]) -> tuple[str | None, str | None]:
    """With nothing to tell them apart, the two countries most spoken of, the first-named as host.

    Headlines and leads usually name the receiving country first ("Laos, Cambodia foster ...").
    """
    pair = [code for code, _ in mentions.most_common(2)]
    if len(pair) < 2:
        return None, None
    first = {code: _first_span(article, code) or (len(article.raw), 0) for code in pair}
    pair.sort(key=lambda code: first[code][0])
    return pair[0], pair[1]


def _most_mentioned(counts: Counter[str], exclude: str | None) -> str | None:
    ranked = [(n, c) for c, n in counts.items() if c != exclude]
    return max(ranked)[1] if ranked else None


def _first_span(article: Article, code: str | None) -> tuple[int, int] | None:
    if code is None:
        return None
    for mention in country_mentions(article.norm, article.raw, article.body_start):
        if mention.code == code:
            return mention.start, mention.end
    return None


def visit_city(article: Article, host: str | None, places: list[tuple[Place, float]],
               filed_from: Place | None, backdrop: set[int]) -> Place | None:
    """The host-country city the text points to most: destinations, the dateline, cities named 'in ...'."""
    if host is None:
        return None
    candidates = [(place, weight) for place, weight in places if place.city and place.code == host]
    if filed_from and filed_from.code == host:
        candidates.append((filed_from, 2.0))
    for sentence in article.sentences:
        if sentence.start in backdrop:
            continue
        for match in _IN_CITY.finditer(sentence.text):
            place = resolve_place(article, sentence.at(match.start("place")), match.group("place"), {host})
            if place and place.code == host:
                written = article.raw[place.start:place.end]
                if place.city or host in city_countries(written):  # a city-state: "in Singapore"
                    candidates.append((Place(host, written, place.start, place.end), 1.0))
    scores: dict[str, float] = {}
    first: dict[str, Place] = {}
    for place, weight in candidates:
        key = fold(place.city or "")
        scores[key] = scores.get(key, 0.0) + weight
        if key not in first or place.start < first[key].start:
            first[key] = place
    if not scores:
        return None
    return first[max(scores, key=lambda key: (scores[key], -first[key].start))]
