"""The store: one SQLite file, its repositories, and the transaction every save runs in."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from briefing import domain
from briefing.store import backups, migrations, schema_check, search, undo
from briefing.store.attachments import AttachmentRepository
from briefing.store.connection import (
    Database,
    DatabaseDamaged,
    ReadOnlyStore,
    StoreError,
    connect,
    errors_explained,
    is_writable,
    refuse_unusable_path,
)
from briefing.store.documents import VisitDocuments
from briefing.store.people import PersonRepository
from briefing.store.records import make_visit_record_repositories
from briefing.store.visits import VisitRepository

# The connection's page cache. SQLite's default 2 MB is churned by every save (search index, undo log),
# so the list and the detail pane read their pages from the file again after each one.
CACHE_MEBIBYTES = 64


def newest_good_backup(path: Path) -> backups.BackupInfo | None:
    """The newest backup of the database that can be read (beside it, or beside the file a link names), or None."""
    found = [info for place in dict.fromkeys((path, path.resolve())) for info in backups.list_backups(place)
             if info.visit_count is not None]
    return max(found, key=lambda info: info.taken_at, default=None)


def _refuse_empty_file_with_backups(path: Path) -> None:
    """An empty file whose backups exist was a database once: refuse it, naming the backup to restore."""
    newest = newest_good_backup(path)
    if newest is not None:
        raise EmptyDatabase(f"{path} is empty (0 bytes), but it was a database: its backups exist; "
                            "nothing was changed")


class EmptyDatabase(StoreError):
    """An empty file that was a database (its backups exist)."""


class FollowUpDue(NamedTuple):
    """A follow-up still to do, with the visit it was promised at."""

    id: int
    visit_id: int
    visit_title: str
    action: str
    owner: str
    due: str | None
    status: str


class Store:
    """A Briefing database: visits, people and every record attached to a visit."""

    def __init__(self, db: Database, path: Path, read_only: bool = False,
                 keep_backups: int = backups.DEFAULT_KEEP):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.keep_backups = keep_backups
        # Each repository gets this store as its Session (connection, clock, write, touch visit) and
        # nothing else, so none reaches another through it.
        self.visits = VisitRepository(self)
        self.people = PersonRepository(self)
        self.records = make_visit_record_repositories(self, self.people)
        self.participants = self.records["participants"]
        self.areas = self.records["cooperation_areas"]
        self.agreements = self.records["agreements"]
        self.history = self.records["history_entries"]
        self.quotes = self.records["quotes"]
        self.talking_points = self.records["talking_points"]
        self.follow_ups = self.records["follow_ups"]
        self.attachments = AttachmentRepository(self)
        self.documents = VisitDocuments(self, self.visits, self.people, self.records, self.attachments)
        self._undo_installed = False
        db.conn.execute(f"PRAGMA cache_size = {-1024 * CACHE_MEBIBYTES}")
        search.install(db)

    @classmethod
    def open(cls, path: Path | str, demo: bool = True, read_only: bool | None = None,
             keep_backups: int = backups.DEFAULT_KEEP) -> Store:
        """Open (creating and migrating as needed) the database at `path`.

        Only a path where no file exists is created: readable by the user only, with the demo visit
        unless `demo` is False. An existing file is opened only when its schema is Briefing's own
        (see schema_check), before anything is written to it. An empty file is refused when backups
        of it exist (it was a database once); else it becomes a new database without the demo visit.
        A file this process cannot write opens read-only (or when asked; read_only=False demands a
        writable file). An older file is backed up before it is migrated. Raises StoreError when the
        file cannot be used, SchemaTooNew for a file written by a newer Briefing.
        """
        path = Path(path)
        refuse_unusable_path(path)
        exists = path.exists()
        if read_only is None:
            read_only = exists and not is_writable(path)
        elif not read_only and exists and not is_writable(path):
            raise ReadOnlyStore(f"{path} is read-only here (the file or its folder); nothing can be saved to it")
        if exists and path.stat().st_size == 0:
            _refuse_empty_file_with_backups(path)
        is_new = not exists or path.stat().st_size == 0
        if is_new and read_only:
            raise StoreError(f"{path} does not exist and cannot be created here (read-only)")
        if not exists:
            try:
                backups.create_user_only_file(path)
            except OSError as error:
                raise StoreError(f"{path} cannot be created ({error.strerror or error})") from None
        elif is_new:
            path.chmod(backups.USER_ONLY)
        db = connect(path, read_only=read_only)
        try:
            with errors_explained(path):
                cls._check_and_migrate(db, path, read_only, is_new, keep_backups)
        except (migrations.SchemaTooNew, StoreError):
            db.close()
            raise
        except Exception as error:
            db.close()
            raise StoreError(f"{path} is not a Briefing database ({error})") from None
        store = cls(db, path, read_only=read_only, keep_backups=keep_backups)
        if not exists and demo:
            with errors_explained(path):
                store.load_demo()
        return store

    @classmethod
    def read_foreign(cls, path: Path | str) -> Store:
        """A read-only store on a Briefing database from elsewhere, for taking its visits out (an import).

        The file may hold what Briefing did not put there; only Briefing's own tables are read, with plain
        SELECTs, none of which can set off what was planted (see schema_check.unreadable_tables). The file
        is opened immutable: nothing is written to it, no journal made beside it.
        """
        path = Path(path)
        db = connect(path, immutable=True)
        try:
            with errors_explained(path):
                version = migrations.schema_version(db)
                if version == 0:
                    raise StoreError(f"{path} is an SQLite database but not a Briefing one")
                migrations.pending_migrations(db)
                unreadable = schema_check.unreadable_tables(db, version)
            if unreadable:
                raise StoreError(f"{path} does not hold these tables as Briefing makes them: {', '.join(unreadable)}")
        except BaseException:
            db.close()
            raise
        return cls(db, path, read_only=True)

    @staticmethod
    def _check_and_migrate(db: Database, path: Path, read_only: bool, is_new: bool, keep_backups: int) -> None:
        """Refuse a file that is not Briefing's own (before anything is written), then bring it up to date."""
        pending = migrations.pending_migrations(db)
        version = migrations.schema_version(db)
        if version == 0 and db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{path} is an SQLite database of another program, not a Briefing database")
        if version > 0:
            schema_check.refuse_foreign_schema(db, version, path)
        if pending and read_only:
            raise StoreError(f"{path} needs an upgrade to this version of Briefing but is read-only")
        if not read_only:
            db.prepare_for_writing()
        if pending and not is_new and version > 0:
            backups.take_backup(db.conn, path, "before-upgrade", keep_backups)
        migrations.migrate(db)

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection (reopen() replaces it)."""
        return self.db.conn

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def reopen(self) -> None:
        """Open the file again after its content was replaced (a restored backup is migrated if older).

        The undo history starts afresh: it described the content that was replaced.
        """
        fresh = Store.open(self.path, demo=False, read_only=self.read_only, keep_backups=self.keep_backups)
        fresh.db.begin_attempts = self.db.begin_attempts
        self.db.close()
        self.db = fresh.db
        if self._undo_installed:
            undo.install(self.db)

    @staticmethod
    def now() -> str:
        """The timestamp written into created_at/updated_at (UTC, ISO 8601)."""
        return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")[:26] + "Z"  # strftime is 4x slower

    def wait_briefly_for_other_writers(self) -> None:
        """A save waits one busy timeout (5 s) for another program, not one per attempt (a window's store).

        Saves from a form run on the GUI thread: the window must say "busy" rather than hang for long.
        """
        self.db.begin_attempts = 1

    def enable_undo(self) -> None:
        """Record every save from now on so `undo()` can reverse it (interactive sessions)."""
        if not self._undo_installed:
            undo.install(self.db)
            self._undo_installed = True

    @contextmanager
    def write(self, label: str) -> Iterator[set[int]]:
        """One transaction for one user action; yields the set of visit ids it touches.

        On exit the search rows of those visits are rebuilt inside the same transaction,
        and the action becomes the newest step `undo()` reverses.
        """
        if self.read_only:
            raise ReadOnlyStore(f"{self.path} is open read-only; changes cannot be saved")
        touched: set[int] = set()
        try:
            with errors_explained(self.path), self.db.atomic():
                if self._undo_installed:
                    undo.begin_step(self.db, label)
                yield touched
                search.reindex_visits(self.db, touched)
                if self._undo_installed:
                    undo.end_step(self.db, touched)
        except BaseException:
            if self._undo_installed:
                undo.abandon_recording(self.db)
            raise

    @contextmanager
    def large_cache(self, mebibytes: int = 256) -> Iterator[None]:
        """A bigger page cache while a large write (an import) runs, then the usual one again.

        With SQLite's default 2 MB the pages of a large transaction spill into the WAL file long
        before the commit and are written there more than once. Durability is unchanged.
        """
        previous = self.db.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.db.conn.execute(f"PRAGMA cache_size = {-1024 * mebibytes}")
        try:
            yield
        finally:
            self.db.conn.execute(f"PRAGMA cache_size = {int(previous)}")

    @contextmanager
    def errors_explained(self) -> Iterator[None]:
        """SQLite's errors on the file (busy, damaged, full, read-only) raised as StoreError with a message."""
        with errors_explained(self.path):
            yield

    def check_integrity(self) -> None:
        """Raise DatabaseDamaged when SQLite's integrity check finds a problem."""
        try:
            result = [row[0] for row in self.db.conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            result = [str(error)]
        if result != ["ok"]:
            raise DatabaseDamaged(f"{self.path} is damaged ({'; '.join(result[:3])})")

    def repair_search_index(self) -> list[str]:
        """Check the search index against the records (keys and counts of all, words of a sample); when they
        disagree, rebuild it. Returns what disagreed (empty when nothing did)."""
        if self.read_only:
            return []
        problems = search.index_disagreements(self.db)
        if problems:
            with errors_explained(self.path), self.db.atomic():
                search.rebuild_index(self.db)
        return problems

    def backup(self, reason: str = "manual") -> Path:
        """Copy the database into its backups folder now; returns the copy's path."""
        return backups.take_backup(self.db.conn, self.path, reason, self.keep_backups)

    def backup_if_due(self) -> Path | None:
        """Check the file and take the day's backup if no whole one was taken today (app start-up).

        What an interrupted backup left behind is cleaned up first.
        """
        if self.read_only:
            return None
        backups.remove_leftovers(self.path)
        if not backups.backup_due_today(self.path):
            return None
        self.check_integrity()
        return self.backup("daily")

    def visit_counts_by_country(self) -> dict[str, int]:
        """How many visits each country takes part in, as host or guest, by alpha-2 code."""
        rows = self.db.conn.execute(
            "SELECT code, count(*) FROM (SELECT id, host_country AS code FROM visits "
            "UNION SELECT id, guest_country FROM visits) WHERE code IS NOT NULL GROUP BY code")
        return dict(rows.fetchall())

    def follow_ups_due(self) -> list[FollowUpDue]:
        """Every follow-up still to do (open or in progress) across visits: soonest due first, undated last."""
        marks = ", ".join("?" for _ in domain.OPEN_FOLLOW_UP_STATUSES)
        rows = self.db.conn.execute(
            "SELECT f.id, f.visit_id, v.title, f.action, f.owner, f.due, f.status FROM follow_ups f "
            f"JOIN visits v ON v.id = f.visit_id WHERE f.status IN ({marks}) "
            "ORDER BY f.due IS NULL, f.due, v.start_date, f.visit_id, f.position, f.id",
            list(domain.OPEN_FOLLOW_UP_STATUSES))
        return [FollowUpDue(*row) for row in rows]

    def restore(self, backup: Path) -> Path:
        """Replace the content with a backup's and reopen; returns where the content replaced was kept.

        The current content is backed up first ("before-restore"); a file too damaged to be copied
        is set aside instead. Raises StoreError, with nothing changed, when the backup is damaged.
        """
        if self.read_only:
            raise ReadOnlyStore(f"{self.path} is open read-only; a backup cannot be restored over it")
        if backups.backup_visit_count(backup) is None:
            raise StoreError(f"the backup {backup.name} is damaged or cannot be read; choose another")
        try:
            kept: Path | None = self.backup("before-restore")
        except backups.BackupFailed:
            kept = None
        self.close()
        try:
            if kept is None:
                kept = backups.set_aside(self.path, "damaged")
            backups.restore_backup(backup, self.path)
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"the backup {backup.name} could not be restored ({error})") from None
        finally:
            self.reopen()
        return kept

    def touch_visit(self, visit_id: int, when: str) -> None:
        """Mark the visit as changed (a record attached to it was written)."""
        self.db.conn.execute("UPDATE visits SET updated_at = ? WHERE id = ?", [when, visit_id])

    def undo_label(self) -> str | None:
        """What Edit → Undo would reverse, or None."""
        return undo.last_step_label(self.db) if self._undo_installed else None

    def redo_label(self) -> str | None:
        """What Edit → Redo would re-apply, or None."""
        return undo.last_step_label(self.db, redo=True) if self._undo_installed else None

    def undo(self) -> str | None:
        """Reverse the newest saved change; returns what it was, or None when there is nothing."""
        return self._replay(undo.undo_last_step)

    def redo(self) -> str | None:
        """Re-apply the newest undone change; returns what it was, or None when there is nothing."""
        return self._replay(undo.redo_last_step)

    def _replay(self, step: Callable[[Database], tuple[str, set[int]] | None]) -> str | None:
        if not self._undo_installed:
            return None
        with errors_explained(self.path), self.db.atomic():
            result = step(self.db)
            if result is None:
                return None
            label, visit_ids = result
            search.reindex_visits(self.db, visit_ids)
        return label

    def visit_document(self, visit_id: int, with_person_uuids: bool = False) -> dict[str, Any]:
        """The visit document of a stored visit."""
        return self.documents.read(visit_id, with_person_uuids)

    def save_document(self, document: dict[str, Any], label: str = "Import visit", release_text: str | None = None
                      ) -> int:
        """Create or replace the visit a document describes, in one transaction; returns its id.

        `release_text` is the press release the document was read from, kept with the visit.
        """
        with self.write(label) as touched:
            [visit_id] = self.documents.write([document], touched)
            if release_text is not None:
                self.visits.keep_release_text(visit_id, release_text)
            return visit_id

    def merge_into(self, visit_id: int, document: dict[str, Any], label: str = "Merge into visit") -> int:
        """Add what a document says to a stored visit (see briefing.document.merged_document), in one
        transaction; returns the visit's id."""
        from briefing.document import merged_document

        return self.save_document(merged_document(self.visit_document(visit_id, with_person_uuids=True), document),
                                  label=label)

    def save_export(self, data: dict[str, Any], label: str = "Import") -> list[int]:
        """Write a whole export (people, then visits) in one transaction; returns the visit ids."""
        with self.write(label) as touched:
            return self.documents.write_export(data, touched)

    def load_demo(self) -> int:
        """Add the demo visit shipped under db/demo; returns its id."""
        from briefing.paths import data_path

        data = json.loads(data_path("demo", "visit-burkina-faso-astana.json").read_text(encoding="utf-8"))
        return self.save_export(data, label="Add demo visit")[0]
