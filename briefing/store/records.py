"""Repositories for the records that belong to one visit: save, load, delete, reorder."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from briefing import domain
from briefing.store.people import PersonRepository
from briefing.store.rows import NotFound, Session, insert_row, insert_statement, is_row_id, new_uuid, update_row

# Fields of a record that are not columns of its table, or that the repository sets itself.
_MANAGED = {"id", "uuid", "created_at", "updated_at"}
SIGNATORIES_INSERT_SQL = "INSERT INTO agreement_signatories(agreement_id, participant_id, position) VALUES (?, ?, ?)"


class RecordRepository:
    """Save, load, reorder and delete one kind of visit record, each write one undoable step."""

    def __init__(self, session: Session, table: str, validate: Callable[[Any], dict[str, str]], noun: str,
                 extra_fields: frozenset[str] = frozenset(), plural: str = ""):
        self.session = session
        self.table = table
        self.record_type = domain.VISIT_RECORD_TYPES[table]
        self.validate = validate
        self.noun = noun
        self.plural = plural or noun + "s"
        fields = [f.name for f in dataclasses.fields(self.record_type)]
        self.columns = [name for name in fields if name not in _MANAGED and name not in extra_fields]
        self.insert_sql = insert_statement(table, ["id", *self.columns, "uuid", "created_at", "updated_at"])
        self._values = attrgetter(*self.columns)

    @property
    def _conn(self):
        return self.session.conn

    def _select(self) -> str:
        return f"SELECT * FROM {self.table} AS r"

    def _from_row(self, row: dict) -> Any:
        names = {f.name for f in dataclasses.fields(self.record_type)}
        return self.record_type(**{k: v for k, v in row.items() if k in names})

    def _rows(self, sql: str, params: list) -> list[dict]:
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, record_id: int) -> Any:
        """One record by id; NotFound when there is none."""
        rows = self._rows(f"{self._select()} WHERE r.id = ?", [record_id]) if is_row_id(record_id) else []
        if not rows:
            raise NotFound(f"no {self.noun} with id {record_id}")
        return self._from_row(rows[0])

    def for_visit(self, visit_id: int) -> list[Any]:
        """The visit's records in their display order."""
        rows = self._rows(f"{self._select()} WHERE r.visit_id = ? ORDER BY r.position, r.id", [visit_id])
        return [self._from_row(row) for row in rows]

    def save(self, record: Any) -> Any:
        """Validate and write the record (insert when it has no id); returns it with id and uuid."""
        errors = self.validate(record)
        if errors:
            raise domain.ValidationError(errors)
        label = f"{'Edit' if record.id else 'Add'} {self.noun}"
        with self.session.write(label) as touched:
            saved = self.write_row(record)
            touched.add(saved.visit_id)
        return saved

    def write_row(self, record: Any) -> Any:
        """Insert or update the row inside the caller's transaction (no validation)."""
        now = self.session.now()
        if record.id is None:
            record_id = self._insert(record, now)
        else:
            values = {name: getattr(record, name) for name in self.columns}
            record_id = record.id
            values["updated_at"] = now
            update_row(self._conn, self.table, record_id, values, self.noun)
        self.session.touch_visit(record.visit_id, now)
        return self.get(record_id)

    def new_row(self, record: Any, record_id: int, now: str) -> tuple:
        """The values `insert_sql` writes for a new record given its id (bulk writes: no validation)."""
        return (record_id, *self._values(record), record.uuid or new_uuid(), record.created_at or now,
                record.updated_at or now)

    def _insert(self, record: Any, now: str) -> int:
        values = {name: getattr(record, name) for name in self.columns}
        if not values.get("position"):
            values["position"] = self._next_position(record.visit_id)
        values.update(uuid=record.uuid or new_uuid(),
                      created_at=record.created_at or now, updated_at=record.updated_at or now)
        return insert_row(self._conn, self.table, values)

    def _next_position(self, visit_id: int) -> int:
        row = self._conn.execute(f"SELECT coalesce(max(position), 0) + 1 FROM {self.table} WHERE visit_id = ?",
                                 [visit_id]).fetchone()
        return row[0]

    def delete(self, record_id: int) -> None:
        """Delete the record."""
        record = self.get(record_id)
        with self.session.write(f"Delete {self.noun}") as touched:
            self._conn.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])
            self.session.touch_visit(record.visit_id, self.session.now())
            touched.add(record.visit_id)

    def move(self, record_id: int, offset: int) -> None:
        """Move the record up (offset -1) or down (+1) in its visit's order."""
        record = self.get(record_id)
        siblings = [r.id for r in self.for_visit(record.visit_id)]
        index = siblings.index(record_id)
        target = index + offset
        if not 0 <= target < len(siblings):
            return
        siblings[index], siblings[target] = siblings[target], siblings[index]
        with self.session.write(f"Reorder {self.plural}") as touched:
            for position, sibling in enumerate(siblings, start=1):
                self._conn.execute(f"UPDATE {self.table} SET position = ? WHERE id = ?", [position, sibling])
            touched.add(record.visit_id)


class ParticipantRepository(RecordRepository):
    """Participants, with the person's name joined in."""

    def __init__(self, session: Session, people: PersonRepository):
        super().__init__(session, "participants", domain.validate_participant, "participant",
                         extra_fields=frozenset({"person_name"}))
        self.people = people

    def _select(self) -> str:
        return "SELECT r.*, p.name AS person_name FROM participants AS r JOIN people AS p ON p.id = r.person_id"

    def for_visit(self, visit_id: int) -> list[domain.Participant]:
        """Host side first, heads of delegation first within a side, then the order set by the user."""
        rows = self._rows(
            f"{self._select()} WHERE r.visit_id = ? ORDER BY r.side = 'guest', "
            "r.role IS NOT 'head of delegation', r.position, r.id", [visit_id])
        return [self._from_row(row) for row in rows]

    def save_with_new_person(self, record: domain.Participant, person: domain.Person) -> domain.Participant:
        """Create the person and their participation in one step (one undo); both are validated first."""
        errors = {**domain.validate_person(person),
                  **{k: v for k, v in self.validate(dataclasses.replace(record, person_id=0)).items()}}
        if errors:
            raise domain.ValidationError(errors)
        with self.session.write("Add participant") as touched:
            person_id = self.people.write_row(person)
            saved = self.write_row(dataclasses.replace(record, person_id=person_id))
            touched.add(saved.visit_id)
        return saved

    def save(self, record: domain.Participant) -> domain.Participant:
        """Validate and write; a person can take part in a visit only once."""
        clash = self._conn.execute(
            "SELECT 1 FROM participants WHERE visit_id = ? AND person_id = ? AND id IS NOT ?",
            [record.visit_id, record.person_id, record.id]).fetchone()
        if clash:
            raise domain.ValidationError({"person_id": domain.Problem(domain.ALREADY_TAKES_PART)})
        return super().save(record)


class AgreementRepository(RecordRepository):
    """Agreements with their signatories (participants of the same visit)."""

    def __init__(self, session: Session):
        super().__init__(session, "agreements", domain.validate_agreement, "agreement",
                         extra_fields=frozenset({"signatory_ids"}))

    def _from_row(self, row: dict) -> domain.Agreement:
        agreement = super()._from_row(row)
        agreement.signatory_ids = [r[0] for r in self._conn.execute(
            "SELECT participant_id FROM agreement_signatories WHERE agreement_id = ? ORDER BY position, id",
            [agreement.id])]
        return agreement

    def write_row(self, record: domain.Agreement) -> domain.Agreement:
        """Write the agreement and replace its signatories."""
        saved = super().write_row(record)
        self._check_signatories(record)
        current = saved.signatory_ids
        if current != list(record.signatory_ids):
            self._conn.execute("DELETE FROM agreement_signatories WHERE agreement_id = ?", [saved.id])
            self._conn.executemany(
                SIGNATORIES_INSERT_SQL,
                [(saved.id, pid, position) for position, pid in enumerate(record.signatory_ids, start=1)])
            saved.signatory_ids = list(record.signatory_ids)
        return saved

    def _check_signatories(self, record: domain.Agreement) -> None:
        for participant_id in record.signatory_ids:
            row = self._conn.execute("SELECT visit_id FROM participants WHERE id = ?", [participant_id]).fetchone()
            if row is None or row[0] != record.visit_id:
                raise domain.ValidationError(
                    {"signatory_ids": domain.Problem(domain.SIGNATORY_ELSEWHERE)})


def make_visit_record_repositories(session: Session, people: PersonRepository) -> dict[str, RecordRepository]:
    """The repositories of every kind of record attached to a visit, by table name, in document order."""
    repositories = [
        ParticipantRepository(session, people),
        RecordRepository(session, "cooperation_areas", domain.validate_area, "cooperation area"),
        AgreementRepository(session),
        RecordRepository(session, "history_entries", domain.validate_history_entry, "history entry",
                         plural="history entries"),
        RecordRepository(session, "quotes", domain.validate_quote, "quote"),
        RecordRepository(session, "talking_points", domain.validate_talking_point, "talking point"),
        RecordRepository(session, "follow_ups", domain.validate_follow_up, "follow-up action"),
    ]
    by_table = {repository.table: repository for repository in repositories}
    return {table: by_table[table] for table in domain.VISIT_RECORD_TYPES}
