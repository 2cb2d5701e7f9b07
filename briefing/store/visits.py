"""The visits table: the list users browse (search and sort in SQL) and the visit record itself."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from briefing import domain
from briefing.store.records import NotFound
from briefing.store.search import match_expression

if TYPE_CHECKING:
    from briefing.store.store import Store

_VISIT_COLUMNS = ("title", "host_country", "guest_country", "city", "start_date", "end_date", "visit_type",
                  "level", "status", "summary", "significance", "source")

# What the list can be sorted by, and the SQL for it; id breaks ties so the order is stable.
SORT_KEYS = {
    "title": "v.title COLLATE NOCASE",
    "host_country": "h.name",
    "guest_country": "g.name",
    "city": "v.city COLLATE NOCASE",
    "start_date": "v.start_date",
    "end_date": "v.end_date",
    "status": "v.status",
}


# Sort orders an index can deliver: with many search matches, walking the index in order and
# keeping the matches finds the first page without sorting every match.
_SORT_INDEXES = {"start_date": "visits_start_date", "end_date": "visits_end_date", "title": "visits_title",
                 "city": "visits_city", "status": "visits_status"}
# Below this many matches, sorting the matches beats walking the whole index.
_FEW_MATCHES = 3000


class VisitRow(NamedTuple):
    """One line of the visit list: what the list shows, countries as names."""

    id: int
    uuid: str
    title: str
    host_country: str | None
    guest_country: str | None
    city: str
    start_date: str | None
    end_date: str | None
    status: str | None


@dataclass(frozen=True)
class VisitQuery:
    """Which visits the list shows and in what order."""

    text: str = ""
    sort: str = "start_date"
    descending: bool = True
    country: str | None = None  # alpha-2: visits with this country as host or guest


_ROW_SELECT = """
SELECT v.id, v.uuid, v.title, h.name, g.name, v.city, v.start_date, v.end_date, v.status
  FROM visits v
  LEFT JOIN countries h ON h.code = v.host_country
  LEFT JOIN countries g ON g.code = v.guest_country
"""


class VisitRepository:
    """Visits: list, search, load, save, delete."""

    def __init__(self, store: Store):
        self.store = store

    @property
    def _conn(self):
        return self.store.db.conn

    def _where(self, query: VisitQuery) -> tuple[str, list]:
        clauses, params = [], []
        expression = match_expression(query.text)
        if expression:
            clauses.append("v.id IN (SELECT rowid FROM visit_search WHERE visit_search MATCH ?)")
            params.append(expression)
        if query.country:
            clauses.append("(v.host_country = ? OR v.guest_country = ?)")
            params += [query.country, query.country]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _order(self, query: VisitQuery) -> str:
        direction = "DESC" if query.descending else "ASC"
        column = SORT_KEYS.get(query.sort)
        if column is None:
            raise ValueError(f"cannot sort visits by {query.sort!r}; use one of {', '.join(SORT_KEYS)}")
        return f" ORDER BY {column} {direction}, v.id {direction}"

    def ids(self, query: VisitQuery = VisitQuery()) -> list[int]:
        """The ids of the visits the query selects, in its order."""
        where, params = self._where(query)
        needs_countries = query.sort in ("host_country", "guest_country")
        joins = ("LEFT JOIN countries h ON h.code = v.host_country "
                 "LEFT JOIN countries g ON g.code = v.guest_country") if needs_countries else ""
        sql = f"SELECT v.id FROM visits v {joins}{where}{self._order(query)}"
        return [row[0] for row in self._conn.execute(sql, params)]

    def rows(self, ids: list[int]) -> dict[int, VisitRow]:
        """List rows for these visit ids (missing ids are left out)."""
        found: dict[int, VisitRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = f"{_ROW_SELECT} WHERE v.id IN ({','.join('?' * len(chunk))})"
            for row in self._conn.execute(sql, chunk):
                found[row[0]] = VisitRow(*row)
        return found

    def list(self, query: VisitQuery = VisitQuery(), limit: int | None = None) -> list[VisitRow]:
        """The list rows the query selects, in order."""
        where, params = self._where(query)
        sql = _ROW_SELECT + where + self._order(query)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [VisitRow(*row) for row in self._conn.execute(sql, params)]

    def count(self, query: VisitQuery | None = None) -> int:
        """How many visits the query selects (all visits when None)."""
        if query is None or (not match_expression(query.text) and not query.country):
            return self._conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        expression = match_expression(query.text)
        if not query.country:
            return self._conn.execute("SELECT count(*) FROM visit_search WHERE visit_search MATCH ?",
                                      [expression]).fetchone()[0]
        where, params = self._where(query)
        return self._conn.execute(f"SELECT count(*) FROM visits v{where}", params).fetchone()[0]

    def page(self, query: VisitQuery, offset: int, limit: int, matches: int | None = None) -> list[VisitRow]:
        """`limit` list rows from position `offset` of the query's order.

        `matches` (the query's count, when the caller has it) picks the faster plan: with many
        matches the sort index is walked in order, with few the matches are sorted.
        """
        where, params = self._where(query)
        index = _SORT_INDEXES.get(query.sort)
        if matches is None and query.text:
            matches = self.count(query)
        if matches == 0:
            return []
        hint = f" INDEXED BY {index}" if index and query.text and matches > _FEW_MATCHES else ""
        sql = (_ROW_SELECT.replace("FROM visits v", f"FROM visits v{hint}") + where + self._order(query)
               + " LIMIT ? OFFSET ?")
        return [VisitRow(*row) for row in self._conn.execute(sql, [*params, limit, offset])]

    def get(self, visit_id: int) -> domain.Visit:
        """One visit by id; NotFound when there is none."""
        cursor = self._conn.execute("SELECT * FROM visits WHERE id = ?", [visit_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFound(f"no visit with id {visit_id}")
        names = [d[0] for d in cursor.description]
        return domain.Visit(**dict(zip(names, row, strict=True)))

    def id_for_uuid(self, uuid: str) -> int | None:
        """The id of the visit with this UUID, or None."""
        row = self._conn.execute("SELECT id FROM visits WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def save(self, visit: domain.Visit) -> domain.Visit:
        """Validate and write the visit (insert when it has no id); returns it as stored."""
        errors = domain.validate_visit(visit)
        if errors:
            raise domain.ValidationError(errors)
        with self.store.write("Edit visit" if visit.id else "Add visit") as touched:
            visit_id = self.write_row(visit)
            touched.add(visit_id)
        return self.get(visit_id)

    def write_row(self, visit: domain.Visit) -> int:
        """Insert or update the row inside the caller's transaction; returns its id."""
        now = self.store.now()
        values = {name: getattr(visit, name) for name in _VISIT_COLUMNS}
        for text_column in ("city", "summary", "significance", "source"):
            values[text_column] = values[text_column] or ""
        if visit.id is None:
            values.update(uuid=visit.uuid or str(uuidlib.uuid4()), created_at=visit.created_at or now,
                          updated_at=visit.updated_at or now)
            cursor = self._conn.execute(
                f"INSERT INTO visits ({','.join(values)}) VALUES ({','.join('?' * len(values))})",
                list(values.values()))
            return cursor.lastrowid
        values["updated_at"] = now
        cursor = self._conn.execute(f"UPDATE visits SET {','.join(f'{n} = ?' for n in values)} WHERE id = ?",
                                    [*values.values(), visit.id])
        if cursor.rowcount == 0:
            raise NotFound(f"no visit with id {visit.id}")
        return visit.id

    def dependents(self, visit_id: int) -> dict[str, int]:
        """How many records of each kind go when the visit is deleted."""
        counts = {}
        for table in ("participants", "cooperation_areas", "agreements", "history_entries", "quotes",
                      "talking_points", "follow_ups"):
            counts[table] = self._conn.execute(
                f"SELECT count(*) FROM {table} WHERE visit_id = ?", [visit_id]).fetchone()[0]
        return counts

    def delete(self, visit_id: int) -> None:
        """Delete the visit and everything attached to it (people stay)."""
        self.get(visit_id)
        with self.store.write("Delete visit") as touched:
            self._conn.execute("DELETE FROM visits WHERE id = ?", [visit_id])
            touched.add(visit_id)
