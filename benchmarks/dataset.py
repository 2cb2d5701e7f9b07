"""Build (or reuse) the synthetic N-visit database the benchmarks run against."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchmarks.synthetic import visit_documents
from briefing.exchange import apply_import, plan_import
from briefing.store import Store

DATA_DIR = Path(__file__).resolve().parent / "data"
CHUNK = 5000


def database_for(visits: int) -> Path:
    """The path of the N-visit database, built on first use (about 1 ms per visit)."""
    path = DATA_DIR / f"visits-{visits}.sqlite"
    if path.exists():
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
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.execute("ANALYZE")
    store.close()
    partial.rename(path)
    return path
