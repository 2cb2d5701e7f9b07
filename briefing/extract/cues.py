"""Who came and who received: the clues in a sentence that tell the visitor from the host.

"X arrived in ...", "X, who is paying a visit ...", "X was received by Y", "Y gave a lunch in
honour of X", "travelling with him are ...": each marks a person as visiting, hosting or
accompanying, and "the Russian minister came to Baku" marks a country as the visiting one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefing.extract.gazetteer import country_mentions
from briefing.extract.people import Mention, Person
from briefing.extract.roles import MENTION_ONLY, PARTICIPATION
from briefing.extract.text import Article, Sentence

_ARRIVAL = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|returned)\b"
    r"|\b(?:reached|came to|comes to|left|leave|leaving|departed|travelled to|traveled to|visited)"
    r"\s+(?:the\s+)?[A-Z]"
    r"|\b(?:will|to)\s+(?:visit|travel to)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:pay|paid|pays|paying|began|begun|begins|started|starts|kicked off|concluded|wrapped up|ended)"
    r"\s+(?:\S+\s+){0,4}?visit"
    r"|\bvisit (?:he|she|they) (?:paid|made)\b"
    r"|\b(?:is|was|are|were)\s+(?:in\s+[A-Z]|on\s+(?:a|an|his|her|their)\b[^.;]{0,30}visit)")
_ON_A_VISIT = re.compile(r"\bin\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,?\s+(?:on|for)\s+"
                         r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}visit")
_PASSIVE_WELCOME = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+){0,2}?(?:received|welcomed|hosted"
                              r"|greeted|met)\b(?P<by>(?:\s+\S+){0,6}?\s+by\b)?")
_HOSTING = re.compile(r"\b(?:received|receives|receiving|welcomed|welcomes|hosted|hosts|greeted|invited"
                      r"|gave\s+a\s+(?:lunch|dinner|banquet|reception)|hosted\s+a\s+\w+)\b")
_HONOURING = re.compile(r"\bin (?:honour|honor) of\b|\bvisiting\s+(?=[A-Z])"
                        r"|\bvisit(?:\s+to\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s+(?:of|by)\s+")
# "paid a courtesy call on President X", "at the invitation of Speaker Y": X and Y are at home (the caller
# may be a host minister calling on a visiting president, so the caller's side stays open).
_AT_HOME = re.compile(r"\b(?:courtesy call|call(?:ed|s|ing)?)\s+(?:on|upon|to)\s+|\bat the invitation of\s+")
_COMPANY = re.compile(r"\b(?:[Tt]ravelling with|[Tt]raveling with|accompanied by|[Aa]ccompanying|along with"
                      r"|delegation (?:included|includes|comprising|consisting of))\b")
_COUNTERPART = re.compile(r"\bcounterparts?\b")
# The article's own protagonist, named by office or pronoun: "In Accra, the Prime Minister held talks with X".
_PROTAGONIST = re.compile(r"(?:^|,\s+)(?:[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Minister|President|Secretary|Chancellor"
                          r"|Premier|King|Emir|Amir|Leader)|He|She|he|she)(?:\s+(?:also|then|later))?(?:\s+\S+)?\s*$")
# "X met with Y", "X held talks with Y": the two sit on opposite sides of the table.
_MEETING = re.compile(r"\b(?:met|meets|talks|talked|conferred|spoke|negotiations|consultations)\s+(?:with\s+)?")
_VISITING_SIDE = re.compile(r"\b(?:minister|president|prime minister|delegation|leader|secretary|king|emir|"
                            r"premier|chancellor|envoy|side)\b[^.;]{0,30}?\b(?:came|arrived|arrives|visiting|"
                            r"visited|reached|landed|is paying|paid)\b", re.IGNORECASE)
_VISITING_ADJECTIVE = re.compile(r"\bvisiting\s+")
_PRONOUN = re.compile(r"He|She|he|she")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_VISIT_OF = re.compile(r"\bvisit of\b(?P<who>[^.;]{0,90}?)\bto\b")

# Acts told as done; an article without any announces a visit still to come.
_DONE = re.compile(r"\b(?:met|held|received|welcomed|hosted|greeted|signed|inked|attended|joined|accompanied|visited"
                   r"|arrived|reached|came|paid|led|headed|co-chaired|chaired|discussed|agreed|conducted|exchanged"
                   r"|witnessed|talked|reviewed|adopted)\b|\b(?:is|are)\s+(?:paying|visiting|on\s+(?:a|an|his|her)\b)")
# A meeting still to come: "will also meet", "is scheduled to hold a meeting with".
_FUTURE_LEAD = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+to"
                          r"|(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|due|set|slated|going)\s+to"
                          r"|plans?\s+to|intends?\s+to)\b[^.;]{0,80}$")
# People who speak about a visit without taking part in it.
_REPORTER = re.compile(r"spokes\w*|press secretary|correspondent|reporter|journalist|analyst|editor|commentator",
                       re.IGNORECASE)

Placed = tuple[Mention, Person]


@dataclass
class PersonCues:
    """What the text says a person did."""

    visiting: list[int] = field(default_factory=list)  # offsets of the clues
    hosting: list[int] = field(default_factory=list)
    at_home: list[int] = field(default_factory=list)  # called on or inviting: the host side, not its head
    companion: bool = False
    counterpart_of: Person | None = None
    opposite: list[Person] = field(default_factory=list)  # people met across the table
    across_from_house: bool = False  # met by the article's own protagonist ("The Minister met X")
    takes_part: bool = False


def person_cues(article: Article, people: list[Person], backdrop: set[int]) -> dict[int, PersonCues]:
    """Cues for every person, keyed by id(person); `backdrop` holds starts of sentences to ignore."""
    cues = {id(p): PersonCues() for p in people}
    by_sentence: dict[int, list[Placed]] = {}
    for person in people:
        for mention in person.mentions:
            by_sentence.setdefault(mention.sentence.start, []).append((mention, person))
    told = [s for s in article.sentences if s.start not in backdrop]
    announcement = not any(_DONE.search(s.text) for s in told)
    subject: Placed | None = None  # the last sentence's first person, whom "He met ..." goes on about
    for sentence in told:
        placed = sorted(by_sentence.get(sentence.start, []), key=lambda item: item[0].name_start)
        if not placed:
            continue
        _take_part(sentence, placed, cues, announcement)
        _visiting_and_hosting(sentence, placed, cues, subject)
        for mention, person in placed:  # told arriving or receiving: taking part even without a meeting word
            merely_named = MENTION_ONLY.search(sentence.text[:mention.name_start - sentence.start])
            if (cues[id(person)].visiting or cues[id(person)].hosting) and not merely_named:
                cues[id(person)].takes_part = True
        subject = placed[0]
    return cues


def _take_part(sentence: Sentence, placed: list[Placed], cues: dict[int, PersonCues], announcement: bool) -> None:
    """Named in a sentence that tells of the meeting; a meeting still to come counts only in an announcement."""
    text = sentence.text
    acts = [m for m in PARTICIPATION.finditer(text) if announcement or not _is_future(text, m)]
    for mention, person in placed:
        before = text[:mention.name_start - sentence.start]
        if MENTION_ONLY.search(before) or (person.title and _REPORTER.search(person.title)):
            continue
        latest = list(PARTICIPATION.finditer(before))
        if latest and not announcement and _is_future(text, latest[-1]):
            continue  # "will also meet the Speaker": someone the visitor has yet to meet
        if acts or (mention.title and "counterpart" in mention.title.lower()):
            cues[id(person)].takes_part = True


def _is_future(text: str, act: re.Match[str]) -> bool:
    return not _DONE.fullmatch(act.group()) and bool(_FUTURE_LEAD.search(text, 0, act.start()))


def _visiting_and_hosting(sentence: Sentence, placed: list[Placed], cues: dict[int, PersonCues],
                          previous_subject: Placed | None = None) -> None:
    text = sentence.text
    used: list[tuple[int, int]] = []
    for match in _PASSIVE_WELCOME.finditer(text):
        used.append(match.span())
        _mark(_before(sentence, placed, match.start()), cues, "visiting", sentence.at(match.start()))
        if match.group("by"):
            _mark(_after(sentence, placed, match.end()), cues, "hosting", sentence.at(match.start()))
    for match in _HOSTING.finditer(text):
        if any(a <= match.start() < b for a, b in used):
            continue
        _mark(_before(sentence, placed, match.start()), cues, "hosting", sentence.at(match.start()))
        _mark(_after(sentence, placed, match.end(), reach=60), cues, "visiting", sentence.at(match.start()))
    for pattern in (_ARRIVAL, _ON_A_VISIT):
        for match in pattern.finditer(text):
            if not any(a <= match.start() < b for a, b in used):
                _mark(_before(sentence, placed, match.start()), cues, "visiting", sentence.at(match.start()))
    for match in _HONOURING.finditer(text):
        if MENTION_ONLY.search(text[:match.end()]):
            continue
        _mark(_after(sentence, placed, match.end(), reach=90), cues, "visiting", sentence.at(match.start()))
    for match in _AT_HOME.finditer(text):
        _mark(_after(sentence, placed, match.end(), reach=60), cues, "at_home", sentence.at(match.start()))
    for match in _COMPANY.finditer(text):
        for mention, person in placed:
            if mention.name_start >= sentence.at(match.end()):
                cues[id(person)].companion = True
    for match in _COUNTERPART.finditer(text):
        named = _after(sentence, placed, match.end(), reach=4) or _before(sentence, placed, match.start(), reach=40)
        if not named:
            continue
        subject = _before(sentence, placed, named[0].name_start - sentence.start)
        if subject and subject[1] is not named[1]:
            cues[id(named[1])].counterpart_of = subject[1]
            cues[id(subject[1])].counterpart_of = named[1]
    for (first, one), (second, other) in itertools.pairwise(placed):
        if first.title_span and first.title_span == second.title_span and one is not other:  # one plural title
            cues[id(one)].opposite.append(other)
            cues[id(other)].opposite.append(one)
    for match in _MEETING.finditer(text):
        named = _after(sentence, placed, match.end(), reach=60)
        subject = _first_before(sentence, placed, match.start())
        if not named:  # "Wang Jun and Ivan Petrov held talks"
            named = _before(sentence, placed, match.start(), reach=30)
            subject = _before(sentence, placed, named[0].name_start - sentence.start, reach=6) if named else None
        protagonist = _PROTAGONIST.search(text, 0, match.start()) if named and not subject else None
        if protagonist and _PRONOUN.fullmatch(protagonist.group().strip(" ,").split()[0]) and previous_subject:
            subject = previous_subject  # "He met ...": the one the last sentence was about
        for met in _listed_from(sentence, placed, named) if named else []:
            if subject and subject[1] is not met[1]:
                cues[id(met[1])].opposite.append(subject[1])
                cues[id(subject[1])].opposite.append(met[1])
            elif protagonist:
                cues[id(met[1])].across_from_house = True


def _listed_from(sentence: Sentence, placed: list[Placed], first: Placed) -> list[Placed]:
    """`first` and the people listed right after it ("met A, Deputy Prime Minister B and Foreign Minister C")."""
    listed = [first]
    for item in placed[placed.index(first) + 1:]:
        previous = listed[-1][0]
        start = item[0].title_span[0] if item[0].title_span else item[0].name_start
        if not _LIST_GLUE.fullmatch(sentence.text, previous.name_end - sentence.start, start - sentence.start):
            break
        listed.append(item)
    return listed


def _before(sentence: Sentence, placed: list[Placed], local: int, reach: int = 220) -> Placed | None:
    cut = sentence.at(local)
    earlier = [item for item in placed if item[0].name_end <= cut and cut - item[0].name_end <= reach]
    return earlier[-1] if earlier else None


def _first_before(sentence: Sentence, placed: list[Placed], local: int) -> Placed | None:
    """The sentence's subject: the first person named before a verb ("X paid a call to Y and met Z")."""
    return next((item for item in placed if item[0].name_end <= sentence.at(local)), None)


def _after(sentence: Sentence, placed: list[Placed], local: int, reach: int = 120) -> Placed | None:
    cut = sentence.at(local)
    later = [item for item in placed if item[0].name_start >= cut and item[0].name_start - cut <= reach]
    return later[0] if later else None


def _mark(item: Placed | None, cues: dict[int, PersonCues], what: str, offset: int) -> None:
    if item is not None:
        getattr(cues[id(item[1])], what).append(offset)


def visiting_countries(article: Article, backdrop: set[int]) -> list[tuple[str, int, int]]:
    """(code, start, end) for countries shown as the visiting side without a named person."""
    found = []
    for sentence in article.sentences:
        if sentence.start in backdrop:
            continue
        for match in _VISITING_ADJECTIVE.finditer(sentence.text):
            named = country_mentions(sentence.text, None, match.end(), match.end() + 30)
            if named and named[0].start == match.end() and named[0].form == "adjective":
                found.append((named[0].code, sentence.at(named[0].start), sentence.at(named[0].end)))
        for match in _VISITING_SIDE.finditer(sentence.text):
            window_start = max(0, match.start() - 25)
            named = country_mentions(sentence.text, None, window_start, match.start() + 1)
            if named and named[-1].form == "adjective":
                found.append((named[-1].code, sentence.at(named[-1].start), sentence.at(match.end())))
        for match in _VISIT_OF.finditer(sentence.text):
            named = country_mentions(sentence.text, None, match.start("who"), match.end("who"))
            if named:
                found.append((named[0].code, sentence.at(named[0].start), sentence.at(named[0].end)))
    return found
