"""Writing visits out: the JSON export (visit documents plus people) and CSV tables."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from briefing import vocabulary as v
from briefing.countries import name_for_code

if TYPE_CHECKING:
    from briefing.store import Store

FORMAT = "briefing-export"
FORMAT_VERSION = 1


def _visit_ids(store: Store, visit_ids: list[int] | None) -> list[int]:
    return sorted(store.visits.ids()) if visit_ids is None else visit_ids


def _people(store: Store, visit_ids: list[int] | None) -> Iterator[dict[str, Any]]:
    """The people an export holds, one at a time: everyone for a whole export, else those the visits name."""
    wanted = None if visit_ids is None else {participant.person_id for visit_id in visit_ids
                                             for participant in store.participants.for_visit(visit_id)}
    for person in store.people.each():
        if wanted is None or person.id in wanted:
            yield {"uuid": person.uuid, "name": person.name, "organization": person.organization,
                   "country": name_for_code(person.country), "biography": person.biography}


def write_export_json(store: Store, handle: BinaryIO, visit_ids: list[int] | None = None) -> None:
    """Write the export as UTF-8 JSON, a person and a visit at a time, so memory does not grow with the
    number of visits. The bytes are those json.dumps(..., ensure_ascii=False, indent=2) gives for the same data,
    and a newline: the same data always gives the same bytes."""
    handle.write(f'{{\n  "format": "{FORMAT}",\n  "format_version": {FORMAT_VERSION},\n'.encode())
    _write_list(handle, "people", _people(store, visit_ids), ",\n", lambda _: None)
    with_files = store.attachments.kept_in_file()  # a database from elsewhere may be older
    _write_list(handle, "visits", ((visit_id, store.visit_document(visit_id, with_person_uuids=True))
                                   for visit_id in _visit_ids(store, visit_ids)), "\n}\n",
                (lambda visit_id: _attachments(store, visit_id)) if with_files else lambda _: None)


def _attachments(store: Store, visit_id: int) -> Iterator[dict[str, Any]]:
    """The visit's files as export items, their bytes in base64, read one file at a time."""
    for attachment in store.attachments.for_visit(visit_id):
        yield {"name": attachment.name, "media_type": attachment.media_type, "size": attachment.size,
               "sha256": attachment.sha256, "added_at": attachment.added_at,
               "data": base64.b64encode(store.attachments.data(attachment.id)).decode("ascii")}


def _write_list(handle: BinaryIO, key: str, items: Iterable, after: str,
                attachments: Callable[[Any], Iterator[dict[str, Any]] | None]) -> None:
    """`  "key": [...]` with each item indented as json.dumps(indent=2) indents it two levels down.

    Items are dicts, or (visit id, document) pairs whose "attachments" list `attachments(visit_id)` gives a
    file at a time: one file's bytes are held at once, not a visit's.
    """
    handle.write(f'  "{key}": ['.encode())
    empty = True
    for item in items:
        files = None
        if isinstance(item, tuple):
            visit_id, item = item
            files = attachments(visit_id)
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        if files is not None:
            text = text[:-len("\n    }")]  # the list goes last, as json.dumps would put a key added last
        handle.write(f"{'' if empty else ','}\n    {text}".encode())
        if files is not None:
            _write_attachments(handle, files)
        empty = False
    handle.write(("]" if empty else "\n  ]").encode() + after.encode())


def _write_attachments(handle: BinaryIO, files: Iterator[dict[str, Any]]) -> None:
    """`,\n      "attachments": [...]\n    }`: the end of a visit written with its files."""
    handle.write(b',\n      "attachments": [')
    empty = True
    for item in files:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n        ")
        handle.write(f"{'' if empty else ','}\n        {text}".encode())
        empty = False
    handle.write(b"]\n    }" if empty else b"\n      ]\n    }")


def export_json(store: Store, visit_ids: list[int] | None = None) -> bytes:
    """The export as UTF-8 JSON text; the same data always gives the same bytes."""
    buffer = io.BytesIO()
    write_export_json(store, buffer, visit_ids)
    return buffer.getvalue()


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    # A byte-order mark makes spreadsheet programs read the file as UTF-8 (Traoré, not TraorÃ©).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def visits_csv(store: Store) -> bytes:
    """The visit list as CSV, newest first."""
    rows = []
    for row in store.visits.list():
        visit = store.visits.get(row.id)
        rows.append([row.id, row.uuid, row.title, row.host_country or "", row.guest_country or "", row.city,
                     row.start_date or "", row.end_date or "", v.label(v.VISIT_TYPE_LABELS, visit.visit_type),
                     v.label(v.LEVEL_LABELS, visit.level), v.label(v.VISIT_STATUS_LABELS, visit.status)])
    return _csv(["id", "uuid", "title", "host_country", "guest_country", "city", "start_date", "end_date",
                 "visit_type", "level", "status"], rows)


def agreements_csv(store: Store) -> bytes:
    """Every agreement with its visit, as CSV."""
    rows = []
    for row in store.visits.list():
        for agreement in store.visit_document(row.id)["agreements"]:
            rows.append([row.id, row.title, row.guest_country or "", row.host_country or "", agreement["title"],
                         v.label(v.AGREEMENT_KIND_LABELS, agreement["kind"]),
                         v.label(v.AGREEMENT_STATUS_LABELS, agreement["status"]), agreement["signed_on"] or "",
                         "; ".join(agreement["signatories"])])
    return _csv(["visit_id", "visit_title", "guest_country", "host_country", "agreement", "kind", "status",
                 "signed_on", "signatories"], rows)
