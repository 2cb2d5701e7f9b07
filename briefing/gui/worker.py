"""Run slow work (rendering a PDF) on the thread pool; results come back as signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """What a task reports; made in the GUI thread so connected slots run there."""

    succeeded = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """One call of `work` on a pool thread; it must not touch widgets or the store."""

    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) until it reports
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        """Call the work and report its result or its error."""
        try:
            result = self.work()
        except Exception as error:
            self.signals.failed.emit(str(error) or type(error).__name__)
            return
        self.signals.succeeded.emit(result)


def start(task: Task) -> None:
    """Queue the task on the application's thread pool."""
    QThreadPool.globalInstance().start(task)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait for queued tasks to finish (on quit, and in tests); False on timeout."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
