"""The visits table: the list users browse (search and sort in SQL) and the visit record itself."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import NamedTuple

from briefing import domain, messages
from briefing.countries import local_name_for_code, sort_key
from briefing.store.connection import in_lists
from briefing.store.rows import NotFound, Session, insert_row, insert_statement, is_row_id, new_uuid, update_row
from briefing.store.search import MATCHING_IDS_SQL, match_expression, visit_id_for_key

_VISIT_COLUMNS = ("title", "host_country", "guest_country", "city", "start_date", "end_date", "visit_type",
                  "level", "status", "summary", "significance", "source")
_VISIT_FIELDS = {f.name for f in fields(domain.Visit)}
_TEXT_COLUMNS = ("city", "summary", "significance", "source")  # written as '' when empty

# What the list can be sorted by, and the SQL for it; id breaks ties so the order is stable.
SORT_KEYS = {
    "title": "v.title COLLATE NOCASE",
    "host_country": "h.position",  # the country's rank by its name in the interface language
    "guest_country": "g.position",
    "city": "v.city COLLATE NOCASE",
    "start_date": "v.start_date",
    "end_date": "v.end_date",
    "status": "v.status",
}


# Sort orders an index can deliver: walking the index in order (keeping the matches of a search)
# finds a page without sorting every visit. Countries are walked by their rank in the interface language's
# name order (temp.country_order, made on the connection: the file itself is not changed).
_SORT_INDEXES = {"start_date": "visits_start_date", "end_date": "visits_end_date", "title": "visits_title",
                 "city": "visits_city", "status": "visits_status"}
_COUNTRY_SORTS = {"host_country": ("v.host_country", "visits_host_country"),
                  "guest_country": ("v.guest_country", "visits_guest_country")}
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
    date_from: str | None = None  # yyyy-mm-dd: visits that end (or start) on or after this day
    date_to: str | None = None  # yyyy-mm-dd: visits that start on or before this day
    visit_type: str | None = None
    status: str | None = None
    open_follow_ups: bool = False  # visits with a follow-up still to do

    @property
    def filtered(self) -> bool:
        """Whether anything besides the search text narrows the list."""
        return bool(self.country or self.date_from or self.date_to or self.visit_type or self.status
                    or self.open_follow_ups)

    @property
    def selects_all(self) -> bool:
        """Whether the query shows every visit (no search text, no filter)."""
        return not match_expression(self.text) and not self.filtered


_ROW_SELECT = """
SELECT v.id, v.uuid, v.title, h.name, g.name, v.city, v.start_date, v.end_date, v.status
  FROM visits v
  LEFT JOIN countries h ON h.code = v.host_country
  LEFT JOIN countries g ON g.code = v.guest_country
"""


def _filter_clauses(query: VisitQuery) -> tuple[list[str], list]:
    """The SQL conditions (on `visits v`) of the query's filters, without its search text."""
    clauses: list[str] = []
    params: list = []
    if query.country:
        clauses.append("(v.host_country = ? OR v.guest_country = ?)")
        params += [query.country, query.country]
    if query.date_from:
        clauses.append("coalesce(v.end_date, v.start_date) >= ?")
        params.append(query.date_from)
    if query.date_to:
        clauses.append("v.start_date <= ?")
        params.append(query.date_to)
    # Type and status are checked row by row (the unary + keeps SQLite from walking the status index, which
    # holds most visits, instead of a country's or the sort order's).
    if query.visit_type:
        clauses.append("+v.visit_type = ?")
        params.append(query.visit_type)
    if query.status:
        clauses.append("+v.status = ?")
        params.append(query.status)
    if query.open_follow_ups:
        marks = ", ".join("?" for _ in domain.OPEN_FOLLOW_UP_STATUSES)
        clauses.append(f"v.id IN (SELECT f.visit_id FROM follow_ups f WHERE f.status IN ({marks}))")
        params += list(domain.OPEN_FOLLOW_UP_STATUSES)
    return clauses, params


def filter_conditions(query: VisitQuery) -> tuple[str, list]:
    """The SQL condition on `visits v` of the query's search text and filters, with its parameters
    ("1" and none when the query selects every visit)."""
    clauses, params = [], []
    expression = match_expression(query.text)
    if expression:
        clauses.append(f"v.id IN ({MATCHING_IDS_SQL})")
        params.append(expression)
    filters, filter_params = _filter_clauses(query)
    return " AND ".join(clauses + filters) or "1", params + filter_params


class VisitRepository:
    """Visits: list, search, load, save, delete."""

    insert_sql = insert_statement("visits", ["id", *_VISIT_COLUMNS, "uuid", "created_at", "updated_at"])

    def __init__(self, session: Session):
        self.session = session
        self._country_order_for: tuple[object, str] | None = None

    def _rank_countries(self) -> None:
        """Rank every country by its name in the interface language (briefing.messages.language()) in a
        temporary table of the connection, made again when the connection or the language changes."""
        conn, language = self._conn, messages.language()
        if self._country_order_for == (conn, language):
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS country_order(code TEXT PRIMARY KEY, position INTEGER NOT NULL)")
        conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS temp.country_order_position ON country_order(position)")
        ranked = sorted(conn.execute("SELECT code, name FROM countries").fetchall(),
                        key=lambda row: sort_key(local_name_for_code(row[0], language) or row[1]))
        conn.execute("DELETE FROM temp.country_order")
        conn.executemany("INSERT INTO temp.country_order(code, position) VALUES (?, ?)",
                         [(code, position) for position, (code, _name) in enumerate(ranked)])
        self._country_order_for = (conn, language)

    @property
    def _conn(self):
        return self.session.conn

    @staticmethod
    def _where(query: VisitQuery) -> tuple[str, list]:
        condition, params = filter_conditions(query)
        return (f" WHERE {condition}" if condition != "1" else ""), params

    def _order(self, query: VisitQuery) -> str:
        direction = "DESC" if query.descending else "ASC"
        column = SORT_KEYS.get(query.sort)
        if column is None:
            raise ValueError(f"cannot sort visits by {query.sort!r}; use one of {', '.join(SORT_KEYS)}")
        return f" ORDER BY {column} {direction}, v.id {direction}"

    def ids(self, query: VisitQuery = VisitQuery()) -> list[int]:
        """The ids of the visits the query selects, in its order."""
        where, params = self._where(query)
        sql = f"SELECT v.id FROM visits v{self._joins(query)}{where}{self._order(query)}"
        return [row[0] for row in self._conn.execute(sql, params)]

    def all_ids(self) -> set[int]:
        """The id of every visit, in no order (the primary key only; no search, no sorting)."""
        return {row[0] for row in self._conn.execute("SELECT id FROM visits")}

    def rows(self, ids: list[int]) -> dict[int, VisitRow]:
        """List rows for these visit ids (missing ids are left out)."""
        found: dict[int, VisitRow] = {}
        for chunk, marks in in_lists(ids):
            for row in self._conn.execute(f"{_ROW_SELECT} WHERE v.id IN ({marks})", chunk):
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

    def count(self, query: VisitQuery | None = None, at_most: int | None = None) -> int:
        """How many visits the query selects (all visits when None); with `at_most`, counting stops there."""
        if query is None or query.selects_all:
            return self._conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        expression = match_expression(query.text)
        if query.filtered:
            where, params = self._where(query)
            sql = f"SELECT 1 FROM visits v{where}"
        else:
            sql, params = "SELECT 1 FROM visit_search WHERE visit_search MATCH ?", [expression]
        if at_most is not None:
            sql += " LIMIT ?"
            params = [*params, at_most]
        return self._conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]

    def page(self, query: VisitQuery, offset: int, limit: int, matches: int | None = None) -> list[VisitRow]:
        """`limit` list rows from position `offset` of the query's order.

        `matches` (the query's count, when the caller has it) saves counting where the plan
        depends on it.
        """
        ids = self._page_ids(query, offset, limit, matches) if limit > 0 and offset >= 0 else []
        found = self.rows(ids)
        return [found[visit_id] for visit_id in ids if visit_id in found]

    def _page_ids(self, query: VisitQuery, offset: int, limit: int, matches: int | None) -> list[int]:
        expression = match_expression(query.text)
        if expression and query.sort == "start_date" and not query.filtered:
            # The search rows are keyed in this order: FTS5 walks its index and stops after the page.
            order = "ASC" if query.descending else "DESC"
            cursor = self._conn.execute("SELECT rowid FROM visit_search WHERE visit_search MATCH ? "
                                        f"ORDER BY rowid {order} LIMIT ? OFFSET ?", [expression, limit, offset])
            return [visit_id_for_key(key) for (key,) in cursor]
        where, params = self._where(query)
        if where:
            at_least = matches if matches is not None else self.count(query, at_most=_FEW_MATCHES + 1)
            if at_least <= _FEW_MATCHES:
                return self._ids(f"SELECT v.id FROM visits v{self._joins(query)}{where}{self._order(query)}",
                                 params, offset, limit)
        if query.sort in _COUNTRY_SORTS:
            return self._country_page_ids(query, where, params, offset, limit, matches)
        return self._ids(f"SELECT v.id FROM visits v INDEXED BY {_SORT_INDEXES[query.sort]}{where}"
                         f"{self._order(query)}", params, offset, limit)

    def _country_page_ids(self, query: VisitQuery, where: str, params: list, offset: int, limit: int,
                          matches: int | None) -> list[int]:
        """Countries in name order, each one's visits by id; visits without the country first (ascending)."""
        self._rank_countries()
        column, index = _COUNTRY_SORTS[query.sort]
        direction = "DESC" if query.descending else "ASC"
        also = where.replace(" WHERE ", " AND ", 1)
        named = (f"SELECT v.id FROM temp.country_order c INDEXED BY country_order_position CROSS JOIN visits v "
                 f"INDEXED BY {index} ON {column} = c.code{where} ORDER BY c.position {direction}, v.id {direction}")
        unnamed = f"SELECT v.id FROM visits v INDEXED BY {index} WHERE {column} IS NULL{also} ORDER BY v.id {direction}"
        without = self._conn.execute(f"SELECT count(*) FROM visits v WHERE {column} IS NULL{also}",
                                     params).fetchone()[0]
        if query.descending:
            total = matches if matches is not None else self.count(query)
            parts = ((named, total - without), (unnamed, without))
        else:
            parts = ((unnamed, without), (named, None))
        ids: list[int] = []
        for sql, size in parts:
            if size is None or offset < size:
                ids += self._ids(sql, params, offset, limit - len(ids))
            if len(ids) == limit:
                break
            offset = max(0, offset - size) if size is not None else 0
        return ids

    def _ids(self, sql: str, params: list, offset: int, limit: int) -> list[int]:
        return [row[0] for row in self._conn.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])]

    def _joins(self, query: VisitQuery) -> str:
        if query.sort in _COUNTRY_SORTS:
            self._rank_countries()
            return (" LEFT JOIN temp.country_order h ON h.code = v.host_country"
                    " LEFT JOIN temp.country_order g ON g.code = v.guest_country")
        return ""

    def position(self, query: VisitQuery, visit_id: int) -> int | None:
        """Where the visit stands in the query's order (0 first), or None when the query leaves it out."""
        where, params = self._where(query)
        sort_sql = SORT_KEYS[query.sort]
        row = self._conn.execute(f"SELECT {sort_sql}, (SELECT key FROM visit_search_keys WHERE visit_id = v.id) "
                                 f"FROM visits v{self._joins(query)} WHERE v.id = ?", [visit_id]).fetchone()
        if row is None:
            return None
        value, key = row
        expression = match_expression(query.text)
        if expression and not self._conn.execute(
                "SELECT 1 FROM visit_search WHERE visit_search MATCH ? AND rowid = ?", [expression, key]).fetchone():
            return None
        filters, filter_params = _filter_clauses(query)
        if filters and not self._conn.execute(f"SELECT 1 FROM visits v WHERE v.id = ? AND {' AND '.join(filters)}",
                                              [visit_id, *filter_params]).fetchone():
            return None
        if expression and query.sort == "start_date" and not query.filtered:
            earlier = "<" if query.descending else ">"
            return self._conn.execute("SELECT count(*) FROM visit_search WHERE visit_search MATCH ? "
                                      f"AND rowid {earlier} ?", [expression, key]).fetchone()[0]
        # Visits before it, counted in parts that are each a range of the sort index: undated (NULL)
        # values sort first, ties go by id.
        if query.sort in _COUNTRY_SORTS:
            column = _COUNTRY_SORTS[query.sort][0]
            compare = f"{column} IN (SELECT code FROM temp.country_order WHERE position {{}} ?)"
        else:
            column = sort_sql.split()[0]
            compare = f"{sort_sql} {{}} ?"
        before = ">" if query.descending else "<"
        if value is None:
            parts = [(f"{column} IS NULL AND v.id {before} ?", [visit_id])]
            if query.descending:
                parts.append((f"{column} IS NOT NULL", []))
        else:
            parts = [(compare.format(before), [value]),
                     (f"{compare.format('=')} AND v.id {before} ?", [value, visit_id])]
            if not query.descending:
                parts.append((f"{column} IS NULL", []))
        also = where.replace(" WHERE ", " AND ", 1)
        return sum(self._conn.execute(f"SELECT count(*) FROM visits v WHERE {condition}{also}",
                                      [*values, *params]).fetchone()[0] for condition, values in parts)

    def get(self, visit_id: int) -> domain.Visit:
        """One visit by id; NotFound when there is none."""
        if not is_row_id(visit_id):
            raise NotFound(f"no visit with id {visit_id}")
        cursor = self._conn.execute("SELECT * FROM visits WHERE id = ?", [visit_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFound(f"no visit with id {visit_id}")
        names = [d[0] for d in cursor.description]
        return domain.Visit(**{k: v for k, v in zip(names, row, strict=True) if k in _VISIT_FIELDS})

    def ids_for_uuids(self, uuids: list[str]) -> dict[str, int]:
        """The ids of the visits with these UUIDs (those that exist), by UUID, looked up in batches."""
        wanted = sorted(set(uuids))
        found: dict[str, int] = {}
        for chunk, marks in in_lists(wanted):
            found.update(self._conn.execute(f"SELECT uuid, id FROM visits WHERE uuid IN ({marks})", chunk).fetchall())
        return found

    def save(self, visit: domain.Visit) -> domain.Visit:
        """Validate and write the visit (insert when it has no id); returns it as stored."""
        errors = domain.validate_visit(visit)
        if errors:
            raise domain.ValidationError(errors)
        with self.session.write("Edit visit" if visit.id else "Add visit") as touched:
            visit_id = self.write_row(visit)
            touched.add(visit_id)
        return self.get(visit_id)

    def write_row(self, visit: domain.Visit) -> int:
        """Insert or update the row inside the caller's transaction; returns its id."""
        now = self.session.now()
        values = _column_values(visit)
        if visit.id is None:
            values.update(uuid=visit.uuid or new_uuid(), created_at=visit.created_at or now,
                          updated_at=visit.updated_at or now)
            return insert_row(self._conn, "visits", values)
        values["updated_at"] = now
        update_row(self._conn, "visits", visit.id, values, "visit")
        return visit.id

    @staticmethod
    def new_row(visit: domain.Visit, visit_id: int, now: str) -> tuple:
        """The values `insert_sql` writes for a new visit given its id (bulk writes: no validation)."""
        return (visit_id, *_column_values(visit).values(), visit.uuid or new_uuid(), visit.created_at or now,
                visit.updated_at or now)

    def duplicates_of(self, visit: domain.Visit) -> list[VisitRow]:
        """Stored visits `visit` may repeat: the same two countries (either way round) on overlapping dates,
        or the same source; the visit itself left out, earliest first."""
        clauses, params = [], []
        first, last = visit.start_date, visit.end_date or visit.start_date
        if visit.host_country and visit.guest_country and first:
            clauses.append("(((v.host_country = ? AND v.guest_country = ?) OR (v.host_country = ? AND "
                           "v.guest_country = ?)) AND v.start_date <= ? AND coalesce(v.end_date, v.start_date) >= ?)")
            params += [visit.host_country, visit.guest_country, visit.guest_country, visit.host_country, last, first]
        if visit.source.strip():
            clauses.append("v.source = ?")
            params.append(visit.source.strip())
        if not clauses:
            return []
        return [VisitRow(*row) for row in self._conn.execute(
            f"{_ROW_SELECT} WHERE ({' OR '.join(clauses)}) AND v.id IS NOT ? ORDER BY v.start_date, v.id",
            [*params, visit.id])]

    def duplicates_among(self, visits: list[domain.Visit]) -> dict[int, list[int]]:
        """For each new visit (by index) the ids of stored visits it may repeat, as `duplicates_of` decides;
        the stored visits are read once, however many visits are asked about (an import)."""
        by_pair: dict[frozenset, list[tuple[int, str, str]]] = {}
        by_source: dict[str, list[int]] = {}
        for visit_id, host, guest, first, last, source in self._conn.execute(
                "SELECT id, host_country, guest_country, start_date, coalesce(end_date, start_date), source "
                "FROM visits"):
            if host and guest and first:
                by_pair.setdefault(frozenset((host, guest)), []).append((visit_id, first, last))
            if source:
                by_source.setdefault(source, []).append(visit_id)
        found: dict[int, list[int]] = {}
        for index, visit in enumerate(visits):
            ids = set(by_source.get(visit.source.strip(), []) if visit.source.strip() else [])
            first, last = visit.start_date, visit.end_date or visit.start_date
            if visit.host_country and visit.guest_country and first:
                ids.update(visit_id for visit_id, start, end in
                           by_pair.get(frozenset((visit.host_country, visit.guest_country)), [])
                           if start <= last and end >= first)
            ids.discard(visit.id)
            if ids:
                found[index] = sorted(ids)
        return found

    def dependents(self, visit_id: int) -> dict[str, int]:
        """How many records of each kind go when the visit is deleted."""
        return {table: self._conn.execute(f"SELECT count(*) FROM {table} WHERE visit_id = ?", [visit_id]).fetchone()[0]
                for table in domain.VISIT_RECORD_TYPES}

    def release_text(self, visit_id: int) -> str | None:
        """The press release the visit was read from, as it was pasted or opened; None for a visit typed in."""
        row = self._conn.execute("SELECT text FROM release_texts WHERE visit_id = ?", [visit_id]).fetchone()
        return row[0] if row else None

    def keep_release_text(self, visit_id: int, text: str) -> None:
        """Keep the text a visit was read from (inside the caller's write)."""
        self._conn.execute("INSERT OR REPLACE INTO release_texts(visit_id, text) VALUES (?, ?)", [visit_id, text])

    def delete(self, visit_id: int) -> None:
        """Delete the visit and everything attached to it (people stay)."""
        self.get(visit_id)
        with self.session.write("Delete visit") as touched:
            self._conn.execute("DELETE FROM visits WHERE id = ?", [visit_id])
            touched.add(visit_id)


def _column_values(visit: domain.Visit) -> dict[str, object]:
    """The visit's columns as written: empty texts as ''."""
    values = {name: getattr(visit, name) for name in _VISIT_COLUMNS}
    for text_column in _TEXT_COLUMNS:
        values[text_column] = values[text_column] or ""
    return values
