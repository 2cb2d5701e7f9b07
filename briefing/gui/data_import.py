"""File → Import: read and check a JSON file off the GUI thread, show what it will do, then write it all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from briefing.gui import messages, worker
from briefing.gui.language import tr
from briefing.gui.widgets.task_progress import task_progress_dialog
from briefing.store import Store, StoreError

if TYPE_CHECKING:
    from briefing.exchange import ImportPlan

FOLDER_KEY = "import/folder"
REFUSED_ADVICE = tr("Correct the file and import it again; nothing was changed.")


class ImportCancelled(Exception):
    """The user pressed Cancel while the import was being written; the transaction is rolled back."""


class DataImport(worker.BackgroundJob):
    """One import at a time: `busyChanged()`, `imported(visit ids)` once written, `message(text)` for the status bar."""

    imported = Signal(list)
    message = Signal(str)

    def __init__(self, store: Store, settings: QSettings, window: QWidget):
        super().__init__(store, settings, window)
        self.file: Path | None = None

    def choose_and_import(self) -> None:
        """Ask for a JSON file (or a Briefing database from elsewhere) and import it."""
        folder = self.settings.value(FOLDER_KEY, str(Path.home()), type=str)
        path = messages.ask_open_path(self.window, tr("Import visits"), folder,
                                      tr("Briefing JSON (*.json);;Briefing database (*.sqlite *.db);;All files (*)"))
        if path is not None:
            self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.import_file(Path(path))

    def import_file(self, file: Path) -> None:
        """Read and check the file on the pool thread; the summary is shown before anything is written."""
        if self.busy:
            return
        self.file = file
        store = self.store

        from briefing.exchange import plan_import, read_import_file

        def read_and_plan(_task: worker.Task) -> ImportPlan:
            people, visits = read_import_file(file)
            own = worker.separate_store(store)
            try:
                return plan_import(own, people, visits)
            finally:
                own.close()

        self._run(worker.Task(read_and_plan), self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        assert self.file is not None
        if not plan.changed and not plan.new_people:
            messages.inform(self.window, tr("Nothing to import"),
                            tr("Everything in {0} is already in the database: {1}.")
                            .format(self.file.name, plan.summary()))
            return
        from briefing.gui.dialogs.import_summary_dialog import ImportSummaryDialog

        if ImportSummaryDialog.ask(self.file, plan.summary(), self.window):
            self.apply(plan)

    def apply(self, plan: ImportPlan) -> None:
        """Back the database up, then write the plan in one transaction on the pool thread, with a progress bar."""
        from briefing.exchange import apply_import

        store = self.store

        def write(task: worker.Task) -> list[int]:
            def progress(done: int, total: int) -> None:
                if task.is_cancelled():
                    raise ImportCancelled()
                task.report_progress(done, total)

            own = worker.separate_store(store)
            try:
                own.backup("before-import")
                return apply_import(own, plan, progress)
            finally:
                own.close()

        task = worker.Task(write)
        self.progress = task_progress_dialog(tr("Import"), tr("Importing {0}…")
                                                           .format(self.file.name if self.file else 'the file'),
                                             max(len(plan.changed), 1), self.window)
        self.progress.canceled.connect(task.cancel)
        task.signals.progressed.connect(lambda done, _total: self.progress and self.progress.setValue(done))
        self._run(task, self.imported.emit)

    def _run(self, task: worker.Task, on_success: Callable[[Any], object]) -> None:
        self.run_task(task, on_success, self._report,
                      lambda: self.message.emit(tr("Import cancelled; nothing was changed.")))

    def _report(self, error: Exception) -> None:
        from briefing.exchange import ImportRefused

        name = self.file.name if self.file else tr("The file")
        if isinstance(error, ImportRefused):
            messages.warn(self.window, tr("Import refused"), tr("{0} cannot be imported: {1}.\n\n{2}")
                                                             .format(name, error, REFUSED_ADVICE))
        elif isinstance(error, StoreError):
            messages.warn(self.window, tr("Import failed"), messages.store_error_text(error))
        else:
            messages.warn(self.window, tr("Import failed"),
                          tr("{0} could not be imported: {1}.\n\nNothing was changed. Check that the file is a "
                             "Briefing export and can be read, then import it again.").format(name, error))
