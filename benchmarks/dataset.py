"""Build (or reuse) the synthetic N-visit database the benchmarks run against."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchmarks.synthetic import visit_documents
from briefing.exchange import apply_import, plan_import
from briefing.store import Store
from briefing.store.backups import backups_folder
from briefing.store.connection import connect
from briefing.store.migrations import pending_migrations
from briefing.store.search import merge_index

DATA_DIR = Path(__file__).resolve().parent / "data"
CHUNK = 5000


def database_for(visits: int) -> Path:
    """The path of the N-visit database at the current schema, built on first use (about 1 ms per visit)."""
    path = DATA_DIR / f"visits-{visits}.sqlite"
    if path.exists():
        _upgrade(path)
        return path
    DATA_DIR.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in DATA_DIR.glob(partial.name + "*"):
        leftover.unlink()
    store = Store.open(partial, demo=False)
    started = time.perf_counter()
    batch: list[dict] = []
    for document in visit_documents(visits):
        batch.append(document)
        if len(batch) == CHUNK:
            apply_import(store, plan_import(store, [], batch))
            batch = []
            print(f"  built {store.visits.count():,} visits in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)
    if batch:
        apply_import(store, plan_import(store, [], batch))
    # As one import of the whole file would leave it (the batches are each too small a share to do so).
    merge_index(store.db)
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    partial.rename(path)
    return path


def _upgrade(path: Path) -> None:
    """Migrate a database built by an older Briefing, as the app would, then drop the backup it takes."""
    db = connect(path)
    try:
        pending = pending_migrations(db)
    finally:
        db.close()
    if not pending:
        return
    print(f"  upgrading {path.name} to the current schema", file=sys.stderr)
    Store.open(path, demo=False).close()
    folder = backups_folder(path)
    for backup in folder.glob(f"{path.stem}-*"):
        backup.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
