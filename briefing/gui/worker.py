"""Run slow work (rendering, importing, copying) on the thread pool; results come back as signals on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing.store import Store


class TaskSignals(QObject):
    """What a task reports; made in the GUI thread so connected slots run there."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    progressed = Signal(int, int)  # done, total


class Task(QRunnable):
    """One call of `work(task)` on a pool thread; the work must not touch widgets or the GUI's store.

    The work may call `task.report_progress(done, total)` and poll `task.is_cancelled()`;
    an error raised after `cancel()` is reported as `cancelled`, any other as `failed(error)`.
    """

    def __init__(self, work: Callable[[Task], Any]):
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) until it reports
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def run(self) -> None:
        """Call the work and report its result, its cancellation or its error."""
        try:
            result = self.work(self)
        except Exception as error:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(error)
            return
        self.signals.succeeded.emit(result)

    def report_progress(self, done: int, total: int) -> None:
        """Tell the GUI how far the work has got (safe from the pool thread)."""
        self.signals.progressed.emit(done, total)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel.is_set()


def start(task: Task) -> None:
    """Queue the task on the application's thread pool."""
    QThreadPool.globalInstance().start(task)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait for queued tasks to finish (on quit, and in tests); False on timeout."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def separate_store(store: Store) -> Store:
    """A connection of its own to the same database, for a pool thread (a Store belongs to one thread).

    Open and close it inside the task's work.
    """
    return Store.open(store.path, demo=False, read_only=store.read_only, keep_backups=store.keep_backups)


class BackgroundJob(QObject):
    """The window's runner of one kind of slow work (importing, exporting, rendering), one task at a time.

    `busyChanged()` when a task starts or ends; a `progress` dialog, when the job shows one, closes with it.
    """

    busyChanged = Signal()

    def __init__(self, store: Store, settings: QSettings, window: QWidget):
        super().__init__(window)
        self.store = store
        self.settings = settings
        self.window = window
        self.progress: QProgressDialog | None = None
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        """True while a task of this job runs."""
        return self._task is not None

    def run_task(self, task: Task, succeeded: Callable[[Any], object], failed: Callable[[Exception], object],
                 cancelled: Callable[[], object] = lambda: None) -> None:
        """Start the task; when it reports, the job ends (busy no more, progress closed) before the handler runs."""
        task.signals.succeeded.connect(lambda result: (self._end(), succeeded(result)))
        task.signals.failed.connect(lambda error: (self._end(), failed(error)))
        task.signals.cancelled.connect(lambda: (self._end(), cancelled()))
        self._task = task
        self.busyChanged.emit()
        start(task)

    def _end(self) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.busyChanged.emit()
