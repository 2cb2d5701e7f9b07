"""Briefing notes and country dossiers: options, rendering on the thread pool, then the preview to save from."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from briefing.countries import name_for_code
from briefing.gui import worker
from briefing.gui.language import tr
from briefing.gui.note_choices import remembered_note_options
from briefing.gui.preferences import load_preferences
from briefing.gui.widgets.task_progress import task_progress_dialog
from briefing.notes import note_text
from briefing.pdf import NoteOptions
from briefing.pdf.text import dossier_file_name
from briefing.store import Store, VisitQuery

if TYPE_CHECKING:
    from briefing.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog, RenderedPdf


def _with_logo(options: NoteOptions, logo_path: str) -> tuple[NoteOptions, str]:
    """The options with the preferences' logo (read on the pool thread, within its time limit), and why it is
    left out when it is."""
    if not logo_path:
        return options, ""
    from briefing.logo import LogoRefused, prepared_logo

    try:
        return replace(options, logo_png=prepared_logo(logo_path)), ""
    except LogoRefused as refused:
        return options, tr("The logo is left out: {0} {1}. Choose it again in Edit → Preferences, or clear it "
                           "there.").format(logo_path, refused)


class PdfExport(worker.BackgroundJob):
    """Renders one document at a time off the GUI thread and opens its preview.

    Signals: `busyChanged()`, `rendered(RenderedPdf)`, `previewOpened(PdfPreviewDialog)`,
    `saved(kind, path)`, `failed(message)` and `cancelled()` (nothing was written).
    """

    rendered = Signal(object)
    previewOpened = Signal(object)
    saved = Signal(str, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, store: Store, settings: QSettings, window: QWidget):
        super().__init__(store, settings, window)
        self.previews: list[PdfPreviewDialog] = []

    # Briefing note.

    def export_note(self, visit_id: int) -> None:
        """Ask for the note's options, then render the visit's note and preview it."""
        if self.busy:
            return
        from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog

        visit = self.store.visits.get(visit_id)
        options = ExportOptionsDialog.ask(self.settings, visit.title, self.window)
        if options is not None:
            self.render_note(visit_id, options)

    def render_note(self, visit_id: int, options: NoteOptions) -> None:
        """Render the visit's note with these options (the document is read here, on the GUI thread)."""
        from briefing import pdf
        from briefing.gui.dialogs.pdf_preview_dialog import RenderedPdf

        document = self.store.visit_document(visit_id)
        words = note_text(options.language)
        file_name = pdf.suggested_file_name(document, words)
        title = tr("Briefing note: {0}").format(document.get("title") or file_name)
        logo_path = load_preferences(self.settings).logo_path

        def render(_task: worker.Task) -> RenderedPdf:
            with_logo, notice = _with_logo(options, logo_path)
            return RenderedPdf(pdf.render_note(document, with_logo), tr("briefing note"), title, file_name, notice)

        self._start(worker.Task(render))

    # Country dossier.

    def export_dossier(self, initial_code: str | None = None) -> None:
        """Ask for the country, then render its dossier with a progress dialog and preview it."""
        if self.busy:
            return
        from briefing.gui.dialogs.dossier_country_dialog import DossierCountryDialog

        code = DossierCountryDialog.ask(self.store, initial_code, self.window)
        if code is not None:
            self.render_dossier(code, remembered_note_options(self.settings))

    def render_dossier(self, code: str, options: NoteOptions) -> None:
        """Render the dossier of every visit with the country; the visits are read on the pool thread."""
        from briefing import pdf
        from briefing.gui.dialogs.pdf_preview_dialog import RenderedPdf

        name = name_for_code(code) or code
        store = self.store
        logo_path = load_preferences(self.settings).logo_path

        def render(task: worker.Task) -> RenderedPdf:
            with_logo, notice = _with_logo(options, logo_path)
            own = worker.separate_store(store)
            try:
                ids = own.visits.ids(VisitQuery(country=code, sort="start_date", descending=True))
                documents = [own.visit_document(visit_id) for visit_id in ids]
            finally:
                own.close()
            data = pdf.render_dossier(name, documents, with_logo, progress=task.report_progress,
                                      is_cancelled=task.is_cancelled)
            file_name = dossier_file_name(name, dt.date.today(), note_text(options.language))
            return RenderedPdf(data, tr("country dossier"), tr("Country dossier: {0}").format(name), file_name,
                               notice)

        task = worker.Task(render)
        self.progress = task_progress_dialog(tr("Export country dossier"),
                                             tr("Laying out the visits with {0}…").format(name), 0, self.window)
        self.progress.canceled.connect(task.cancel)
        task.signals.progressed.connect(self._progressed)
        self._start(task)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    # Running and reporting.

    def _start(self, task: worker.Task) -> None:
        self.run_task(task, lambda result: self._succeeded(task, result),
                      lambda error: self.failed.emit(str(error) or type(error).__name__), self.cancelled.emit)

    def _succeeded(self, task: worker.Task, rendered: RenderedPdf) -> None:
        if task.is_cancelled():  # Cancel pressed as the last page was laid out: the user said no
            self.cancelled.emit()
            return
        self.rendered.emit(rendered)
        self.show_preview(rendered)

    def show_preview(self, rendered: RenderedPdf) -> PdfPreviewDialog:
        """Open a preview window of the rendered document (non-modal: the main window stays usable)."""
        from briefing.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        preview = PdfPreviewDialog(rendered, self.settings, self.window)
        preview.saved.connect(lambda path: self.saved.emit(rendered.kind, path))
        preview.finished.connect(lambda _result: self._forget(preview))
        self.previews.append(preview)
        preview.show()
        self.previewOpened.emit(preview)
        return preview

    def _forget(self, preview: PdfPreviewDialog) -> None:
        if preview in self.previews:
            self.previews.remove(preview)
        preview.deleteLater()
