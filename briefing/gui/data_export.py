"""File → Export data (JSON) and the CSV tables: written off the GUI thread, a whole file or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import Signal

from briefing.atomic import ReadOnlyFile, WriteRefused, open_atomically
from briefing.gui import messages, worker
from briefing.gui.language import tr
from briefing.store import Store


class DataExport(worker.BackgroundJob):
    """One export at a time: `busyChanged()`, then `message(text)` once written."""

    message = Signal(str)

    def export_data(self, selected_visit_id: int | None) -> None:
        """Ask whether to export everything or the selected visit, then where; write the JSON."""
        from briefing import exchange
        from briefing.gui.dialogs.export_data_dialog import SELECTED_VISIT, ExportDataDialog

        title = self.store.visits.get(selected_visit_id).title if selected_visit_id is not None else None
        scope = ExportDataDialog.ask(self.store.visits.count(), title, self.window)
        if scope is None:
            return
        if scope == SELECTED_VISIT and selected_visit_id is not None:
            from briefing import pdf

            ids: list[int] | None = [selected_visit_id]
            stem = Path(pdf.suggested_file_name(self.store.visit_document(selected_visit_id))).stem
            name = tr("{0}.json").format(stem.removesuffix(' briefing'))
        else:
            ids, name = None, tr("Briefing export {0}.json").format(dt.date.today().isoformat())
        self._ask_and_write(tr("Export data"), name, tr("JSON files (*.json)"),
                            lambda own, handle: exchange.write_export_json(own, handle, ids), tr("the data"))

    def export_visits_csv(self) -> None:
        """Write the visit list as CSV for spreadsheets."""
        from briefing import exchange

        self._ask_and_write(tr("Export visit list as CSV"), tr("Visits {0}.csv").format(dt.date.today().isoformat()),
                            tr("CSV files (*.csv)"), lambda own, handle: handle.write(exchange.visits_csv(own)),
                            tr("the visit list"))

    def export_agreements_csv(self) -> None:
        """Write every agreement with its visit as CSV for spreadsheets."""
        from briefing import exchange

        self._ask_and_write(tr("Export agreements as CSV"), tr("Agreements {0}.csv")
                                                            .format(dt.date.today().isoformat()),
                            tr("CSV files (*.csv)"), lambda own, handle: handle.write(exchange.agreements_csv(own)),
                            tr("the agreements"))

    def _ask_and_write(self, title: str, name: str, file_filter: str, produce: Callable[[Store, BinaryIO], object],
                       what: str) -> None:
        from briefing.gui.dialogs.pdf_preview_dialog import FOLDER_KEY, export_folder

        if self.busy:
            return
        path = messages.ask_save_path(self.window, title, str(export_folder(self.settings) / name), file_filter)
        if path is None:
            return
        suffix = Path(name).suffix
        if not path.lower().endswith(suffix):
            path += suffix
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.write(Path(path), produce, what)

    def write(self, path: Path, produce: Callable[[Store, BinaryIO], object], what: str,
              replace_read_only: bool = False) -> None:
        """Write to `path` what `produce` writes, from a connection of the pool thread's own (a whole file or none).

        A read-only file at `path` is replaced only once the user said so.
        """
        store = self.store

        def work(_task: worker.Task) -> None:
            own = worker.separate_store(store)
            try:
                with open_atomically(path, replace_read_only) as handle:
                    produce(own, handle)
            finally:
                own.close()

        self.run_task(worker.Task(work), lambda _result: self.message.emit(tr("Exported {0} to {1}.")
                                                                           .format(what, path)),
                      lambda error: self._failed(path, produce, what, error))

    def _failed(self, path: Path, produce: Callable[[Store, BinaryIO], object], what: str, error: Exception) -> None:
        if isinstance(error, ReadOnlyFile):
            if messages.confirm_replace_read_only(self.window, str(path), what):
                self.write(path, produce, what, replace_read_only=True)
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        advice = (tr("Choose a file name for a new or an existing file") if isinstance(error, WriteRefused)
                  else tr("Choose a folder you can write to"))
        messages.warn(self.window, tr("Export failed"),
                      tr("{0}{1} could not be written to {2}: {3}.\n\nNothing was written there. {4} and export "
                         "again.").format(what[:1].upper(), what[1:], path, reason, advice))
