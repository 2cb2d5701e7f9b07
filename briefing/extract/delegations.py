"""Who took part, on which side, and who led each delegation."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.countries import name_for_code
from briefing.extract.cues import PersonCues
from briefing.extract.people import Person
from briefing.extract.roles import level_for_title, same_office
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


def participants(people: list[Person], cues: dict[int, PersonCues], host: str | None, guest: str | None,
                 publisher: str | None = None) -> list[Participant]:
    """People who took part, host side first and heads of delegation first; `publisher` wrote the article."""
    taking_part = [p for p in people if cues[id(p)].takes_part and (p.country is None or p.country in (host, guest))]
    default = _unmarked_side(taking_part, host, guest, publisher)
    sides: dict[int, tuple[str, float]] = {}
    for person in taking_part:
        side, confidence = _side(person, cues[id(person)], host, guest)
        if side:
            sides[id(person)] = side, confidence
    pending = [p for p in taking_part if id(p) not in sides]
    away = "guest" if default == "host" else "host"
    while pending:
        # Across the table from someone placed, or from the article's protagonist: the other side;
        # with no one placed, the house's side.
        placed = [(p, _across(p, cues, sides) or (away if cues[id(p)].across_from_house else None)) for p in pending]
        for person, side in placed:
            if side:
                sides[id(person)] = side, 0.7
        if not any(side for _, side in placed):
            sides[id(pending[0])] = default, 0.5
        pending = [p for p in pending if id(p) not in sides]
    _counterpart_titles(taking_part, cues)
    return _ordered([(p, *sides[id(p)]) for p in taking_part], cues)


def _counterpart_titles(people: list[Person], cues: dict[int, PersonCues]) -> None:
    """A counterpart named without an office holds the other's ('her Chilean counterpart X')."""
    for person in people:
        partner = cues[id(person)].counterpart_of
        if person.title is None and partner is not None and partner.title:
            person.title = same_office(partner.title, name_for_code(person.country))


def _across(person: Person, cues: dict[int, PersonCues], sides: dict[int, tuple[str, float]]) -> str | None:
    """The side opposite a counterpart or someone met whose side is known."""
    partners = [cues[id(person)].counterpart_of, *cues[id(person)].opposite]
    for partner in partners:
        if partner is not None and id(partner) in sides:
            return "guest" if sides[id(partner)][0] == "host" else "host"
    return None


def _side(person: Person, person_cues: PersonCues, host: str | None, guest: str | None
          ) -> tuple[str | None, float]:
    if person.country and person.country == host:
        return "host", 0.9
    if person.country and person.country == guest:
        return "guest", 0.9
    visiting, hosting = len(person_cues.visiting), len(person_cues.hosting) + len(person_cues.at_home)
    if visiting != hosting:
        return ("guest" if visiting > hosting else "host"), 0.75
    if person_cues.companion:
        return "guest", 0.65
    return None, 0.0


def _unmarked_side(people: list[Person], host: str | None, guest: str | None, publisher: str | None) -> str:
    """People named without a country usually belong to the side the article is written from."""
    if publisher and publisher in (host, guest):
        return "host" if publisher == host else "guest"
    marked_host = sum(1 for p in people if p.country and p.country == host)
    marked_guest = sum(1 for p in people if p.country and p.country == guest)
    return "guest" if marked_host and not marked_guest else "host"


def _ordered(sided: list[tuple[Person, str, float]], cues: dict[int, PersonCues]) -> list[Participant]:
    guests = [p for p, s, _ in sided if s == "guest"]
    hosts = [p for p, s, _ in sided if s == "host"]
    heads: dict[str, Person] = {}
    if guests:  # the one the text shows arriving, else the most senior
        heads["guest"] = max(guests, key=lambda p: (len(cues[id(p)].visiting), _seniority(p), -p.first.name_start))
    if hosts:  # the visitor's counterpart or peer, the one receiving or named with them, else the most senior
        guest_head = heads.get("guest")
        heads["host"] = max(hosts, key=lambda p: (
            guest_head is not None and cues[id(p)].counterpart_of is guest_head,
            guest_head is not None and _seniority(p) == _seniority(guest_head) > 0,  # a prime minister's PM
            bool(cues[id(p)].hosting),
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
