"""The visit document: one visit and everything attached to it, as plain JSON-ready data.

This is the one shape used everywhere a visit leaves or enters the store: `show --json`,
the PDF renderer, the press-release reader and JSON import/export.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from briefing import domain
from briefing.countries import code_for_name, name_for_code
from briefing.store.connection import in_lists
from briefing.store.people import fold_name
from briefing.store.records import new_uuid
from briefing.store.visits import _TEXT_COLUMNS, _VISIT_COLUMNS

if TYPE_CHECKING:
    from briefing.store.store import Store

DOCUMENT_KEYS = ("uuid", "title", "host_country", "guest_country", "city", "start_date", "end_date",
                 "visit_type", "level", "status", "summary", "significance", "source", "participants",
                 "cooperation_areas", "agreements", "history", "quotes", "talking_points", "follow_ups")


def visit_document(store: Store, visit_id: int, with_person_uuids: bool = False) -> dict[str, Any]:
    """The visit document for a stored visit (exports add each participant's person UUID)."""
    visit = store.visits.get(visit_id)
    participants = store.participants.for_visit(visit_id)
    names_by_participant = {p.id: p.person_name for p in participants}
    people = {p.id: store.people.get(p.person_id) for p in participants}
    return {
        "uuid": visit.uuid,
        "title": visit.title,
        "host_country": name_for_code(visit.host_country),
        "guest_country": name_for_code(visit.guest_country),
        "city": visit.city,
        "start_date": visit.start_date,
        "end_date": visit.end_date,
        "visit_type": visit.visit_type,
        "level": visit.level,
        "status": visit.status,
        "summary": visit.summary,
        "significance": visit.significance,
        "source": visit.source,
        "participants": [
            {"name": p.person_name, "title": p.title, "side": p.side, "role": p.role,
             "organization": people[p.id].organization,
             **({"person": people[p.id].uuid} if with_person_uuids else {})}
            for p in participants
        ],
        "cooperation_areas": [
            {"topic": a.topic, "category": a.category, "notes": a.notes}
            for a in store.areas.for_visit(visit_id)
        ],
        "agreements": [
            {"title": a.title, "kind": a.kind, "status": a.status, "signed_on": a.signed_on,
             "signatories": [names_by_participant[pid] for pid in a.signatory_ids]}
            for a in store.agreements.for_visit(visit_id)
        ],
        "history": [{"date": h.date, "text": h.text} for h in store.history.for_visit(visit_id)],
        "quotes": [{"speaker": q.speaker, "text": q.text} for q in store.quotes.for_visit(visit_id)],
        "talking_points": [t.text for t in store.talking_points.for_visit(visit_id)],
        "follow_ups": [
            {"action": f.action, "owner": f.owner, "due": f.due, "status": f.status}
            for f in store.follow_ups.for_visit(visit_id)
        ],
    }


def _check(errors: dict[str, str], where: str, record_errors: dict[str, str]) -> None:
    for field, message in record_errors.items():
        errors[f"{where}.{field}"] = message


def records_from_document(document: dict[str, Any]) -> tuple[domain.Visit, dict[str, list], dict[str, str]]:
    """The domain records a document describes, and every rule it breaks (by JSON path)."""
    errors: dict[str, str] = {}
    host, guest = code_for_name(document.get("host_country")), code_for_name(document.get("guest_country"))
    for key, code in (("host_country", host), ("guest_country", guest)):
        if document.get(key) and code is None:
            errors[key] = domain.Problem(domain.UNKNOWN_COUNTRY, document[key])
    visit = domain.Visit(
        title=document.get("title") or "", host_country=host, guest_country=guest, city=document.get("city") or "",
        start_date=document.get("start_date"), end_date=document.get("end_date"),
        visit_type=document.get("visit_type"), level=document.get("level"), status=document.get("status"),
        summary=document.get("summary") or "", significance=document.get("significance") or "",
        source=document.get("source") or "", uuid=document.get("uuid"))
    for field, message in domain.validate_visit(visit).items():
        errors.setdefault(field, message)
    children: dict[str, list] = {key: [] for key in ("participants", "cooperation_areas", "agreements",
                                                     "history", "quotes", "talking_points", "follow_ups")}
    for i, item in enumerate(document.get("participants") or []):
        participant = domain.Participant(side=item.get("side") or "", title=item.get("title") or "",
                                         role=item.get("role"), person_id=0)
        person = domain.Person(name=item.get("name") or "", organization=item.get("organization") or "",
                               country=host if item.get("side") == "host" else guest, uuid=item.get("person"))
        _check(errors, f"participants[{i}]", domain.validate_participant(participant))
        _check(errors, f"participants[{i}]", domain.validate_person(person))
        children["participants"].append((participant, person))
    names: set[str] = set()
    for i, (_, person) in enumerate(children["participants"]):
        if person.name in names:
            errors[f"participants[{i}].name"] = domain.Problem(domain.LISTED_TWICE, person.name)
        names.add(person.name)
    for i, item in enumerate(document.get("cooperation_areas") or []):
        area = domain.CooperationArea(topic=item.get("topic") or "", category=item.get("category") or "",
                                      notes=item.get("notes") or "")
        _check(errors, f"cooperation_areas[{i}]", domain.validate_area(area))
        children["cooperation_areas"].append(area)
    for i, item in enumerate(document.get("agreements") or []):
        agreement = domain.Agreement(title=item.get("title") or "", kind=item.get("kind") or "",
                                     status=item.get("status") or "", signed_on=item.get("signed_on"))
        _check(errors, f"agreements[{i}]", domain.validate_agreement(agreement))
        signatories = list(item.get("signatories") or [])
        for j, name in enumerate(signatories):
            if name not in names:
                errors[f"agreements[{i}].signatories[{j}]"] = domain.Problem(domain.NOT_A_PARTICIPANT, name)
        children["agreements"].append((agreement, signatories))
    for i, item in enumerate(document.get("history") or []):
        entry = domain.HistoryEntry(date=item.get("date"), text=item.get("text") or "")
        _check(errors, f"history[{i}]", domain.validate_history_entry(entry))
        children["history"].append(entry)
    for i, item in enumerate(document.get("quotes") or []):
        quote = domain.Quote(speaker=item.get("speaker") or "", text=item.get("text") or "")
        _check(errors, f"quotes[{i}]", domain.validate_quote(quote))
        children["quotes"].append(quote)
    for i, text in enumerate(document.get("talking_points") or []):
        point = domain.TalkingPoint(text=text or "")
        _check(errors, f"talking_points[{i}]", domain.validate_talking_point(point))
        children["talking_points"].append(point)
    for i, item in enumerate(document.get("follow_ups") or []):
        follow_up = domain.FollowUp(action=item.get("action") or "", owner=item.get("owner") or "",
                                    due=item.get("due"), status=item.get("status") or "open")
        _check(errors, f"follow_ups[{i}]", domain.validate_follow_up(follow_up))
        children["follow_ups"].append(follow_up)
    return visit, children, errors


def write_document(store: Store, document: dict[str, Any], touched: set[int]) -> int:
    """Create or replace the visit a document describes, inside the caller's transaction.

    The visit is matched by UUID; its attached records are replaced by the document's.
    People are matched by exact name and country, so a person is never duplicated.
    Raises ValidationError (fields as JSON paths) when the document breaks a rule.
    """
    visit, children, errors = records_from_document(document)
    if errors:
        raise domain.ValidationError(errors)
    existing = store.visits.id_for_uuid(visit.uuid) if visit.uuid else None
    if existing is not None:
        visit.id = existing
        for table in ("participants", "cooperation_areas", "agreements", "history_entries", "quotes",
                      "talking_points", "follow_ups"):
            store.db.conn.execute(f"DELETE FROM {table} WHERE visit_id = ?", [existing])
    now = store.now()
    visit_id = store.visits.write_row(visit)
    touched.add(visit_id)
    participant_ids: dict[str, int] = {}
    for position, (participant, person) in enumerate(children["participants"], start=1):
        found = (store.people.get_by_uuid(person.uuid) if person.uuid else None) or store.people.find(
            person.name, person.country)
        person_id = found.id if found else store.people.write_row(person)
        if found and person.organization and found.organization != person.organization:
            found.organization = person.organization
            store.people.write_row(found)
        participant.visit_id, participant.person_id, participant.position = visit_id, person_id, position
        [participant_ids[person.name]] = store.participants.insert_new([participant], now)
    for position, (agreement, signatories) in enumerate(children["agreements"], start=1):
        agreement.visit_id, agreement.position = visit_id, position
        agreement.signatory_ids = [participant_ids[name] for name in signatories]
    store.agreements.insert_new([agreement for agreement, _ in children["agreements"]], now)
    for key, repository in (("cooperation_areas", store.areas), ("history", store.history),
                            ("quotes", store.quotes), ("talking_points", store.talking_points),
                            ("follow_ups", store.follow_ups)):
        for position, record in enumerate(children[key], start=1):
            record.visit_id, record.position = visit_id, position
        repository.insert_new(children[key], now)
    return visit_id


def write_person_record(store: Store, item: dict[str, Any]) -> int:
    """Create or update a person from an export's `people` entry (matched by UUID, then name and country)."""
    country = code_for_name(item.get("country"))
    person = domain.Person(name=item.get("name") or "", organization=item.get("organization") or "",
                           country=country, biography=item.get("biography") or "", uuid=item.get("uuid"))
    errors = domain.validate_person(person)
    if item.get("country") and country is None:
        errors["country"] = domain.Problem(domain.UNKNOWN_COUNTRY, item['country'])
    if errors:
        raise domain.ValidationError(errors)
    found = (store.people.get_by_uuid(person.uuid) if person.uuid else None) or store.people.find(
        person.name, country)
    if found is not None:
        person.id, person.uuid, person.created_at = found.id, found.uuid, found.created_at
    return store.people.write_row(person)


def write_export(store: Store, data: dict[str, Any], touched: set[int]) -> list[int]:
    """Write a whole export (people first, then visits) inside the caller's transaction."""
    for item in data.get("people") or []:
        touched.update(store.people.visit_ids(write_person_record(store, item)))
    return [write_document(store, document, touched) for document in data.get("visits") or []]


_CHILD_TABLES = ("participants", "cooperation_areas", "agreements", "history_entries", "quotes", "talking_points",
                 "follow_ups")
# Documents whose rows are written together (one executemany per table).
_DOCUMENTS_PER_BATCH = 1000


def write_documents(store: Store, documents: list[dict[str, Any]], touched: set[int],
                    progress: Callable[[int, int], None] | None = None, records: list[tuple] | None = None
                    ) -> list[int]:
    """`write_document` for each document in turn, inside the caller's transaction; returns the visit ids.

    The rows written are the ones writing the documents one by one gives, but the visits and people
    are looked up in batches and the rows of each table are inserted together. `progress(done, total)`
    follows each document; an exception it raises abandons the import with the transaction.
    `records`, when given, is what `records_from_document` returned for each (unchanged) document,
    without errors: the checks made when the file was read are not made again.
    """
    uuids = [document["uuid"] for document in documents if document.get("uuid")]
    if len(set(uuids)) != len(uuids):
        # A later document replaces what an earlier one with its UUID wrote: one by one keeps that exact.
        written = []
        for done, document in enumerate(documents, start=1):
            written.append(write_document(store, document, touched))
            if progress:
                progress(done, len(documents))
        return written
    writer = _BatchWriter(store)
    written = []
    for start in range(0, len(documents), _DOCUMENTS_PER_BATCH):
        batch = documents[start:start + _DOCUMENTS_PER_BATCH]
        parsed = records[start:start + _DOCUMENTS_PER_BATCH] if records is not None else _parsed(batch)
        written += writer.write(parsed, touched, progress, start, len(documents))
    return written


def _parsed(documents: list[dict[str, Any]]) -> list[tuple]:
    """The visit and records of each document; ValidationError for the first that breaks a rule."""
    parsed = []
    for document in documents:
        visit, children, errors = records_from_document(document)
        if errors:
            raise domain.ValidationError(errors)
        parsed.append((visit, children))
    return parsed


class _BatchWriter:
    """Writes batches of visit documents, remembering the people it has seen or added across batches."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.db.conn
        self.repositories = {"participants": store.participants, "cooperation_areas": store.areas,
                             "agreements": store.agreements, "history_entries": store.history,
                             "quotes": store.quotes, "talking_points": store.talking_points,
                             "follow_ups": store.follow_ups}
        self.people_by_uuid: dict[str, domain.Person] = {}
        self.people_by_key: dict[tuple[str, str | None], domain.Person] = {}
        self.people_by_id: dict[int, domain.Person] = {}
        self.absent_uuids: set[str] = set()
        self.getters = {table: attrgetter(*repository.columns) for table, repository in self.repositories.items()}
        self.sql = {table: self._insert_sql(table, ["id", *repository.columns, "uuid", "created_at", "updated_at"])
                    for table, repository in self.repositories.items()}
        self.sql["visits"] = self._insert_sql("visits", ["id", *_VISIT_COLUMNS, "uuid", "created_at", "updated_at"])
        self.sql["people"] = self._insert_sql("people", ["id", "name", "organization", "country", "biography",
                                                         "folded_name", "uuid", "created_at", "updated_at"])
        self.sql["agreement_signatories"] = self._insert_sql("agreement_signatories",
                                                             ["agreement_id", "participant_id", "position"])

    @staticmethod
    def _insert_sql(table: str, columns: list[str]) -> str:
        return f"INSERT INTO {table} ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})"

    def _next_ids(self) -> dict[str, int]:
        """The id SQLite would give the next row of each table (the highest id plus one)."""
        return {table: self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
                for table in ("visits", "people", *_CHILD_TABLES)}

    def _look_up_people(self, parsed: list[tuple]) -> None:
        """Read the people this batch mentions that no earlier batch has met."""
        uuids, keys = set(), set()
        for _, children in parsed:
            for _, person in children["participants"]:
                if person.uuid and person.uuid not in self.people_by_uuid and person.uuid not in self.absent_uuids:
                    uuids.add(person.uuid)
                if (person.name, person.country) not in self.people_by_key:
                    keys.add((person.name, person.country))
        by_uuid, by_key = self.store.people.matching(uuids, keys)
        for found, known in ((by_uuid, self.people_by_uuid), (by_key, self.people_by_key)):
            for key, person in found.items():
                known[key] = self.people_by_id.setdefault(person.id, person)
        self.absent_uuids.update(uuids - by_uuid.keys())

    def write(self, parsed: list[tuple], touched: set[int], progress: Callable[[int, int], None] | None,
              done: int, total: int) -> list[int]:
        existing = self.store.visits.ids_for_uuids([visit.uuid for visit, _ in parsed if visit.uuid])
        self._look_up_people(parsed)
        replaced = sorted(existing.values())
        for chunk, marks in in_lists(replaced):
            for table in _CHILD_TABLES:
                self.conn.execute(f"DELETE FROM {table} WHERE visit_id IN ({marks})", chunk)
        next_ids = self._next_ids()
        rows: dict[str, list] = {table: [] for table in self.sql}
        new_people: list[domain.Person] = []
        changed_people: dict[int, domain.Person] = {}
        written = []
        for visit, children in parsed:
            now = self.store.now()
            if visit.uuid in existing:
                visit.id = existing[visit.uuid]
                visit_id = self.store.visits.write_row(visit)
            else:
                visit_id = next_ids["visits"]
                next_ids["visits"] += 1
                values = [getattr(visit, name) for name in _VISIT_COLUMNS]
                rows["visits"].append([visit_id, *(value or "" if name in _TEXT_COLUMNS else value
                                                   for name, value in zip(_VISIT_COLUMNS, values, strict=True)),
                                       visit.uuid or new_uuid(), visit.created_at or now, visit.updated_at or now])
            touched.add(visit_id)
            written.append(visit_id)
            participant_ids: dict[str, int] = {}
            for position, (participant, person) in enumerate(children["participants"], start=1):
                found = (self.people_by_uuid.get(person.uuid) if person.uuid else None) or self.people_by_key.get(
                    (person.name, person.country))
                if found is None:
                    given_uuid = person.uuid
                    person = domain.Person(id=next_ids["people"], uuid=given_uuid or new_uuid(), name=person.name,
                                           organization=person.organization, country=person.country,
                                           biography=person.biography, created_at=now, updated_at=now)
                    next_ids["people"] += 1
                    new_people.append(person)
                    self.people_by_id[person.id] = person
                    self.people_by_key[(person.name, person.country)] = person
                    if given_uuid:
                        self.people_by_uuid[given_uuid] = person
                    person_id = person.id
                else:
                    person_id = found.id
                    if person.organization and found.organization != person.organization:
                        found.organization, found.updated_at = person.organization, now
                        changed_people[found.id] = found
                participant.visit_id, participant.person_id, participant.position = visit_id, person_id, position
                participant_ids[person.name] = self._add(rows, next_ids, "participants", participant, now)
            for position, (agreement, signatories) in enumerate(children["agreements"], start=1):
                agreement.visit_id, agreement.position = visit_id, position
                agreement_id = self._add(rows, next_ids, "agreements", agreement, now)
                rows["agreement_signatories"] += [(agreement_id, participant_ids[name], place)
                                                  for place, name in enumerate(signatories, start=1)]
            for key, table in (("cooperation_areas", "cooperation_areas"), ("history", "history_entries"),
                               ("quotes", "quotes"), ("talking_points", "talking_points"),
                               ("follow_ups", "follow_ups")):
                for position, record in enumerate(children[key], start=1):
                    record.visit_id, record.position = visit_id, position
                    self._add(rows, next_ids, table, record, now)
            done += 1
            if progress:
                progress(done, total)
        inserted = {person.id for person in new_people}
        rows["people"] = [(p.id, p.name, p.organization or "", p.country, p.biography or "", fold_name(p.name),
                           p.uuid, p.created_at, p.updated_at) for p in new_people]
        self.conn.executemany(
            "UPDATE people SET name = ?, organization = ?, country = ?, biography = ?, folded_name = ?, "
            "updated_at = ? WHERE id = ?",
            [(p.name, p.organization or "", p.country, p.biography or "", fold_name(p.name), p.updated_at, p.id)
             for p in changed_people.values() if p.id not in inserted])
        for table in ("visits", "people", *_CHILD_TABLES[:3], "agreement_signatories", *_CHILD_TABLES[3:]):
            if rows[table]:
                self.conn.executemany(self.sql[table], rows[table])
        return written

    def _add(self, rows: dict[str, list], next_ids: dict[str, int], table: str, record: Any, now: str) -> int:
        record_id = next_ids[table]
        next_ids[table] += 1
        rows[table].append((record_id, *self.getters[table](record), record.uuid or new_uuid(),
                            record.created_at or now, record.updated_at or now))
        return record_id
