"""Who took part, on which side, and who led each delegation."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.extract.cues import PersonCues
from briefing.extract.people import Person
from briefing.extract.roles import level_for_title
from briefing.vocabulary import LEVELS

# Higher is more senior; used to pick the head of a delegation.
_SENIORITY = {level: len(LEVELS) - i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Participant:
    """A person who took part, with side, role and how sure the side is."""

    person: Person
    side: str
    role: str
    confidence: float


def participants(people: list[Person], cues: dict[int, PersonCues], host: str | None, guest: str | None
                 ) -> list[Participant]:
    """People who took part, host side first and heads of delegation first."""
    taking_part = [p for p in people if cues[id(p)].takes_part and (p.country is None or p.country in (host, guest))]
    default = _unmarked_side(taking_part, host, guest)
    sided: list[tuple[Person, str, float]] = []
    for person in taking_part:
        side, confidence = _side(person, cues[id(person)], host, guest)
        sided.append((person, side, confidence))
    resolved = {id(p): s for p, s, _ in sided if s}
    result = []
    for person, side, confidence in sided:
        if side is None:
            partner = cues[id(person)].counterpart_of
            if partner is not None and id(partner) in resolved:
                side, confidence = ("guest" if resolved[id(partner)] == "host" else "host"), 0.7
            else:
                side, confidence = default, 0.5
        result.append((person, side, confidence))
    return _ordered(result, cues)


def _side(person: Person, person_cues: PersonCues, host: str | None, guest: str | None
          ) -> tuple[str | None, float]:
    if person.country and person.country == host:
        return "host", 0.9
    if person.country and person.country == guest:
        return "guest", 0.9
    visiting, hosting = len(person_cues.visiting), len(person_cues.hosting)
    if visiting != hosting:
        return ("guest" if visiting > hosting else "host"), 0.75
    if person_cues.companion:
        return "guest", 0.65
    return None, 0.0


def _unmarked_side(people: list[Person], host: str | None, guest: str | None) -> str:
    """People named without a country usually belong to the side the article is written from."""
    marked_host = sum(1 for p in people if p.country and p.country == host)
    marked_guest = sum(1 for p in people if p.country and p.country == guest)
    return "guest" if marked_host and not marked_guest else "host"


def _ordered(sided: list[tuple[Person, str, float]], cues: dict[int, PersonCues]) -> list[Participant]:
    guests = [p for p, s, _ in sided if s == "guest"]
    hosts = [p for p, s, _ in sided if s == "host"]
    heads: dict[str, Person] = {}
    if guests:  # the one the text shows arriving, else the most senior
        heads["guest"] = max(guests, key=lambda p: (len(cues[id(p)].visiting), _seniority(p), -p.first.name_start))
    if hosts:  # the visitor's counterpart, or the one receiving or named with them, else the most senior
        guest_head = heads.get("guest")
        heads["host"] = max(hosts, key=lambda p: (
            guest_head is not None and cues[id(p)].counterpart_of is guest_head, bool(cues[id(p)].hosting),
            _shares_sentence(p, guest_head), _seniority(p), -p.first.name_start))
    result = []
    for side in ("host", "guest"):
        ordered = sorted((item for item in sided if item[1] == side),
                         key=lambda item: (item[0] is not heads.get(side), item[0].first.name_start))
        for person, _, confidence in ordered:
            role = "head of delegation" if person is heads.get(side) else "member"
            result.append(Participant(person, side, role, confidence))
    return result


def _seniority(person: Person) -> int:
    return _SENIORITY.get(level_for_title(person.title) or "", 0)


def _shares_sentence(person: Person, other: Person | None) -> bool:
    if other is None:
        return False
    theirs = {m.sentence.start for m in other.mentions}
    return any(m.sentence.start in theirs for m in person.mentions)
