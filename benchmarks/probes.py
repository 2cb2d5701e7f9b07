"""Programs the benchmark starts in fresh processes; each prints one JSON line and exits.

    python -m benchmarks.probes app DB        the app on DB: clock time once the list has painted rows
    python -m benchmarks.probes bare          a bare QMainWindow with an empty QTableView: clock time at its paint
    python -m benchmarks.probes memory DB     the app on DB after a search: resident memory
    python -m benchmarks.probes dossier DB    the app on DB rendering dossiers of its 200 newest visits on its
                                              worker pool: seconds each, and the longest stall of its event loop
    python -m benchmarks.probes backup DB     the app on DB taking the day's backup as the window does: seconds,
                                              and the longest stall of its event loop meanwhile
    python -m benchmarks.probes peak ARGS...  `briefing ARGS...`, then the peak resident memory of the process

Times are CLOCK_MONOTONIC readings, comparable with the parent's. The probes import only what the
program they measure imports, and hook the window just before it is shown.
"""

from __future__ import annotations

import itertools
import json
import sys
import time


def _report(**values: object) -> None:
    print(json.dumps(values), flush=True)


def _watch_first_paint(view, ready, then) -> None:
    """Call `then()` as soon as `view` has painted while `ready()` holds (once)."""
    paint = type(view).paintEvent
    pending = [True]

    def painted(event) -> None:
        paint(view, event)
        if pending and ready():
            pending.clear()
            then()

    view.paintEvent = painted


def _run_app(database: str, on_shown) -> int:
    """Start the app as `briefing --db DATABASE` does, calling `on_shown(window)` as its window is shown."""
    from briefing.cli import main
    from briefing.gui import main_window

    show = main_window.MainWindow.show

    def hooked_show(window) -> None:
        on_shown(window)
        show(window)

    main_window.MainWindow.show = hooked_show
    return main(["--db", database])


def app(database: str) -> int:
    """Time to the first paint of the visit list with rows in it; the window then closes as the user would,
    once work started in the background (the day's backup) is done."""
    def shown(window) -> None:
        from PySide6.QtCore import QThreadPool, QTimer

        view = window.list_pane.view

        def painted() -> None:
            _report(painted=time.clock_gettime(time.CLOCK_MONOTONIC))
            QTimer.singleShot(0, close)

        def close() -> None:
            QThreadPool.globalInstance().waitForDone()
            window.close()

        _watch_first_paint(view, lambda: view.model().rowCount() > 0, painted)

    return _run_app(database, shown)


def bare() -> int:
    """The same moment for the least a Qt table window can be."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    window.setCentralWidget(view)

    def painted() -> None:
        _report(painted=time.clock_gettime(time.CLOCK_MONOTONIC))
        QTimer.singleShot(0, window.close)

    _watch_first_paint(view, lambda: True, painted)
    window.show()
    return application.exec()


def memory(database: str, text: str) -> int:
    """Resident memory once the list shows a search's results, counted, painted."""
    def shown(window) -> None:
        from PySide6.QtCore import QTimer

        pane = window.list_pane

        def measure() -> None:
            pane.model.finish_counting()
            _report(rss_mb=_resident_mb())
            window.close()

        def search() -> None:
            pane.search_box.setText(text)
            pane.search(text)
            QTimer.singleShot(200, measure)

        _watch_first_paint(pane.view, lambda: pane.model.rowCount() > 0, lambda: QTimer.singleShot(0, search))

    return _run_app(database, shown)


DOSSIER_RUNS, DOSSIER_VISITS, STALL_TICK_MS = 3, 200, 5


def dossier(database: str) -> int:
    """Dossiers rendered on the app's worker pool (the visits read through the worker's own connection)
    while a timer on the GUI thread notes every tick; the longest gap between ticks is the longest stall."""
    def shown(window) -> None:
        from PySide6.QtCore import Qt, QTimer

        from briefing import pdf
        from briefing.countries import name_for_code
        from briefing.gui import worker
        from briefing.store import Store, VisitQuery

        newest = window.store.visits.page(VisitQuery(), 0, DOSSIER_VISITS)
        ids = [row.id for row in newest]
        country = name_for_code(window.store.visits.get(ids[0]).host_country) or "Country"
        seconds: list[float] = []
        stalls: list[float] = []
        ticks: list[float] = []
        timer = QTimer(window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(STALL_TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def render(task: worker.Task) -> bytes:
            own = Store.open(database, demo=False)
            try:
                documents = [own.visit_document(visit_id) for visit_id in ids]
            finally:
                own.close()
            return pdf.render_dossier(country, documents, pdf.NoteOptions(), progress=task.report_progress,
                                      is_cancelled=task.is_cancelled)

        def start() -> None:
            task = worker.Task(render)
            task.signals.succeeded.connect(lambda data: finished(task, data))
            task.signals.failed.connect(lambda error: failed(task, error))
            task.signals.progressed.connect(lambda _done, _total: None)
            ticks[:] = [time.perf_counter()]
            timer.start()
            worker.start(task)

        def finished(task, data: bytes) -> None:
            ticks.append(time.perf_counter())
            timer.stop()
            seconds.append(ticks[-1] - ticks[0])
            stalls.append(max(0.0, max(b - a for a, b in itertools.pairwise(ticks)) * 1000 - STALL_TICK_MS))
            if len(seconds) < DOSSIER_RUNS:
                QTimer.singleShot(200, start)
                return
            _report(seconds=seconds, stalls_ms=stalls, size=len(data))
            window.close()

        def failed(task, error: Exception) -> None:
            _report(error=str(error))
            window.close()

        view = window.list_pane.view
        _watch_first_paint(view, lambda: view.model().rowCount() > 0, lambda: QTimer.singleShot(500, start))

    return _run_app(database, shown)


def backup(database: str) -> int:
    """The day's check and backup as the window runs it (no backup may exist yet today), started once the list
    has painted and settled rather than at start-up, so that the stalls are the backup's and not start-up's;
    timed from its start to its end, with a timer on the GUI thread noting every tick as in `dossier`."""
    def shown(window) -> None:
        from PySide6.QtCore import Qt, QTimer

        ticks: list[float] = []
        timer = QTimer(window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(STALL_TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        start = window.start_daily_backup
        window.start_daily_backup = lambda: None  # the one at start-up: started below instead

        def timed_start() -> None:
            ticks[:] = [time.perf_counter()]
            timer.start()
            start()

        def finished() -> None:
            ticks.append(time.perf_counter())
            timer.stop()
            stall = max(0.0, max(b - a for a, b in itertools.pairwise(ticks)) * 1000 - STALL_TICK_MS)
            _report(seconds=ticks[-1] - ticks[0], stall_ms=stall, message=window.statusBar().currentMessage())
            window.close()

        window.backups.checkFinished.connect(finished)
        view = window.list_pane.view
        _watch_first_paint(view, lambda: view.model().rowCount() > 0, lambda: QTimer.singleShot(500, timed_start))

    return _run_app(database, shown)


def peak(*arguments: str) -> int:
    """`briefing ARGUMENTS` in this process; then the peak resident memory of the process (VmHWM)."""
    from briefing.cli import main

    status = main(list(arguments))
    _report(status=status, peak_mb=_resident_mb("VmHWM"))
    return 0


def _resident_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


if __name__ == "__main__":
    kind, *arguments = sys.argv[1:]
    sys.exit({"app": app, "bare": bare, "memory": memory, "dossier": dossier, "backup": backup,
              "peak": peak}[kind](*arguments))
