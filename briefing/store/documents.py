"""Visit documents in and out of the store: one visit with everything attached to it, read or written whole.

`briefing.document` says what a document is and reads one into domain records; here those records
are written. There is one write path: a single document (the press-release dialog, `save_document`)
is a batch of one, and an import is many.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from briefing import domain
from briefing.countries import code_for_name, name_for_code
from briefing.document import records_from_document
from briefing.domain import shortened
from briefing.store.attachments import AttachmentRepository
from briefing.store.connection import in_lists
from briefing.store.people import PersonRepository
from briefing.store.records import SIGNATORIES_INSERT_SQL, RecordRepository
from briefing.store.rows import Session, new_uuid
from briefing.store.visits import VisitRepository

# Documents whose rows are written together (one executemany per table).
_DOCUMENTS_PER_BATCH = 1000
_FILE_TEXT_PER_BATCH = 64 * 1024 * 1024  # characters of base64: a batch's decoded files stay under 50 MB


class VisitDocuments:
    """Reads a stored visit as a document and writes documents (and an export's people) back."""

    def __init__(self, session: Session, visits: VisitRepository, people: PersonRepository,
                 records: dict[str, RecordRepository], attachments: AttachmentRepository):
        self.session = session
        self.visits = visits
        self.people = people
        self.records = records
        self.attachments = attachments

    def read(self, visit_id: int, with_person_uuids: bool = False) -> dict[str, Any]:
        """The visit document for a stored visit (exports add each participant's person UUID)."""
        visit = self.visits.get(visit_id)
        participants = self.records["participants"].for_visit(visit_id)
        names_by_participant = {p.id: p.person_name for p in participants}
        people = {p.id: self.people.get(p.person_id) for p in participants}
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
                for a in self.records["cooperation_areas"].for_visit(visit_id)
            ],
            "agreements": [
                {"title": a.title, "kind": a.kind, "status": a.status, "signed_on": a.signed_on,
                 "signatories": [names_by_participant[pid] for pid in a.signatory_ids]}
                for a in self.records["agreements"].for_visit(visit_id)
            ],
            "history": [{"date": h.date, "text": h.text} for h in self.records["history_entries"].for_visit(visit_id)],
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in self.records["quotes"].for_visit(visit_id)],
            "talking_points": [t.text for t in self.records["talking_points"].for_visit(visit_id)],
            "follow_ups": [
                {"action": f.action, "owner": f.owner, "due": f.due, "status": f.status}
                for f in self.records["follow_ups"].for_visit(visit_id)
            ],
        }

    def write(self, documents: Iterable[dict[str, Any]], touched: set[int],
              progress: Callable[[int, int], None] | None = None, total: int | None = None) -> list[int]:
        """Create or replace the visits the documents describe, inside the caller's transaction; returns their ids.

        Each visit is matched by UUID and its attached records are replaced by the document's. People
        are matched by UUID, then by exact name and country, so a person is never duplicated; a
        document naming a known person's organization updates it. Raises ValidationError (fields as
        JSON paths) for the first document that breaks a rule; the caller's transaction then takes
        back what was written.

        The documents are read a batch at a time (memory holds one batch, however many there are),
        the batch's visits and people are looked up together and the rows of each table inserted
        together. `progress(done, total)` follows each document (`total` defaults to the length of a
        list); an exception it raises abandons the write with the transaction.
        """
        if total is None:
            total = len(documents)  # type: ignore[arg-type]
        writer = _BatchWriter(self.session, self.visits, self.people, self.records, self.attachments)
        written: list[int] = []
        iterator = iter(documents)
        while parsed := _parsed(_next_batch(iterator)):
            uuids = [visit.uuid for visit, _ in parsed if visit.uuid]
            # A later document replaces what an earlier one with its UUID wrote: batches of one keep that exact.
            size = len(parsed) if len(set(uuids)) == len(uuids) else 1
            for start in range(0, len(parsed), size):
                written += writer.write(parsed[start:start + size], touched, progress, len(written), total)
        return written

    def write_people(self, entries: Iterable[dict[str, Any]], touched: set[int]) -> None:
        """Create or update the people of an export's `people` list (matched by UUID, then name and country).

        The visits they take part in are touched: their search rows hold the people's names.
        """
        for item in entries:
            touched.update(self.people.visit_ids(self._write_person(item)))

    def _write_person(self, item: dict[str, Any]) -> int:
        country = code_for_name(item.get("country"))
        person = domain.Person(name=item.get("name") or "", organization=item.get("organization") or "",
                               country=country, biography=item.get("biography") or "", uuid=item.get("uuid"))
        errors = domain.validate_person(person)
        if item.get("country") and country is None:
            errors["country"] = domain.Problem(domain.UNKNOWN_COUNTRY, shortened(item['country']))
        if errors:
            raise domain.ValidationError(errors)
        found = (self.people.get_by_uuid(person.uuid) if person.uuid else None) or self.people.find(
            person.name, country)
        if found is not None:
            person.id, person.uuid, person.created_at = found.id, found.uuid, found.created_at
        return self.people.write_row(person)

    def write_export(self, data: dict[str, Any], touched: set[int]) -> list[int]:
        """Write a whole export (people first, then visits) inside the caller's transaction."""
        self.write_people(data.get("people") or [], touched)
        return self.write(data.get("visits") or [], touched)


def _next_batch(documents: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """The next documents to write together: up to a thousand, fewer once their files pass 64 MB of base64."""
    batch, file_text = [], 0
    for document in documents:
        batch.append(document)
        file_text += sum(len(item.get("data") or "") for item in document.get("attachments") or [])
        if len(batch) == _DOCUMENTS_PER_BATCH or file_text > _FILE_TEXT_PER_BATCH:
            break
    return batch


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
    """Writes batches of visit documents, each batch's people looked up together.

    A document with "attachments" replaces the visit's files with those it brings; one without leaves them.
    """

    def __init__(self, session: Session, visits: VisitRepository, people: PersonRepository,
                 records: dict[str, RecordRepository], attachments: AttachmentRepository):
        self.session = session
        self.conn = session.conn
        self.visits = visits
        self.people = people
        self.records = records
        self.attachments = attachments
        self._forget_people()

    def _forget_people(self) -> None:
        """Start a batch knowing no one: what earlier batches wrote is in the database, and memory stays flat."""
        self.people_by_uuid: dict[str, domain.Person] = {}
        self.people_by_key: dict[tuple[str, str | None], domain.Person] = {}
        self.people_by_id: dict[int, domain.Person] = {}
        self.absent_uuids: set[str] = set()

    def _next_ids(self) -> dict[str, int]:
        """The id SQLite would give the next row of each table (the highest id plus one)."""
        return {table: self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
                for table in ("visits", "people", *self.records)}

    def _look_up_people(self, parsed: list[tuple]) -> None:
        """Read the people this batch mentions that no earlier batch has met."""
        uuids, keys = set(), set()
        for _, children in parsed:
            for _, person in children["participants"]:
                if person.uuid and person.uuid not in self.people_by_uuid and person.uuid not in self.absent_uuids:
                    uuids.add(person.uuid)
                if (person.name, person.country) not in self.people_by_key:
                    keys.add((person.name, person.country))
        by_uuid, by_key = self.people.matching(uuids, keys)
        for found, known in ((by_uuid, self.people_by_uuid), (by_key, self.people_by_key)):
            for key, person in found.items():
                known[key] = self.people_by_id.setdefault(person.id, person)
        self.absent_uuids.update(uuids - by_uuid.keys())

    def _person_id(self, person: domain.Person, next_ids: dict[str, int], now: str,
                   new_people: list[domain.Person], changed_people: dict[int, domain.Person]) -> int:
        """The id of the person a participant names: a known one (its organization updated), or a new one."""
        found = (self.people_by_uuid.get(person.uuid) if person.uuid else None) or self.people_by_key.get(
            (person.name, person.country))
        if found is not None:
            if person.organization and found.organization != person.organization:
                found.organization, found.updated_at = person.organization, now
                changed_people[found.id] = found
            return found.id
        added = domain.Person(id=next_ids["people"], uuid=person.uuid or new_uuid(), name=person.name,
                              organization=person.organization, country=person.country,
                              biography=person.biography, created_at=now, updated_at=now)
        next_ids["people"] += 1
        new_people.append(added)
        self.people_by_id[added.id] = added
        self.people_by_key[(added.name, added.country)] = added
        if person.uuid:
            self.people_by_uuid[person.uuid] = added
        return added.id

    def write(self, parsed: list[tuple], touched: set[int], progress: Callable[[int, int], None] | None,
              done: int, total: int) -> list[int]:
        self._forget_people()
        existing = self.visits.ids_for_uuids([visit.uuid for visit, _ in parsed if visit.uuid])
        self._look_up_people(parsed)
        for chunk, marks in in_lists(sorted(existing.values())):
            for table in self.records:
                self.conn.execute(f"DELETE FROM {table} WHERE visit_id IN ({marks})", chunk)
        next_ids = self._next_ids()
        rows: dict[str, list] = {table: [] for table in ("visits", "people", *self.records, "agreement_signatories")}
        new_people: list[domain.Person] = []
        changed_people: dict[int, domain.Person] = {}
        written = []
        for visit, children in parsed:
            now = self.session.now()
            if visit.uuid in existing:
                visit.id = existing[visit.uuid]
                visit_id = self.visits.write_row(visit)
            else:
                visit_id = next_ids["visits"]
                next_ids["visits"] += 1
                rows["visits"].append(self.visits.new_row(visit, visit_id, now))
            touched.add(visit_id)
            written.append(visit_id)
            participant_ids: dict[str, int] = {}
            for position, (participant, person) in enumerate(children["participants"], start=1):
                participant.person_id = self._person_id(person, next_ids, now, new_people, changed_people)
                participant.visit_id, participant.position = visit_id, position
                participant_ids[person.name] = self._add(rows, next_ids, "participants", participant, now)
            for position, (agreement, signatories) in enumerate(children["agreements"], start=1):
                agreement.visit_id, agreement.position = visit_id, position
                agreement_id = self._add(rows, next_ids, "agreements", agreement, now)
                rows["agreement_signatories"] += [(agreement_id, participant_ids[name], place)
                                                  for place, name in enumerate(signatories, start=1)]
            for table in self.records:
                if table in ("participants", "agreements"):
                    continue
                for position, record in enumerate(children[table], start=1):
                    record.visit_id, record.position = visit_id, position
                    self._add(rows, next_ids, table, record, now)
            done += 1
            if progress:
                progress(done, total)
        inserted = {person.id for person in new_people}
        rows["people"] = [self.people.new_row(person) for person in new_people]
        self.people.update_many(person for person in changed_people.values() if person.id not in inserted)
        statements = {"visits": self.visits.insert_sql, "people": self.people.insert_sql,
                      "agreement_signatories": SIGNATORIES_INSERT_SQL,
                      **{table: repository.insert_sql for table, repository in self.records.items()}}
        for table, table_rows in rows.items():  # parents first: the foreign keys are checked row by row
            if table_rows:
                self.conn.executemany(statements[table], table_rows)
        # Their search rows hold the people's organizations.
        touched.update(self.people.visit_ids_of(changed_people))
        for visit_id, (_, children) in zip(written, parsed, strict=True):
            if "attachments" in children:
                self.attachments.delete_for_visits([visit_id])
                for kept in children["attachments"]:
                    self.attachments.insert(visit_id, kept.name, kept.media_type, kept.data, kept.added_at)
        return written

    def _add(self, rows: dict[str, list], next_ids: dict[str, int], table: str, record: Any, now: str) -> int:
        record_id = next_ids[table]
        next_ids[table] += 1
        rows[table].append(self.records[table].new_row(record, record_id, now))
        return record_id
