"""Visits in and out of the database: import a file (a backup taken first), export JSON, export CSV.

Thin over briefing.exchange, which reads, checks and writes the formats; here is what a user's request does
around them: the before-import backup, cancelling, the file written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.atomic import open_atomically, write_bytes_atomically
from briefing.messages import say
from briefing.services.errors import Cancelled, Refused

if TYPE_CHECKING:
    from briefing.exchange import ImportPlan
    from briefing.store import Store

CSV_TABLES = ("visits", "agreements")
BACKUP_BEFORE_IMPORT = "before-import"


class ImportRefused(Refused):
    """The file cannot be imported (unreadable, not a Briefing file, a rule broken); the message says where."""


@contextmanager
def _refusals() -> Iterator[None]:
    from briefing import exchange

    try:
        yield
    except exchange.ImportRefused as error:
        raise ImportRefused(str(error)) from None


@dataclass(frozen=True)
class Imported:
    """What an import wrote: the plan it followed, the ids of the visits written, the backup taken before."""

    plan: ImportPlan
    visit_ids: list[int]
    backup: Path | None

    def summary(self) -> str:
        """'3 visits, 11 people, 4 agreements added; 1 visit updated'."""
        return self.plan.summary().replace("will be added", "added")


def plan_import(store: Store, path: Path) -> ImportPlan:
    """Read and check the file, and compare it with the database: what an import would do, nothing written.

    Raises ImportRefused when the file cannot be read or breaks a rule.
    """
    from briefing import exchange

    with _refusals():
        people, visits = exchange.read_import_file(Path(path))
        return exchange.plan_import(store, people, visits)


def has_changes(plan: ImportPlan) -> bool:
    """True when the plan writes anything (a visit added or updated, a person added)."""
    return bool(plan.changed or plan.new_people)


def apply_import(store: Store, plan: ImportPlan, progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> Imported:
    """Back the database up ("before-import"), then write the plan in one transaction.

    `progress(done, total)` follows the visits written; when `is_cancelled()` turns true the transaction is rolled
    back and Cancelled raised (the backup stays). A plan with nothing to write takes no backup.
    """
    from briefing import exchange

    if not has_changes(plan):
        return Imported(plan, [], None)

    def report(done: int, total: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(say("import.cancelled"))
        if progress is not None:
            progress(done, total)

    backup = store.backup(BACKUP_BEFORE_IMPORT)
    with _refusals():
        return Imported(plan, exchange.apply_import(store, plan, report), backup)


def import_file(store: Store, path: Path, progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None, allow_duplicates: bool = False) -> Imported:
    """Import a file all or nothing, the database backed up first (plan_import, then apply_import).

    A new visit that may repeat a stored one refuses the whole file (ImportRefused, nothing written) unless
    `allow_duplicates`.
    """
    plan = plan_import(store, path)
    if plan.possible_duplicates and not allow_duplicates:
        index, stored = next(iter(plan.possible_duplicates.items()))
        others = len(plan.possible_duplicates) - 1
        raise ImportRefused(say("import.duplicate_more" if others else "import.duplicate", number=index + 1,
                                title=plan.duplicate_titles[index], stored=stored[0], others=others))
    return apply_import(store, plan, progress, is_cancelled)


def export_json(store: Store, path: Path, visit_ids: list[int] | None = None, replace_read_only: bool = False) -> None:
    """Write the visits (all when None) with the people they need as a Briefing export, whole or not at all.

    Raises Refused, before anything is written, when a visit asked for is not in the database.
    """
    from briefing import exchange
    from briefing.services.visits import visit_document

    for visit_id in visit_ids or ():
        visit_document(store, visit_id)
    with open_atomically(Path(path), replace_read_only) as handle:
        exchange.write_export_json(store, handle, visit_ids)


def export_csv(store: Store, table: str, path: Path, replace_read_only: bool = False) -> None:
    """Write the visit list or the agreements (`table`, one of CSV_TABLES) as CSV for spreadsheets."""
    from briefing import exchange

    if table not in CSV_TABLES:
        raise Refused(say("csv.unknown_table", table=table, tables=", ".join(CSV_TABLES)))
    produce = exchange.visits_csv if table == "visits" else exchange.agreements_csv
    write_bytes_atomically(Path(path), produce(store), replace_read_only)
