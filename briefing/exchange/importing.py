"""Reading visit documents in: validate the whole file first, then write it in one transaction.

A file is read a visit at a time, once to check it, then again to compare and to write it: memory does
not grow with the number of visits.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import fastjsonschema

from briefing.document import records_from_document
from briefing.domain import CONTROL_CHARACTERS, ValidationError, shortened
from briefing.exchange.exporting import FORMAT
from briefing.exchange.json_stream import Item, JsonError, JsonStream, Member, NotUtf8
from briefing.messages import say

if TYPE_CHECKING:
    from briefing.store import Store

MAX_FILE_BYTES = 4 * 1024 ** 3  # read a visit at a time, a file may be large; beyond this it is no export
_BATCH = 1000  # documents compared with the database at a time
# SQLite's page cache while an import writes: large enough that pages are not spilled to the WAL file
# again and again, small enough that an import stays within 300 MB however large the file.
IMPORT_CACHE_MB = 64
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every SQLite database file
# JSON escapes that decode to a character CONTROL_CHARACTERS matches (raw ones are not valid inside JSON strings),
# or to half of a UTF-16 surrogate pair (one alone is no character: SQLite cannot store it as UTF-8).
_CONTROL_ESCAPE = re.compile(r"\\(?:[bf]|u00[01][0-9a-fA-F]|u007[fF]|u[dD][89a-fA-F][0-9a-fA-F]{2})")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ImportRefused(Exception):
    """The file cannot be imported; the message names the problem (and where) in one line."""


@dataclass
class ImportPlan:
    """What an import would do, worked out before anything is written."""

    people: Iterable[dict[str, Any]]
    visits: Iterable[dict[str, Any]]
    new_visits: int = 0
    updated_visits: int = 0
    unchanged_visits: int = 0
    new_people: int = 0
    agreements: int = 0
    changed: list[int] = field(default_factory=list)  # indexes into visits that need writing
    # New visits that may repeat stored ones (same countries on overlapping dates, or the same source):
    # index into visits -> ids of the stored visits.
    possible_duplicates: dict[int, list[int]] = field(default_factory=dict)
    duplicate_titles: dict[int, str] = field(default_factory=dict)  # their titles, by the same index

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
        return say("import.required", name=repr(missing[0]))
    if rule == "additionalProperties":
        known = (error.definition or {}).get("properties", {})
        unknown = ", ".join(repr(name) for name in value if name not in known)
        return say("import.unknown_field", names=shortened(unknown))
    if rule == "enum":
        choices = ", ".join(repr(x) for x in expected if x is not None)
        return say("import.not_one_of", value=_quoted(value), choices=choices)
    if rule == "pattern":
        return say("import.pattern", value=_quoted(value))
    if rule == "type":
        expected = expected if isinstance(expected, str) else " or ".join(expected)
        return say("import.type", expected=expected, found=type(value).__name__)
    if rule == "maxLength":
        return say("import.too_long", length=len(value), limit=expected)
    if rule == "minLength":
        return say("import.empty")
    if rule == "const":
        return say("import.const", expected=repr(expected), found=_quoted(value))
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
            return say("import.control_character", where=_path(path), code=f"U+{ord(found.group()):04X}")
        found = _LONE_SURROGATE.search(value)
        if found:
            return say("import.lone_surrogate", where=_path(path), escape=f"\\u{ord(found.group()):04x}")
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

    Each batch of documents is hundreds of thousands of objects, which collections would walk again and
    again (two seconds of an import of 10,000 visits when the file was held whole); they hold no cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class FileItems:
    """The people or the visit documents of a checked import file, read from the file again each time they are
    gone through, never all held at once. Going through them raises ImportRefused when the file changed since
    it was checked (a write then rolls back with its transaction)."""

    def __init__(self, path: Path, opener: Callable[[], BinaryIO], key: str | None, count: int, digest: bytes):
        self.path, self.opener, self.key, self.count, self.digest = path, opener, key, count, digest

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict[str, Any]]:
        try:
            with self.opener() as handle:
                stream = JsonStream(handle)
                for event in stream.events(_STREAMED_KEYS):
                    if isinstance(event, Item) and event.key == self.key:
                        yield event.value
        except (OSError, JsonError, NotUtf8):
            raise self.changed() from None
        if stream.digest != self.digest:
            raise self.changed()

    def changed(self) -> ImportRefused:
        """The error for a file that is no longer the one checked."""
        return ImportRefused(say("import.changed", path=self.path))


_STREAMED_KEYS = frozenset({"people", "visits"})


class _Checker:
    """The checks of every person and visit document of a file, one at a time, and the UUIDs seen so far."""

    def __init__(self, single: bool = False):
        self.single = single
        self.people: set[str] = set()
        self.visits: dict[str, int] = {}

    def person(self, person: Any, text: str, index: int) -> None:
        path = ["people", index]
        problem = _schema_problem(person, "person", path) or _control_problem(person, text, path)
        if problem:
            raise ImportRefused(problem)
        uuid = (person.get("uuid") or "").lower()
        if uuid in self.people:
            raise ImportRefused(say("import.person_twice", index=index, uuid=person["uuid"]))
        if uuid:
            self.people.add(uuid)

    def visit(self, document: Any, text: str, path: list) -> None:
        problem = _schema_problem(document, "visit", path) or _control_problem(document, text, path)
        if problem:
            raise ImportRefused(problem)
        where = "" if self.single else _path(path)
        uuid = document.get("uuid")
        if uuid and uuid.lower() in self.visits:
            also = self.visits[uuid.lower()]
            raise ImportRefused(f"{where}.uuid: ".lstrip(".") + say(
                "import.visit_twice", uuid=uuid, also=_path([*path[:-1], also])))
        if uuid:
            self.visits[uuid.lower()] = path[-1] if path else 0
        _visit, _children, errors = records_from_document(document)
        if errors:
            field_path, message = next(iter(errors.items()))
            raise ImportRefused(f"{where}.{field_path}: {message[0].lower() + message[1:]}".lstrip(".").rstrip("."))


def _control_problem(value: Any, text: str | None, path: list) -> str | None:
    """Where a value holds a control character. Walking every value is slow: only when its text holds one,
    or an escape that could give one, is the walk made (a match in a key or after a backslash finds nothing)."""
    if text is not None and not (CONTROL_CHARACTERS.search(text) or _CONTROL_ESCAPE.search(text)):
        return None
    return _control_character(value, path)


def _export_of_database(path: Path) -> Callable[[], BinaryIO]:
    """Everything in a Briefing database from elsewhere, as an export, read without trusting its schema;
    returns what opens the export for reading.

    The export then goes through every check a JSON file does: the database is only a carrier. It is written
    to a file in a private temporary folder (the visits' files make it as large as the database, too large
    to hold in memory), removed once nothing can read it any more.
    """
    from briefing.exchange.exporting import write_export_json
    from briefing.store import SchemaTooNew, Store, StoreError

    folder = tempfile.TemporaryDirectory(prefix="briefing-import-")
    exported = Path(folder.name) / "export.json"
    try:
        store = Store.read_foreign(path)
        try:
            with store.errors_explained(), exported.open("wb") as handle:
                write_export_json(store, handle)
        finally:
            store.close()
    except (StoreError, SchemaTooNew) as error:
        folder.cleanup()
        raise ImportRefused(str(error)) from None

    def open_export() -> BinaryIO:
        assert folder.name  # the folder lives as long as this opener does
        return exported.open("rb")

    return open_export


def read_import_file(path: Path) -> tuple[Sequence[dict], Sequence[dict]]:
    """People and visit documents from a JSON file or a Briefing database, all checked; ImportRefused says why not.

    A JSON file is read a visit at a time: what is returned reads it again when it is gone through.
    """
    path = Path(path)
    if path.is_dir():
        raise ImportRefused(say("import.folder", path=path))
    opener: Callable[[], BinaryIO] = lambda: path.open("rb")  # noqa: E731
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(say("import.too_large", path=path, size=f"{size / 1024 / 1024:.0f}",
                                    limit=MAX_FILE_BYTES // 1024 // 1024))
        with opener() as handle:
            is_database = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        if is_database:
            opener = _export_of_database(path)
        with _collection_paused(), opener() as handle:
            return _check_file(path, opener, handle)
    except FileNotFoundError:
        raise ImportRefused(say("import.missing", path=path)) from None
    except PermissionError:
        raise ImportRefused(say("import.permission_denied", path=path)) from None
    except OSError as error:
        raise ImportRefused(say("import.unreadable", path=path, reason=error.strerror or error)) from None
    except NotUtf8 as error:
        raise ImportRefused(say("import.not_utf8", path=path, offset=error.offset)) from None
    except JsonError as error:
        raise ImportRefused(say("import.not_json", reason=error.message, line=error.line,
                                column=error.column)) from None


def _check_file(path: Path, opener: Callable[[], BinaryIO], handle: BinaryIO
                ) -> tuple[Sequence[dict], Sequence[dict]]:
    stream = JsonStream(handle)
    checker = _Checker()
    members: dict[str, Any] = {}
    counts = {"people": 0, "visits": 0, None: 0}
    for event in stream.events(_STREAMED_KEYS):
        if isinstance(event, Item):
            if event.key == "people":
                checker.person(event.value, event.text, event.index)
            else:
                checker.visit(event.value, event.text, [event.index] if event.key is None else [event.key, event.index])
            counts[event.key] += 1
        elif isinstance(event, Member):
            if event.key == "format" and event.value != FORMAT:
                raise ImportRefused(say("import.wrong_format", expected=FORMAT, found=_quoted(event.value)))
            members[event.key] = event.value
        else:
            raise ImportRefused(say("import.not_a_document", found=type(event).__name__))
    if stream.outer == "[":
        return [], FileItems(path, opener, None, counts[None], stream.digest)
    if "format" in members:
        problem = _schema_problem({**members, **{key: [] for key in _STREAMED_KEYS if counts[key]}}, "export", [])
        if problem:
            raise ImportRefused(problem)
        return FileItems(path, opener, "people", counts["people"], stream.digest), FileItems(
            path, opener, "visits", counts["visits"], stream.digest)
    _Checker(single=True).visit(members, None, [])
    return [], [members]


def _batches(items: Iterable[dict]) -> Iterator[list[dict]]:
    iterator = iter(items)
    while batch := list(islice(iterator, _BATCH)):
        yield batch


def plan_import(store: Store, people: Iterable[dict], visits: Iterable[dict]) -> ImportPlan:
    """Compare the file with the database: what would be added, updated or left alone (a batch at a time)."""
    with _collection_paused():
        return _plan(store, people, visits)


def _plan(store: Store, people: Iterable[dict], visits: Iterable[dict]) -> ImportPlan:
    from briefing.countries import code_for_name

    plan = ImportPlan(people=people, visits=visits)
    new_people: set[tuple[str, str | None]] = set()

    def count_new(mentioned: list[tuple[str | None, tuple[str, str | None]]]) -> None:
        """Note the people mentioned, as (uuid, (name, country)), whom the database does not know."""
        known_uuids, known_names = store.people.matching([uuid for uuid, _ in mentioned if uuid],
                                                         [key for _, key in mentioned])
        new_people.update(key for uuid, key in mentioned if uuid not in known_uuids and key not in known_names)

    for batch in _batches(people):
        count_new([(person.get("uuid"), (person["name"], code_for_name(person.get("country")))) for person in batch])
    index = 0
    new_visits: list[tuple[int, Any]] = []  # (index, the domain Visit) of each visit the database lacks
    for batch in _batches(visits):
        count_new([(participant.get("person"),
                    (participant["name"], code_for_name(document.get(f"{participant['side']}_country"))))
                   for document in batch for participant in document.get("participants") or []])
        existing_ids = store.visits.ids_for_uuids([document["uuid"] for document in batch if document.get("uuid")])
        for document in batch:
            existing = existing_ids.get(document["uuid"]) if document.get("uuid") else None
            if existing is None:
                plan.new_visits += 1
                plan.agreements += len(document.get("agreements") or [])
                plan.changed.append(index)
                new_visits.append((index, records_from_document(document)[0]))
            elif _same_visit(store.visit_document(existing, with_person_uuids=True), document) and _same_files(
                    store, existing, document):
                plan.unchanged_visits += 1
            else:
                plan.updated_visits += 1
                plan.changed.append(index)
            index += 1
    plan.new_people = len(new_people)
    repeats = store.visits.duplicates_among([visit for _, visit in new_visits])
    plan.possible_duplicates = {new_visits[i][0]: ids for i, ids in repeats.items()}
    plan.duplicate_titles = {new_visits[i][0]: new_visits[i][1].title for i in repeats}
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


def _same_files(store: Store, visit_id: int, incoming: dict) -> bool:
    """Whether the document leaves the stored visit's files as they are (it has none to give, or the same)."""
    if "attachments" not in incoming:
        return True
    stored = [(a.name, a.media_type, a.sha256) for a in store.attachments.for_visit(visit_id)]
    return stored == [(kept.name, kept.media_type, hashlib.sha256(kept.data).hexdigest())
                      for kept in records_from_document(incoming)[1]["attachments"]]


def apply_import(store: Store, plan: ImportPlan, progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Write the plan in one transaction (all or nothing); returns the ids of the visits written."""
    changed = set(plan.changed)
    with _collection_paused(), store.large_cache(IMPORT_CACHE_MB), store.write("Import") as touched:
        store.documents.write_people(plan.people, touched)
        try:
            return store.documents.write((document for index, document in enumerate(plan.visits)
                                          if index in changed), touched, progress, len(changed))
        except ValidationError:
            if isinstance(plan.visits, FileItems):  # a document that passed the check no longer does
                raise plan.visits.changed() from None
            raise
