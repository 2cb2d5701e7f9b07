"""People: one record per person, shared by every visit they take part in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields

from briefing import domain
from briefing.domain import fold_name
from briefing.names import name_key
from briefing.store.connection import in_lists
from briefing.store.rows import (
    NotFound,
    RecordInUse,
    Session,
    insert_row,
    insert_statement,
    is_row_id,
    new_uuid,
    update_row,
)

_COLUMNS = ("name", "organization", "country", "biography")
_PERSON_FIELDS = {f.name for f in fields(domain.Person)}
_PAGE = 1000  # rows read at a time
_UPDATE_SQL = ("UPDATE people SET name = ?, organization = ?, country = ?, biography = ?, folded_name = ?, "
               "name_key = ?, updated_at = ? WHERE id = ?")


class PersonRepository:
    """People: find, load, save, delete while unused."""

    insert_sql = insert_statement("people", ["id", *_COLUMNS, "folded_name", "name_key", "uuid", "created_at",
                                              "updated_at"])

    def __init__(self, session: Session):
        self.session = session

    @property
    def _conn(self):
        return self.session.conn

    def _people(self, sql: str, params: list) -> list[domain.Person]:
        return list(self._each(sql, params))

    def _each(self, sql: str, params: list) -> Iterator[domain.Person]:
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(_PAGE):
            yield from (domain.Person(**{k: v for k, v in zip(names, row, strict=True) if k in _PERSON_FIELDS})
                        for row in rows)

    def get(self, person_id: int) -> domain.Person:
        """One person by id; NotFound when there is none."""
        found = self._people("SELECT * FROM people WHERE id = ?", [person_id]) if is_row_id(person_id) else []
        if not found:
            raise NotFound(f"no person with id {person_id}")
        return found[0]

    def get_by_uuid(self, uuid: str) -> domain.Person | None:
        """The person with this UUID, if any."""
        found = self._people("SELECT * FROM people WHERE uuid = ?", [uuid])
        return found[0] if found else None

    def list(self, name_contains: str = "", limit: int = 500) -> list[domain.Person]:
        """People whose name contains the text, ignoring case and accents in any script, by name."""
        folded = fold_name(name_contains)
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._people(
            "SELECT * FROM people WHERE folded_name LIKE ? ESCAPE '\\' ORDER BY folded_name, id LIMIT ?",
            [pattern, limit])

    def all(self) -> list[domain.Person]:
        """Every person, by name then UUID (the order exports use)."""
        return list(self.each())

    def each(self) -> Iterator[domain.Person]:
        """Every person, by name then UUID (the order exports use), read a page at a time."""
        return self._each("SELECT * FROM people ORDER BY name, uuid", [])

    def find(self, name: str, country: str | None) -> domain.Person | None:
        """The person with exactly this name and country, if any."""
        found = self._people("SELECT * FROM people WHERE name = ? AND country IS ? ORDER BY id LIMIT 1",
                             [name, country])
        return found[0] if found else None

    def matching(self, uuids: Iterable[str], keys: Iterable[tuple[str, str | None]]
                 ) -> tuple[dict[str, domain.Person], dict[tuple[str, str | None], domain.Person]]:
        """The people with these UUIDs, and for each (name, country) the person `find` gives, by key.

        Only the people asked about are read, in batches, so the cost follows the question and not
        the size of the database. A person found both ways is one object in both answers.
        """
        found: dict[int, domain.Person] = {}
        wanted_uuids = sorted({uuid for uuid in uuids if uuid})
        wanted_keys = set(keys)
        for chunk, marks in in_lists(wanted_uuids):
            for person in self._people(f"SELECT * FROM people WHERE uuid IN ({marks})", chunk):
                found.setdefault(person.id, person)
        ordered = sorted(wanted_keys, key=lambda key: (key[0], key[1] or ""))
        for chunk, _marks in in_lists(ordered):
            pairs = ",".join("(?, ?)" for _ in chunk)
            for person in self._people(f"SELECT p.* FROM (VALUES {pairs}) AS k CROSS JOIN people AS p "
                                       "ON p.name = k.column1 AND p.country IS k.column2",
                                       [value for key in chunk for value in key]):
                found.setdefault(person.id, person)
        uuid_set = set(wanted_uuids)
        by_uuid = {person.uuid: person for person in found.values() if person.uuid in uuid_set}
        by_key: dict[tuple[str, str | None], domain.Person] = {}
        for person_id in sorted(found):  # the lowest id first, as find() orders
            person = found[person_id]
            key = (person.name, person.country)
            if key in wanted_keys:
                by_key.setdefault(key, person)
        return by_uuid, by_key

    def same_name(self, name: str) -> list[domain.Person]:
        """People stored under this name spelt any way: accents, case, word order and a Latin or Cyrillic
        transliteration aside (briefing.names.name_key); by id."""
        key = name_key(name)
        return self._people("SELECT * FROM people WHERE name_key = ? ORDER BY id", [key]) if key else []

    def visit_ids(self, person_id: int) -> list[int]:
        """The visits this person takes part in."""
        return [row[0] for row in self._conn.execute(
            "SELECT visit_id FROM participants WHERE person_id = ? ORDER BY visit_id", [person_id])]

    def visit_ids_of(self, person_ids: Iterable[int]) -> set[int]:
        """The visits any of these people take part in, looked up in batches."""
        found: set[int] = set()
        for chunk, marks in in_lists(sorted(set(person_ids))):
            found.update(row[0] for row in self._conn.execute(
                f"SELECT visit_id FROM participants WHERE person_id IN ({marks})", chunk))
        return found

    @staticmethod
    def new_row(person: domain.Person) -> tuple:
        """The values `insert_sql` writes for a person whose id, UUID and timestamps are set."""
        return (person.id, person.name, person.organization or "", person.country, person.biography or "",
                fold_name(person.name), name_key(person.name), person.uuid, person.created_at, person.updated_at)

    def update_many(self, people: Iterable[domain.Person]) -> None:
        """Write these people's fields and updated_at over their rows (bulk writes: nothing read back)."""
        self._conn.executemany(_UPDATE_SQL, [(p.name, p.organization or "", p.country, p.biography or "",
                                              fold_name(p.name), name_key(p.name), p.updated_at, p.id)
                                             for p in people])

    def save(self, person: domain.Person) -> domain.Person:
        """Validate and write the person; their visits' search rows follow a change of name."""
        errors = domain.validate_person(person)
        if errors:
            raise domain.ValidationError(errors)
        with self.session.write("Edit person" if person.id else "Add person") as touched:
            person_id = self.write_row(person)
            touched.update(self.visit_ids(person_id))
        return self.get(person_id)

    def write_row(self, person: domain.Person) -> int:
        """Insert or update the row inside the caller's transaction; returns its id."""
        now = self.session.now()
        values = {name: getattr(person, name) for name in _COLUMNS}
        values["folded_name"] = fold_name(person.name)
        values["name_key"] = name_key(person.name)
        values["organization"] = values["organization"] or ""
        values["biography"] = values["biography"] or ""
        if person.id is None:
            values.update(uuid=person.uuid or new_uuid(), created_at=person.created_at or now,
                          updated_at=now)
            return insert_row(self._conn, "people", values)
        values["updated_at"] = now
        update_row(self._conn, "people", person.id, values, "person")
        return person.id

    def delete(self, person_id: int) -> None:
        """Delete a person no visit uses; RecordInUse, naming those visits, otherwise."""
        person = self.get(person_id)
        visit_ids = self.visit_ids(person_id)
        if visit_ids:
            titles = [row[0] for row in self._conn.execute(
                f"SELECT title FROM visits WHERE id IN ({','.join('?' * len(visit_ids[:3]))}) ORDER BY start_date, id",
                visit_ids[:3])]
            named = "; ".join(f"‘{title}’" for title in titles) + (
                f" and {len(visit_ids) - 3} more" if len(visit_ids) > 3 else "")
            raise RecordInUse(f"{person.name} takes part in {len(visit_ids)} visit{'s' if len(visit_ids) > 1 else ''} "
                              f"({named}); remove them from those visits first, or merge them into another person",
                              visit_ids)
        with self.session.write("Delete person"):
            self._conn.execute("DELETE FROM people WHERE id = ?", [person_id])

    def merge(self, keep_id: int, other_id: int) -> domain.Person:
        """Make `other_id` one with `keep_id`, in one transaction (one undo step), and delete it.

        Their participations move to the person kept; where both took part in the same visit, the kept
        participation takes the other's signatures (and its title and role where it has none). The
        biographies are joined, and the kept person's empty organisation and country are filled.
        """
        if keep_id == other_id:
            raise ValueError("a person cannot be merged with themselves")
        keep, other = self.get(keep_id), self.get(other_id)
        biography = keep.biography
        if other.biography.strip() and other.biography.strip() not in keep.biography:
            biography = f"{keep.biography.rstrip()}\n\n{other.biography.strip()}" if keep.biography.strip() \
                else other.biography
        merged = domain.Person(id=keep.id, uuid=keep.uuid, created_at=keep.created_at, name=keep.name,
                               organization=keep.organization or other.organization,
                               country=keep.country or other.country, biography=biography)
        conn = self._conn
        with self.session.write("Merge people") as touched:
            touched.update(self.visit_ids(keep_id), self.visit_ids(other_id))
            shared = conn.execute(
                "SELECT o.id, k.id FROM participants o JOIN participants k ON k.visit_id = o.visit_id "
                "AND k.person_id = ? WHERE o.person_id = ?", [keep_id, other_id]).fetchall()
            for other_participant, kept_participant in shared:
                conn.execute("INSERT OR IGNORE INTO agreement_signatories(agreement_id, participant_id, position) "
                             "SELECT agreement_id, ?, position FROM agreement_signatories WHERE participant_id = ?",
                             [kept_participant, other_participant])
                conn.execute("UPDATE participants SET title = CASE WHEN title = '' THEN "
                             "(SELECT title FROM participants WHERE id = ?) ELSE title END, "
                             "role = coalesce(role, (SELECT role FROM participants WHERE id = ?)) WHERE id = ?",
                             [other_participant, other_participant, kept_participant])
                conn.execute("DELETE FROM participants WHERE id = ?", [other_participant])
            conn.execute("UPDATE participants SET person_id = ? WHERE person_id = ?", [keep_id, other_id])
            self.write_row(merged)
            conn.execute("DELETE FROM people WHERE id = ?", [other_id])
        return self.get(keep_id)
