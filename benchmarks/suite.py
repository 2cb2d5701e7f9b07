"""The benchmark suite behind benchmarks/run.py: start-up, search, filters, open, save, PDFs, memory, backups,
import and export.

Every figure is the median of repeated runs; every baseline is measured in the same run, interleaved
with what it is compared to, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bare_pdf import contents, render_bare
from benchmarks.dataset import DATA_DIR, database_for
from benchmarks.queries import filter_choices, search_texts
from benchmarks.synthetic import visit_documents
from briefing.store import Store, VisitQuery

ROOT = Path(__file__).resolve().parent.parent
STARTUP_RUNS = 15
MEMORY_RUNS = 3
SEARCH_ROUNDS = 3
FILTER_ROUNDS = 3
OPEN_ROUNDS, OPENS_PER_ROUND = 3, 40
SAVE_ROUNDS, SAVES_PER_ROUND = 3, 20
NOTE_RUNS = 15
IMPORT_RUNS, IMPORT_VISITS = 3, 10_000
MEMORY_SEARCH = "cooperation"

# key: (unit, the most the figure may be); None where there is no floor.
KEYS: dict[str, tuple[str, float | None]] = {
    "startup_ms": ("ms", None),
    "startup_baseline_ms": ("ms", None),
    "startup_ratio": ("×", 2.0),
    "search_p50_ms": ("ms", None),
    "search_p95_ms": ("ms", 30),
    "search_baseline_p95_ms": ("ms", None),
    "search_ratio": ("×", 3.0),
    "filter_p95_ms": ("ms", 30),
    "filter_baseline_p95_ms": ("ms", None),
    "filter_ratio": ("×", 3.0),
    "open_p95_ms": ("ms", 50),
    "save_p95_ms": ("ms", 30),
    "note_pdf_ms": ("ms", 150),
    "note_pdf_ratio": ("×", 1.5),
    "dossier_200_s": ("s", 5),
    "ui_stall_max_ms": ("ms", 100),
    "rss_mb": ("MB", 300),
    "import_10k_s": ("s", 20),
    "backup_s": ("s", None),
    "backups_mb": ("MB", None),
    "backup_stall_ms": ("ms", 50),
    "export_s": ("s", None),
    "export_rss_mb": ("MB", 300),
    "import_rss_mb": ("MB", 300),
    "import_rate_ratio": ("×", 2.0),
    "db_kb_per_visit": ("KB", 8),
}
SHARES_SHOWN = 12


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark on the N-visit database, print the table, write the JSON."""
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__)
    parser.add_argument("--visits", type=int, default=100_000, help="visits in the database (default 100,000)")
    parser.add_argument("--json", type=Path, help="where to write the figures (default benchmarks/data/"
                                                   "results-N.json)")
    args = parser.parse_args(argv)
    json_path = args.json or DATA_DIR / f"results-{args.visits}.json"
    database = database_for(args.visits)
    results: dict[str, float] = {}
    shares = table_shares(database)
    results["db_kb_per_visit"] = database.stat().st_size / 1024 / args.visits
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as work:
        env = _child_environment(Path(work))
        try:
            _step("start-up", lambda: results.update(measure_startup(database, env)))
            _step("memory", lambda: results.update(rss_mb=measure_memory(database, env)))
            _step("dossier", lambda: results.update(measure_dossier(database, env)))
            _step("daily backup", lambda: results.update(measure_backup(database, env)))
        finally:
            _remove_backups(database)
        _step("import", lambda: results.update(import_10k_s=measure_import(Path(work), env)))
        _step("export and import of everything", lambda: results.update(
            measure_export_and_import(database, args.visits, results["import_10k_s"], Path(work), env)))
        _step("search, open and save", lambda: results.update(measure_interactive(database, args.visits, Path(work))))
        _step("briefing note", lambda: results.update(measure_note(Path(work))))
    figures = {key: round(results[key], 2) for key in KEYS}
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print_table(args.visits, figures)
    print_shares(database, shares)
    print(f"\nwritten to {json_path}")
    return 0


def _step(name: str, run: Callable[[], None]) -> None:
    started = time.perf_counter()
    print(f"  {name}…", file=sys.stderr, flush=True)
    run()
    print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def print_table(visits: int, figures: dict[str, float]) -> None:
    """The figures with their floors, one line each."""
    print(f"\nBriefing with {visits:,} visits ({os.cpu_count()} CPUs)\n")
    print(f"{'key':<24}{'value':>12}  {'floor':<10}")
    for key, (unit, floor) in KEYS.items():
        verdict = "" if floor is None else ("ok" if figures[key] <= floor else "MISSED")
        limit = "" if floor is None else f"≤ {floor:g} {unit}"
        print(f"{key:<24}{figures[key]:>10.2f} {unit:<3}{limit:<12}{verdict}")


def table_shares(database: Path) -> list[tuple[str, int]]:
    """Bytes of each table and index in the file (SQLite's dbstat), largest first."""
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    finally:
        conn.close()


def print_shares(database: Path, shares: list[tuple[str, int]]) -> None:
    """The file's size and the largest tables' and indexes' shares of it."""
    total = database.stat().st_size
    print(f"\n{database.name}: {total / 1e6:,.0f} MB")
    for name, size in shares[:SHARES_SHOWN]:
        print(f"  {name:<40}{size / 1e6:>8.1f} MB {size / total:>6.1%}")
    rest = sum(size for _, size in shares[SHARES_SHOWN:])
    print(f"  {'the other ' + str(len(shares) - SHARES_SHOWN):<40}{rest / 1e6:>8.1f} MB {rest / total:>6.1%}")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


# Fresh processes.

def _child_environment(work: Path) -> dict[str, str]:
    """Offscreen Qt, settings in the work folder, this checkout importable, and compiled modules cached
    (in the work folder) as they are for an installed app."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"),
               PYTHONPYCACHEPREFIX=str(work / "bytecode"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _probe(env: dict[str, str], *arguments: str, timeout: float = 900) -> tuple[float, dict]:
    """Start a probe; returns the clock reading just before the start and what the probe printed."""
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    result = subprocess.run([sys.executable, "-m", "benchmarks.probes", *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"probe {' '.join(arguments)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return started, json.loads(result.stdout.strip().splitlines()[-1])


def measure_startup(database: Path, env: dict[str, str]) -> dict[str, float]:
    """Process start to the list painted with rows, against a bare table window, in alternating fresh processes.

    A first unmeasured run of each warms the file cache, saves the window layout and takes the day's backup.
    """
    _probe(env, "app", str(database))
    _probe(env, "bare")
    app_ms, bare_ms = [], []
    for _ in range(STARTUP_RUNS):
        started, values = _probe(env, "app", str(database))
        app_ms.append((values["painted"] - started) * 1000)
        started, values = _probe(env, "bare")
        bare_ms.append((values["painted"] - started) * 1000)
    # Each app start is set against the bare start right after it: on a shared machine the pairs drift together.
    ratio = statistics.median(app / bare for app, bare in zip(app_ms, bare_ms, strict=True))
    return {"startup_ms": statistics.median(app_ms), "startup_baseline_ms": statistics.median(bare_ms),
            "startup_ratio": ratio}


def measure_memory(database: Path, env: dict[str, str]) -> float:
    """Resident megabytes of the app on the database once a search is shown."""
    return statistics.median(_probe(env, "memory", str(database), MEMORY_SEARCH)[1]["rss_mb"]
                             for _ in range(MEMORY_RUNS))


def _remove_backups(database: Path) -> None:
    """The daily backup the app took of the benchmark database: gigabytes that nobody needs."""
    folder = database.parent / "backups"
    for backup in folder.glob(f"{database.stem}-*"):
        backup.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def measure_backup(database: Path, env: dict[str, str]) -> dict[str, float]:
    """The day's check and backup as the window takes it after start-up (none taken yet today), the size of
    the copy, and the longest stall of the event loop meanwhile (see probes.backup)."""
    _remove_backups(database)
    values = _probe(env, "backup", str(database))[1]
    if values["message"] != "Checked the database and took today's backup.":
        raise RuntimeError(f"the daily backup failed: {values['message']}")
    copies = list((database.parent / "backups").glob(f"{database.stem}-*-daily.sqlite"))
    return {"backup_s": values["seconds"], "backups_mb": sum(copy.stat().st_size for copy in copies) / 1024 ** 2,
            "backup_stall_ms": values["stall_ms"]}


def _run_measured(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident megabytes of one `briefing` command in a fresh process (see probes.peak)."""
    started, values = _probe(env, "peak", *arguments, timeout=3600)  # the whole database, on a busy machine
    seconds = time.clock_gettime(time.CLOCK_MONOTONIC) - started
    if values["status"] != 0:
        raise RuntimeError(f"briefing {' '.join(arguments)} failed with status {values['status']}")
    return seconds, values["peak_mb"]


def measure_export_and_import(database: Path, visits: int, import_10k_s: float, work: Path,
                              env: dict[str, str]) -> dict[str, float]:
    """`briefing export-json` of the whole database, then `briefing import` of that file into an empty one:
    their peak memory, and the import's seconds per visit against the 10,000-visit import's."""
    exported = work / "everything.json"
    export_s, export_mb = _run_measured(["--db", str(database), "export-json", "--out", str(exported)], env)
    target = work / "everything.sqlite"
    import_s, import_mb = _run_measured(["--db", str(target), "--no-demo", "import", str(exported)], env)
    for leftover in [exported, *work.glob(f"{target.name}*")]:
        leftover.unlink()
    shutil.rmtree(work / "backups", ignore_errors=True)
    return {"export_s": export_s, "export_rss_mb": export_mb, "import_rss_mb": import_mb,
            "import_rate_ratio": (import_s / visits) / (import_10k_s / IMPORT_VISITS)}


def measure_import(work: Path, env: dict[str, str]) -> float:
    """Seconds for `briefing import` of a JSON file of 10,000 visits into an empty database."""
    source = work / "import.json"
    source.write_text(json.dumps(list(visit_documents(IMPORT_VISITS, seed=2024)), ensure_ascii=False),
                      encoding="utf-8")
    seconds = []
    for run in range(IMPORT_RUNS):
        target = work / f"import-{run}.sqlite"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing", "--db", str(target), "--no-demo", "import", str(source)],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=900)
        seconds.append(time.perf_counter() - started)
        for leftover in work.glob(f"{target.name}*"):
            leftover.unlink()
        shutil.rmtree(work / "backups", ignore_errors=True)
    return statistics.median(seconds)


# The app in this process.

def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from briefing.gui.app import create_application

    # The offscreen platform says so each time a window is shown; the figures are what this run prints.
    qInstallMessageHandler(lambda _kind, _context, message: None if "propagateSizeHints" in message
                           else print(message, file=sys.stderr))
    return create_application()


def _settle(application) -> None:
    """Let the event loop paint and run what was deferred (outside every timing)."""
    for _ in range(3):
        application.processEvents()


def measure_interactive(database: Path, visits: int, work: Path) -> dict[str, float]:
    """Search, open and save in the main window on the database."""
    from PySide6.QtCore import QSettings

    from briefing.gui.main_window import MainWindow

    application = _application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    store = Store.open(database, demo=False)
    store.enable_undo()
    window = MainWindow(store, QSettings(str(work / "window.ini"), QSettings.Format.IniFormat))
    window.resize(1320, 820)
    window.show()
    _settle(application)
    try:
        results = measure_search(application, window, database, visits)
        results.update(measure_filters(application, window, database))
        results["open_p95_ms"] = measure_open(application, window)
        results["save_p95_ms"] = measure_save(application, window)
    finally:
        window.close()
        window.deleteLater()
        _settle(application)
        store.close()
    return results


def measure_search(application, window, database: Path, visits: int) -> dict[str, float]:
    """Each text typed, from the search the box fires to the list model holding its first page of results;
    baseline: the FTS5 query alone, LIMIT 50, with sqlite3 on the same file."""
    from briefing.store.search import match_expression

    pane = window.list_pane
    raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    texts = search_texts(visits)
    p50s, p95s, baselines = [], [], []
    try:
        for _ in range(SEARCH_ROUNDS):
            app_ms, raw_ms = [], []
            for text in texts:
                pane.search_box.setText(text)
                started = time.perf_counter()
                pane.search_box.searchRequested.emit(text)  # what the box does once typing pauses
                app_ms.append((time.perf_counter() - started) * 1000)
                assert pane.model.query.text == text
                _settle(application)
                started = time.perf_counter()
                raw.execute("SELECT rowid FROM visit_search WHERE visit_search MATCH ? LIMIT 50",
                            [match_expression(text)]).fetchall()
                raw_ms.append((time.perf_counter() - started) * 1000)
            p50s.append(percentile(app_ms, 0.5))
            p95s.append(percentile(app_ms, 0.95))
            baselines.append(percentile(raw_ms, 0.95))
    finally:
        raw.close()
        pane.search_box.clear()
        pane.search("")
        _settle(application)
    p95, baseline = statistics.median(p95s), statistics.median(baselines)
    return {"search_p50_ms": statistics.median(p50s), "search_p95_ms": p95, "search_baseline_p95_ms": baseline,
            "search_ratio": p95 / baseline}


def measure_filters(application, window, database: Path) -> dict[str, float]:
    """100 combinations of the filters set in the filter bar (some with a search text), from the change the
    bar reports to the list model holding its first page; baseline: the same WHERE clause, LIMIT 50, through
    sqlite3 on the same file (the first 50 visits it finds, in no order)."""
    from briefing.store.visits import filter_conditions

    pane = window.list_pane
    raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    p95s, baselines = [], []
    off = {"text": "", "country": None, "date_from": None, "date_to": None, "visit_type": None, "status": None,
           "open_follow_ups": False}
    try:
        for _ in range(FILTER_ROUNDS):
            app_ms, raw_ms = [], []
            for choice in filter_choices():
                filters = {**off, **choice}
                started = time.perf_counter()
                pane.model.set_filters(**filters)  # what the bar's filtersChanged leads to
                app_ms.append((time.perf_counter() - started) * 1000)
                assert pane.model.query == VisitQuery(**filters)
                _settle(application)
                where, params = filter_conditions(VisitQuery(**filters))
                started = time.perf_counter()
                raw.execute(f"SELECT v.id FROM visits v WHERE {where} LIMIT 50", params).fetchall()
                raw_ms.append((time.perf_counter() - started) * 1000)
            p95s.append(percentile(app_ms, 0.95))
            baselines.append(percentile(raw_ms, 0.95))
    finally:
        raw.close()
        pane.model.set_filters(**off)
        _settle(application)
    p95, baseline = statistics.median(p95s), statistics.median(baselines)
    return {"filter_p95_ms": p95, "filter_baseline_p95_ms": baseline, "filter_ratio": p95 / baseline}


def _click_row(application, window, row: int) -> float:
    """Scroll the row into view (untimed), then select it as a click does; returns the milliseconds until
    every tab of the detail holds the visit."""
    from PySide6.QtCore import QItemSelectionModel

    from briefing.gui.models.visit_list_model import TITLE

    view, model = window.list_pane.view, window.list_pane.model
    index = model.index(row, TITLE)
    view.scrollTo(index)
    _settle(application)
    started = time.perf_counter()
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    elapsed = (time.perf_counter() - started) * 1000
    if window.detail.visit_id != model.visit_id(row):
        raise RuntimeError(f"row {row} was selected but the detail shows visit {window.detail.visit_id}")
    _settle(application)
    return elapsed


def measure_open(application, window) -> float:
    """Selecting visits anywhere in the list, each until every tab of its detail is filled."""
    rng = random.Random(5)
    rows = window.list_pane.model.rowCount()
    return statistics.median(
        percentile([_click_row(application, window, rng.randrange(rows)) for _ in range(OPENS_PER_ROUND)], 0.95)
        for _ in range(OPEN_ROUNDS))


def measure_save(application, window) -> float:
    """Saving the visit form after changing the title, until the list and the detail show the change.

    Each visit is saved twice, renamed and then back, so the database ends as it began.
    """
    from briefing.gui.dialogs.form_dialog import FormDialog

    rng = random.Random(7)
    model = window.list_pane.model
    pressed: list[float] = []
    title: list[str] = []

    def fill_and_save(dialog) -> int:
        dialog.title.setText(title[0])
        pressed.append(time.perf_counter())
        dialog.save_button.click()
        return dialog.result()

    original_exec = FormDialog.exec
    FormDialog.exec = fill_and_save
    p95s = []
    try:
        for _ in range(SAVE_ROUNDS):
            timings = []
            for _ in range(SAVES_PER_ROUND // 2):
                row = rng.randrange(model.rowCount())
                _click_row(application, window, row)
                original = window.detail.visit.title
                for new_title in (f"{original} (revised)", original):
                    title[:] = [new_title]
                    window.edit_visit()
                    timings.append((time.perf_counter() - pressed[-1]) * 1000)
                    if window.detail.visit.title != new_title:
                        raise RuntimeError(f"the visit was not saved as {new_title!r}")
                    _settle(application)
            p95s.append(percentile(timings, 0.95))
    finally:
        FormDialog.exec = original_exec
    return statistics.median(p95s)


def measure_note(work: Path) -> dict[str, float]:
    """The demo visit's briefing note in this (warm) process, against bare reportlab laying out its
    paragraphs and tables."""
    from briefing import pdf
    from briefing.pdf.note import note_story

    demo = Store.open(work / "demo.sqlite")
    try:
        document = demo.visit_document(demo.visits.page(VisitQuery(), 0, 1)[0].id)
    finally:
        demo.close()
    options = pdf.NoteOptions()
    items = contents(note_story(document, options))
    for _ in range(2):
        pdf.render_note(document, options)
        render_bare(items)
    note_ms, bare_ms = [], []
    for _ in range(NOTE_RUNS):
        started = time.perf_counter()
        pdf.render_note(document, options)
        note_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        render_bare(items)
        bare_ms.append((time.perf_counter() - started) * 1000)
    note, bare = statistics.median(note_ms), statistics.median(bare_ms)
    return {"note_pdf_ms": note, "note_pdf_ratio": note / bare}


def measure_dossier(database: Path, env: dict[str, str]) -> dict[str, float]:
    """Dossiers of the 200 newest visits rendered on the running app's worker pool, and the longest stall
    of its event loop meanwhile (see probes.dossier)."""
    values = _probe(env, "dossier", str(database))[1]
    if "error" in values:
        raise RuntimeError(f"the dossier failed: {values['error']}")
    return {"dossier_200_s": statistics.median(values["seconds"]),
            "ui_stall_max_ms": statistics.median(values["stalls_ms"])}
