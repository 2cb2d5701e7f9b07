"""Reading visit documents in: validate the whole file first, then write it in one transaction."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema

from briefing.document import records_from_document
from briefing.domain import CONTROL_CHARACTERS, shortened
from briefing.exchange.exporting import FORMAT

if TYPE_CHECKING:
    from briefing.store import Store

MAX_FILE_BYTES = 512 * 1024 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every SQLite database file
# JSON escapes that decode to a character CONTROL_CHARACTERS matches (raw ones are not valid inside JSON strings),
# or to half of a UTF-16 surrogate pair (one alone is no character: SQLite cannot store it as UTF-8).
_CONTROL_ESCAPE = re.compile(r"\\(?:[bf]|u00[01][0-9a-fA-F]|u007[fF]|u[dD][89a-fA-F][0-9a-fA-F]{2})")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class CheckedDocuments(list):
    """Visit documents that passed every check, with what `records_from_document` made of each.

    Writing them uses those records instead of making them again; the documents must not change in between.
    """

    records: list[tuple]


class ImportRefused(Exception):
    """The file cannot be imported; the message names the problem (and where) in one line."""


@dataclass
class ImportPlan:
    """What an import would do, worked out before anything is written."""

    people: list[dict[str, Any]]
    visits: list[dict[str, Any]]
    new_visits: int = 0
    updated_visits: int = 0
    unchanged_visits: int = 0
    new_people: int = 0
    agreements: int = 0
    changed: list[int] = field(default_factory=list)  # indexes into visits that need writing
    # New visits that may repeat stored ones (same countries on overlapping dates, or the same source):
    # index into visits -> ids of the stored visits.
    possible_duplicates: dict[int, list[int]] = field(default_factory=dict)

    def summary(self) -> str:
        """One sentence a user can confirm: '3 visits, 11 people, 4 agreements will be added; 1 visit updated'."""
        def count(n: int, noun: str) -> str:
            return f"{n} {noun}{'' if n == 1 else 's'}"

        people = f"{self.new_people} {'person' if self.new_people == 1 else 'people'}"
        added = [count(self.new_visits, "visit"), people, count(self.agreements, "agreement")]
        text = f"{', '.join(added)} will be added; {count(self.updated_visits, 'visit')} updated"
        if self.unchanged_visits:
            text += f"; {count(self.unchanged_visits, 'visit')} already up to date"
        if self.possible_duplicates:
            text += (f"; {count(len(self.possible_duplicates), 'new visit')} may repeat visits already stored "
                     "(same countries on overlapping dates, or the same source)")
        return text


@cache
def _schema() -> dict[str, Any]:
    return json.loads((Path(__file__).with_name("visit-export.schema.json")).read_text(encoding="utf-8"))


def _inline(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every {"$ref": "#/$defs/name"} replaced by that definition (none refers to itself).

    Code fastjsonschema generates for a $ref formats the path of each value it checks, valid or not;
    inlined, the same checks run without that, and report the same errors.
    """
    if isinstance(node, dict):
        if set(node) == {"$ref"} and node["$ref"].startswith("#/$defs/"):
            return _inline(definitions[node["$ref"].removeprefix("#/$defs/")], definitions)
        return {key: _inline(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node


@cache
def _validator(definition: str) -> Callable[[Any], Any]:
    definitions = _schema()["$defs"]
    return fastjsonschema.compile(_inline(definitions[definition], definitions))


def _path(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the top level"


def _quoted(value: Any) -> str:
    """A bad value as the message repeats it: quoted, and cut to about 100 characters."""
    return shortened(repr(value))


def _describe(error: fastjsonschema.JsonSchemaValueException) -> str:
    """A short message for a schema error that never repeats a long value."""
    rule, expected, value = error.rule, error.rule_definition, error.value
    if rule == "required":
        missing = [name for name in expected if name not in value]
        return f"{missing[0]!r} is a required property"
    if rule == "additionalProperties":
        known = (error.definition or {}).get("properties", {})
        return f"unknown field {shortened(', '.join(repr(name) for name in value if name not in known))}"
    if rule == "enum":
        return f"{_quoted(value)} is not one of {', '.join(repr(x) for x in expected if x is not None)}"
    if rule == "pattern":
        return f"{_quoted(value)} is not in the expected form (dates are YYYY-MM-DD)"
    if rule == "type":
        expected = expected if isinstance(expected, str) else " or ".join(expected)
        return f"expected {expected}, found {type(value).__name__}"
    if rule == "maxLength":
        return f"too long: {len(value):,} characters, at most {expected:,}"
    if rule == "minLength":
        return "must not be empty"
    if rule == "const":
        return f"expected {expected!r}, found {_quoted(value)}"
    return shortened(error.message)


def _schema_problem(instance: Any, definition: str, prefix: list) -> str | None:
    try:
        _validator(definition)(instance)
    except fastjsonschema.JsonSchemaValueException as error:
        where = [int(part) if part.isdigit() else part for part in error.path[1:]]
        return f"{_path(prefix + where)}: {_describe(error)}"
    return None


def _control_character(value: Any, path: list) -> str | None:
    if isinstance(value, str):
        found = CONTROL_CHARACTERS.search(value)
        if found:
            return f"{_path(path)}: contains the control character U+{ord(found.group()):04X}"
        found = _LONE_SURROGATE.search(value)
        if found:
            return (f"{_path(path)}: contains \\u{ord(found.group()):04x}, half of a UTF-16 surrogate pair "
                    "without its other half (not a character); correct that escape in the file")
        return None
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        problem = _control_character(item, [*path, key])
        if problem:
            return problem
    return None


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is read and written (reference counting still frees).

    A large file is millions of objects that live until the import ends: each full collection walks
    them all, which cost an import of 10,000 visits two seconds, and the documents hold no cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_import_text(text: str) -> tuple[list[dict], list[dict]]:
    """People and visit documents from JSON text, all checked; ImportRefused names the first problem."""
    with _collection_paused():
        return _parse(text)


def _parse(text: str) -> tuple[list[dict], list[dict]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise ImportRefused("not valid JSON: nested too deeply") from None
    if isinstance(data, dict) and "format" in data:
        if data.get("format") != FORMAT:
            raise ImportRefused(f"format: expected '{FORMAT}', found {_quoted(data.get('format'))}")
        problem, prefix = _schema_problem(data, "export", []), []
        people, visits = data.get("people") or [], data.get("visits") or []
    elif isinstance(data, dict):
        problem, prefix = _schema_problem(data, "visit", []), []
        people, visits = [], [data]
    elif isinstance(data, list):
        problem = next((p for i, item in enumerate(data) if (p := _schema_problem(item, "visit", [i]))), None)
        people, visits, prefix = [], data, []
    else:
        raise ImportRefused("expected a visit document, a list of them or a Briefing export; "
                            f"found {type(data).__name__}")
    if problem:
        raise ImportRefused(problem)
    # Walking every value is slow: only when the text holds a control character, or an escape that could
    # give one, is the walk needed (it says where; a match in a key or after an escaped backslash finds nothing).
    problem = (_control_character(data, prefix) if CONTROL_CHARACTERS.search(text) or _CONTROL_ESCAPE.search(text)
               else None)
    if problem:
        raise ImportRefused(problem)
    visit_prefix = "visits" if isinstance(data, dict) and "format" in data else ""
    checked = CheckedDocuments(visits)
    checked.records = _check_rules(people, visits, visit_prefix, single=isinstance(data, dict) and "format" not in data)
    return people, checked


def _check_rules(people: list[dict], visits: list[dict], prefix: str, single: bool) -> list[tuple]:
    def where(i: int) -> str:
        return "" if single else (f"{prefix}[{i}]" if prefix else f"[{i}]")

    seen: dict[str, int] = {}
    for i, person in enumerate(people):
        uuid = person.get("uuid")
        if uuid and uuid.lower() in seen:
            raise ImportRefused(f"people[{i}].uuid: {uuid} is used twice in this file")
        if uuid:
            seen[uuid.lower()] = i
    seen = {}
    records = []
    for i, document in enumerate(visits):
        uuid = document.get("uuid")
        if uuid and uuid.lower() in seen:
            location = f"{where(i)}.uuid".lstrip(".")
            raise ImportRefused(f"{location}: {uuid} is used twice in this file (also at {where(seen[uuid.lower()])})")
        if uuid:
            seen[uuid.lower()] = i
        visit, children, errors = records_from_document(document)
        if errors:
            path, message = next(iter(errors.items()))
            location = f"{where(i)}.{path}".lstrip(".")
            raise ImportRefused(f"{location}: {message[0].lower() + message[1:]}".rstrip("."))
        records.append((visit, children))
    return records


def _visits_of_database(path: Path) -> dict[str, Any]:
    """Everything in a Briefing database from elsewhere, as an export, read without trusting its schema.

    The export then goes through every check a JSON file does: the database is only a carrier.
    """
    from briefing.exchange.exporting import export_data
    from briefing.store import SchemaTooNew, Store, StoreError

    try:
        store = Store.read_foreign(path)
        try:
            with store.errors_explained():
                return export_data(store)
        finally:
            store.close()
    except (StoreError, SchemaTooNew) as error:
        raise ImportRefused(str(error)) from None


def read_import_file(path: Path) -> tuple[list[dict], list[dict]]:
    """People and visit documents from a JSON file or a Briefing database, all checked; ImportRefused says why not."""
    path = Path(path)
    if path.is_dir():
        raise ImportRefused(f"{path} is a folder; give a JSON file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(f"{path} is {size / 1024 / 1024:.0f} MB; files over "
                                f"{MAX_FILE_BYTES // 1024 // 1024} MB are refused, split the export")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"{path} does not exist") from None
    except PermissionError:
        raise ImportRefused(f"{path} cannot be read (permission denied)") from None
    except OSError as error:
        raise ImportRefused(f"{path} cannot be read ({error.strerror or error})") from None
    if raw.startswith(SQLITE_HEADER):
        return parse_import_text(json.dumps(_visits_of_database(path)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(f"{path} is not UTF-8 text (byte {error.start})") from None
    return parse_import_text(text)


def plan_import(store: Store, people: list[dict], visits: list[dict]) -> ImportPlan:
    """Compare the file with the database: what would be added, updated or left alone."""
    with _collection_paused():
        return _plan(store, people, visits)


def _plan(store: Store, people: list[dict], visits: list[dict]) -> ImportPlan:
    from briefing.countries import code_for_name

    plan = ImportPlan(people=people, visits=visits)
    # Everyone the file names, as (uuid, name and country): only they are looked up in the database.
    mentioned = [(person.get("uuid"), (person["name"], code_for_name(person.get("country")))) for person in people]
    for document in visits:
        mentioned += [(participant.get("person"),
                       (participant["name"], code_for_name(document.get(f"{participant['side']}_country"))))
                      for participant in document.get("participants") or []]
    known_uuids, known_names = store.people.matching([uuid for uuid, _ in mentioned if uuid],
                                                     [key for _, key in mentioned])
    new_people = {key for uuid, key in mentioned if uuid not in known_uuids and key not in known_names}
    existing_ids = store.visits.ids_for_uuids([document["uuid"] for document in visits if document.get("uuid")])
    for index, document in enumerate(visits):
        existing = existing_ids.get(document["uuid"]) if document.get("uuid") else None
        if existing is None:
            plan.new_visits += 1
            plan.agreements += len(document.get("agreements") or [])
            plan.changed.append(index)
        elif _same_visit(store.visit_document(existing, with_person_uuids=True), document):
            plan.unchanged_visits += 1
        else:
            plan.updated_visits += 1
            plan.changed.append(index)
    plan.new_people = len(new_people)
    new = [index for index in plan.changed if existing_ids.get(visits[index].get("uuid")) is None]
    checked = getattr(visits, "records", None)
    new_visits = [checked[index][0] if checked is not None else records_from_document(visits[index])[0]
                  for index in new]
    plan.possible_duplicates = {new[i]: ids for i, ids in store.visits.duplicates_among(new_visits).items()}
    return plan


def _same_visit(stored: dict, incoming: dict) -> bool:
    def normal(document: dict) -> dict:
        copy = {key: document.get(key) for key in stored}
        copy["participants"] = [{k: p.get(k) for k in ("name", "title", "side", "role", "organization")}
                                for p in document.get("participants") or []]
        for key in ("cooperation_areas", "agreements", "history", "quotes", "talking_points", "follow_ups"):
            copy[key] = document.get(key) or []
        return copy

    return normal(stored) == normal(incoming)


def apply_import(store: Store, plan: ImportPlan, progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Write the plan in one transaction (all or nothing); returns the ids of the visits written."""
    with _collection_paused(), store.large_cache(), store.write("Import") as touched:
        store.documents.write_people(plan.people, touched)
        checked = getattr(plan.visits, "records", None)
        return store.documents.write([plan.visits[index] for index in plan.changed], touched, progress,
                                     None if checked is None else [checked[index] for index in plan.changed])
