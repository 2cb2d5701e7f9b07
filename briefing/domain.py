"""The records of a visit and the rules they must satisfy (no Qt, no SQL).

Each record is a plain dataclass whose fields match what a user edits in its form.
`validate_*` functions return {field: message} for everything wrong, empty when valid,
so forms can show each message next to its field and imports can report them all.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace

from briefing import vocabulary as v
from briefing.countries import name_for_code
from briefing.messages import say

MAX_TITLE = 500
MAX_NAME = 300
MAX_SHORT_TEXT = 1_000
MAX_LONG_TEXT = 50_000

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Control characters nobody types (tab and line breaks are fine): they corrupt exports and terminals.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
QUOTED_AT_MOST = 100  # characters of a bad value repeated in a message


def shortened(text: str, at_most: int = QUOTED_AT_MOST) -> str:
    """A value to quote in a message: at most `at_most` characters, an ellipsis saying more was cut."""
    return text if len(text) <= at_most else text[:at_most - 1] + "…"


@dataclass(kw_only=True)
class Record:
    """What every stored record carries: its integer id, its stable UUID and its timestamps."""

    id: int | None = None
    uuid: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


@dataclass(kw_only=True)
class VisitRecord(Record):
    """A record that belongs to one visit, kept in the order the user gives."""

    visit_id: int | None = None
    position: int = 0


@dataclass(kw_only=True)
class Visit(Record):
    """A visit or ministerial meeting: the record everything else hangs from."""

    title: str = ""
    host_country: str | None = None  # ISO 3166 alpha-2
    guest_country: str | None = None
    city: str = ""
    start_date: str | None = None  # ISO yyyy-mm-dd
    end_date: str | None = None
    visit_type: str | None = None
    level: str | None = None
    status: str | None = None
    summary: str = ""
    significance: str = ""
    source: str = ""


@dataclass(kw_only=True)
class Person(Record):
    """A person, one record however many visits they take part in."""

    name: str = ""
    organization: str = ""
    country: str | None = None
    biography: str = ""


def with_empty_fields_filled(visit: Visit, other: Visit) -> Visit:
    """`visit` with each field it leaves empty taken from `other` (a second account of the same visit)."""
    names = ("title", "host_country", "guest_country", "city", "start_date", "end_date", "visit_type", "level",
             "status", "summary", "significance", "source")
    return replace(visit, **{name: getattr(other, name) for name in names
                             if not getattr(visit, name) and getattr(other, name)})


def fold_name(text: str) -> str:
    """A name without accents and case, for finding people: 'Traoré' and 'TRAORE' both give 'traore'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(kw_only=True)
class Participant(VisitRecord):
    """A person's part in one visit: side, title held at the time, role."""

    person_id: int | None = None
    side: str = "guest"
    title: str = ""
    role: str | None = None
    person_name: str = ""  # read-only, joined from people


@dataclass(kw_only=True)
class CooperationArea(VisitRecord):
    """A topic discussed during the visit, with its category."""

    topic: str = ""
    category: str = "other"
    notes: str = ""


@dataclass(kw_only=True)
class Agreement(VisitRecord):
    """A document signed, or to be signed, during the visit."""

    title: str = ""
    kind: str = "agreement"
    status: str = "signed"
    signed_on: str | None = None
    signatory_ids: list[int] = field(default_factory=list)  # participant ids


@dataclass(kw_only=True)
class HistoryEntry(VisitRecord):
    """A dated fact of bilateral history: an earlier visit, an earlier agreement."""

    date: str | None = None  # yyyy, yyyy-mm or yyyy-mm-dd
    text: str = ""


@dataclass(kw_only=True)
class Quote(VisitRecord):
    """Words said by someone about the visit."""

    speaker: str = ""
    text: str = ""


@dataclass(kw_only=True)
class TalkingPoint(VisitRecord):
    """A key message for the minister."""

    text: str = ""


@dataclass(kw_only=True)
class FollowUp(VisitRecord):
    """An action promised during the visit, with who owns it and by when."""

    action: str = ""
    owner: str = ""
    due: str | None = None
    status: str = "open"


# Follow-up statuses that mean the action is still to do.
OPEN_FOLLOW_UP_STATUSES = ("open", "in progress")


# The kinds of record attached to a visit, in the order a visit document lists them (agreements after
# participants, whom they name as signatories). The store keeps each kind in the table of that name.
VISIT_RECORD_TYPES: dict[str, type[VisitRecord]] = {
    "participants": Participant,
    "cooperation_areas": CooperationArea,
    "agreements": Agreement,
    "history_entries": HistoryEntry,
    "quotes": Quote,
    "talking_points": TalkingPoint,
    "follow_ups": FollowUp,
}


class Problem(str):
    """What is wrong with one field, in the language of messages (briefing.messages), made from a message key
    and its arguments so that the window can say it in words of its own."""

    template: str
    args: tuple

    def __new__(cls, template: str, *args: object) -> Problem:
        problem = super().__new__(cls, say(template, *args))
        problem.template = template
        problem.args = args
        return problem


# The key of every message a Problem is made from (briefing/data/messages); the window has shorter texts of
# its own for most, shown under the field (briefing/gui/store_texts.py).
REQUIRED = "field.required"
TOO_LONG = "field.too_long"
CONTROL_CHARACTER = "field.control_character"
CHOOSE_ONE = "field.choose_one"
NOT_A_CHOICE = "field.not_a_choice"
CHOOSE_A_COUNTRY = "field.choose_a_country"
NOT_A_COUNTRY = "field.not_a_country"
SAME_COUNTRIES = "field.same_countries"
NOT_AN_ISO_DATE = "field.not_an_iso_date"
NOT_A_REAL_DATE = "field.not_a_real_date"
END_BEFORE_START = "field.end_before_start"
CHOOSE_A_PERSON = "field.choose_a_person"
NOT_A_PARTIAL_DATE = "field.not_a_partial_date"
ALREADY_TAKES_PART = "field.already_takes_part"
SIGNATORY_ELSEWHERE = "field.signatory_elsewhere"
# A visit document's own rules (imports, the press-release review): no full stop, as they are listed.
UNKNOWN_COUNTRY = "field.unknown_country"
LISTED_TWICE = "field.listed_twice"
NOT_A_PARTICIPANT = "field.not_a_participant"
NOT_BASE64 = "field.not_base64"
NOT_ITS_SHA256 = "field.not_its_sha256"
ATTACHMENT_OVER_LIMITS = "field.attachment_over_limits"
PROBLEM_TEMPLATES = (REQUIRED, TOO_LONG, CONTROL_CHARACTER, CHOOSE_ONE, NOT_A_CHOICE, CHOOSE_A_COUNTRY,
                     NOT_A_COUNTRY, SAME_COUNTRIES, NOT_AN_ISO_DATE, NOT_A_REAL_DATE, END_BEFORE_START,
                     CHOOSE_A_PERSON, NOT_A_PARTIAL_DATE, ALREADY_TAKES_PART, SIGNATORY_ELSEWHERE,
                     UNKNOWN_COUNTRY, LISTED_TWICE, NOT_A_PARTICIPANT, NOT_BASE64, NOT_ITS_SHA256,
                     ATTACHMENT_OVER_LIMITS)


# The files a visit keeps (briefing.store.attachments): the limits the window and the command line state.
MEBIBYTE = 1024 * 1024
MAX_ATTACHMENT_BYTES = 25 * MEBIBYTE  # one file: a scanned memorandum or a set of photos, not a video
MAX_VISIT_ATTACHMENT_BYTES = 200 * MEBIBYTE  # all of a visit's files: a desk's years of backups stay movable


def megabytes(size: int) -> str:
    """A size in MB as the limits are stated (one decimal below 10 MB)."""
    value = size / MEBIBYTE
    return f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"


class ValidationError(ValueError):
    """A record broke the rules; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {message}" for name, message in self.errors.items()))


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date for an ISO yyyy-mm-dd string; None for empty; ValueError when not a real date."""
    problem = _date_problem(value or "")
    if problem is not None:
        raise ValueError(problem.rstrip("."))
    return dt.date.fromisoformat(value) if value else None


def _date_problem(value: str) -> Problem | None:
    """What is wrong with an ISO date string, or None when it is empty or a real date."""
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Problem(NOT_AN_ISO_DATE, value)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return Problem(NOT_A_REAL_DATE, value)
    return None


def _check_text(errors: dict[str, str], name: str, value: str | None, limit: int, required: bool = False,
                label: str = "") -> None:
    text = value or ""
    if required and not text.strip():
        errors[name] = Problem(REQUIRED, label or name.replace('_', ' ').capitalize())
    elif len(text) > limit:
        errors[name] = Problem(TOO_LONG, len(text), limit)
    elif found := CONTROL_CHARACTERS.search(text):
        errors[name] = Problem(CONTROL_CHARACTER, f"U+{ord(found.group()):04X}")


def _check_choice(errors: dict[str, str], name: str, value: str | None, choices: tuple[str, ...],
                  required: bool = False) -> None:
    if value in (None, ""):
        if required:
            errors[name] = Problem(CHOOSE_ONE, name.replace('_', ' '))
        return
    if value not in choices:
        errors[name] = Problem(NOT_A_CHOICE, value, name.replace('_', ' '), ', '.join(choices))


def _check_country(errors: dict[str, str], name: str, code: str | None, required: bool) -> None:
    if not code:
        if required:
            errors[name] = Problem(CHOOSE_A_COUNTRY)
        return
    if name_for_code(code) is None:
        errors[name] = Problem(NOT_A_COUNTRY, code)


def _check_date(errors: dict[str, str], name: str, value: str | None) -> dt.date | None:
    problem = _date_problem(value or "")
    if problem is not None:
        errors[name] = problem
        return None
    return parse_iso_date(value)


def validate_visit(visit: Visit) -> dict[str, str]:
    """Everything wrong with a visit, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "title", visit.title, MAX_TITLE, required=True)
    _check_country(errors, "host_country", visit.host_country, required=True)
    _check_country(errors, "guest_country", visit.guest_country, required=True)
    if (visit.host_country and visit.host_country == visit.guest_country
            and "host_country" not in errors):
        errors["guest_country"] = Problem(SAME_COUNTRIES)
    _check_text(errors, "city", visit.city, MAX_NAME)
    start = _check_date(errors, "start_date", visit.start_date)
    end = _check_date(errors, "end_date", visit.end_date)
    if start and end and end < start:
        errors["end_date"] = Problem(END_BEFORE_START)
    _check_choice(errors, "visit_type", visit.visit_type, v.VISIT_TYPES)
    _check_choice(errors, "level", visit.level, v.LEVELS)
    _check_choice(errors, "status", visit.status, v.VISIT_STATUSES)
    _check_text(errors, "summary", visit.summary, MAX_LONG_TEXT)
    _check_text(errors, "significance", visit.significance, MAX_SHORT_TEXT)
    _check_text(errors, "source", visit.source, MAX_SHORT_TEXT)
    return errors


def validate_person(person: Person) -> dict[str, str]:
    """Everything wrong with a person, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "name", person.name, MAX_NAME, required=True)
    _check_text(errors, "organization", person.organization, MAX_NAME)
    _check_country(errors, "country", person.country, required=False)
    _check_text(errors, "biography", person.biography, MAX_LONG_TEXT)
    return errors


def validate_participant(participant: Participant) -> dict[str, str]:
    """Everything wrong with a participation, by field."""
    errors: dict[str, str] = {}
    if participant.person_id is None:
        errors["person_id"] = Problem(CHOOSE_A_PERSON)
    _check_choice(errors, "side", participant.side, v.SIDES, required=True)
    _check_text(errors, "title", participant.title, MAX_SHORT_TEXT)
    _check_choice(errors, "role", participant.role, v.ROLES)
    return errors


def validate_area(area: CooperationArea) -> dict[str, str]:
    """Everything wrong with a cooperation area, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "topic", area.topic, MAX_NAME, required=True)
    _check_choice(errors, "category", area.category, v.AREA_CATEGORIES, required=True)
    _check_text(errors, "notes", area.notes, MAX_LONG_TEXT)
    return errors


def validate_agreement(agreement: Agreement) -> dict[str, str]:
    """Everything wrong with an agreement, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "title", agreement.title, MAX_TITLE, required=True)
    _check_choice(errors, "kind", agreement.kind, v.AGREEMENT_KINDS, required=True)
    _check_choice(errors, "status", agreement.status, v.AGREEMENT_STATUSES, required=True)
    _check_date(errors, "signed_on", agreement.signed_on)
    return errors


def validate_history_entry(entry: HistoryEntry) -> dict[str, str]:
    """Everything wrong with a history entry, by field."""
    errors: dict[str, str] = {}
    if entry.date:
        if not _PARTIAL_DATE.match(entry.date):
            errors["date"] = Problem(NOT_A_PARTIAL_DATE, entry.date)
        else:
            padded = entry.date + "-01-01"[len(entry.date) - 4:]
            try:
                dt.date.fromisoformat(padded)
            except ValueError:
                errors["date"] = Problem(NOT_A_REAL_DATE, entry.date)
    _check_text(errors, "text", entry.text, MAX_LONG_TEXT, required=True)
    return errors


def validate_quote(quote: Quote) -> dict[str, str]:
    """Everything wrong with a quote, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "speaker", quote.speaker, MAX_NAME)
    _check_text(errors, "text", quote.text, MAX_LONG_TEXT, required=True)
    return errors


def validate_talking_point(point: TalkingPoint) -> dict[str, str]:
    """Everything wrong with a talking point, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "text", point.text, MAX_SHORT_TEXT * 5, required=True)
    return errors


def validate_follow_up(follow_up: FollowUp) -> dict[str, str]:
    """Everything wrong with a follow-up action, by field."""
    errors: dict[str, str] = {}
    _check_text(errors, "action", follow_up.action, MAX_SHORT_TEXT * 5, required=True)
    _check_text(errors, "owner", follow_up.owner, MAX_NAME)
    _check_date(errors, "due", follow_up.due)
    _check_choice(errors, "status", follow_up.status, v.FOLLOW_UP_STATUSES, required=True)
    return errors
