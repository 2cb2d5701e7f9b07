"""Export the selected visit's briefing note as PDF: rendered on a pool thread, written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from briefing.atomic import write_bytes_atomically
from briefing.gui import messages, worker
from briefing.store import Store

_FOLDER_KEY = "export/folder"


class BriefingExporter(QObject):
    """Asks where to save, renders off the GUI thread, reports `finished(path)` or `failed(message)`."""

    started = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self._running: worker.Task | None = None

    @property
    def busy(self) -> bool:
        """True while a note is being rendered."""
        return self._running is not None

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self.settings.value(_FOLDER_KEY, documents or str(Path.home())))

    def export(self, visit_id: int, parent: QWidget | None = None) -> None:
        """Ask for a file name and start writing the visit's briefing note there."""
        from briefing import pdf

        if self.busy:
            return
        document = self.store.visit_document(visit_id)
        suggested = str(Path(self._folder()) / pdf.suggested_file_name(document))
        path = messages.ask_save_path(parent, "Export briefing note", suggested, "PDF documents (*.pdf)")
        if path is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.settings.setValue(_FOLDER_KEY, str(Path(path).parent))
        self.export_to(visit_id, path)

    def export_to(self, visit_id: int, path: str) -> None:
        """Start writing the visit's briefing note to `path` (the document is read here, on the GUI thread)."""
        from briefing import pdf

        document = self.store.visit_document(visit_id)

        def render_and_write(_task: worker.Task) -> str:
            write_bytes_atomically(Path(path), pdf.render_note(document, pdf.NoteOptions()))
            return path

        task = worker.Task(render_and_write)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        self._running = task
        self.started.emit(path)
        worker.start(task)

    def _succeeded(self, path: str) -> None:
        self._running = None
        self.finished.emit(path)

    def _failed(self, error: Exception) -> None:
        self._running = None
        self.failed.emit(str(error))
