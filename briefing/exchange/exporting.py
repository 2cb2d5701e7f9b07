"""Writing visits out: the JSON export (visit documents plus people) and CSV tables."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from briefing import vocabulary as v
from briefing.countries import name_for_code

if TYPE_CHECKING:
    from briefing.store import Store

FORMAT = "briefing-export"
FORMAT_VERSION = 1


def export_data(store: Store, visit_ids: list[int] | None = None) -> dict[str, Any]:
    """The export of the given visits (all when None), with the people they need (everyone when all)."""
    if visit_ids is None:
        visit_ids = sorted(store.visits.ids())
        people = store.people.all()
    else:
        wanted = {p.person_id for visit_id in visit_ids for p in store.participants.for_visit(visit_id)}
        people = [person for person in store.people.all() if person.id in wanted]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "people": [
            {"uuid": p.uuid, "name": p.name, "organization": p.organization, "country": name_for_code(p.country),
             "biography": p.biography}
            for p in people
        ],
        "visits": [store.visit_document(visit_id, with_person_uuids=True) for visit_id in visit_ids],
    }


def export_json(store: Store, visit_ids: list[int] | None = None) -> bytes:
    """The export as UTF-8 JSON text; the same data always gives the same bytes."""
    return (json.dumps(export_data(store, visit_ids), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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
