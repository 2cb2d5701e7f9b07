"""Briefing notes and country dossiers: options, rendering on the thread pool, then the preview to save from
(PDF), the file written (Word) or the pages printed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from briefing import services
from briefing.atomic import ReadOnlyFile, write_bytes_atomically
from briefing.countries import name_for_code
from briefing.gui import messages, worker
from briefing.gui.language import tr
from briefing.gui.note_choices import remembered_export_format, remembered_note_options
from briefing.gui.preferences import Preferences, load_preferences
from briefing.gui.widgets.task_progress import task_progress_dialog
from briefing.pdf import NoteOptions
from briefing.store import Store

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


def _with_word_template(options: NoteOptions, template_path: str, fmt: str) -> tuple[NoteOptions, str]:
    """For Word, the options with the preferences' template (read on the pool thread), and why it is left out
    when it is (the export then keeps the built-in look)."""
    if fmt != "docx" or not template_path:
        return options, ""
    from briefing.docx.template import TemplateRefused, read_template

    try:
        return replace(options, template_docx=read_template(template_path)), ""
    except TemplateRefused as refused:
        return options, tr("The Word template is left out: {0} {1}. The built-in look is used; choose the template "
                           "again in Edit → Preferences, or clear it there.").format(template_path, refused)


def _with_preferences(options: NoteOptions, preferences: Preferences, fmt: str) -> tuple[NoteOptions, str]:
    """The options with the preferences' logo and (for Word) template, and why either is left out."""
    with_logo, logo_notice = _with_logo(options, preferences.logo_path)
    chosen, template_notice = _with_word_template(with_logo, preferences.word_template, fmt)
    return chosen, "\n\n".join(text for text in (logo_notice, template_notice) if text)


class PdfExport(worker.BackgroundJob):
    """Renders one document at a time off the GUI thread and opens its preview.

    Signals: `busyChanged()`, `rendered(RenderedPdf)`, `previewOpened(PdfPreviewDialog)`, `saved(kind, path)`,
    `printed(kind, pages)`, `failed(message)` and `cancelled()` (nothing was written).
    """

    rendered = Signal(object)
    previewOpened = Signal(object)
    saved = Signal(str, str)
    printed = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, store: Store, settings: QSettings, window: QWidget):
        super().__init__(store, settings, window)
        self.previews: list[PdfPreviewDialog] = []

    # Briefing note.

    def export_note(self, visit_id: int, fmt: str | None = None) -> None:
        """Ask for the note's options (and format, PDF unless `fmt` says), then preview the PDF or write the
        Word document."""
        if self.busy:
            return
        from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog

        visit = self.store.visits.get(visit_id)
        chosen = ExportOptionsDialog.ask(self.settings, visit.title, self.window,
                                         fmt or remembered_export_format(self.settings))
        if chosen is None:
            return
        options, chosen_format = chosen
        if chosen_format == "docx":
            self.write_note(visit_id, options)
        else:
            self.render_note(visit_id, options)

    def _note_task(self, visit_id: int, options: NoteOptions, fmt: str) -> worker.Task:
        from briefing.gui.dialogs.pdf_preview_dialog import RenderedPdf

        store = self.store
        kind = tr("briefing note")
        preferences = load_preferences(self.settings)

        def render(_task: worker.Task) -> RenderedPdf:
            chosen, notice = _with_preferences(options, preferences, fmt)
            own = worker.separate_store(store)
            try:
                export = services.note_export(own, visit_id, chosen, fmt)
            finally:
                own.close()
            return RenderedPdf(export.data, kind, tr("Briefing note: {0}").format(export.about), export.file_name,
                               notice)

        return worker.Task(render)

    def render_note(self, visit_id: int, options: NoteOptions) -> None:
        """Render the visit's note as PDF with these options on the thread pool, then preview it."""
        task = self._note_task(visit_id, options, "pdf")
        self._start(task, lambda rendered: self._succeeded(task, rendered))

    def write_note(self, visit_id: int, options: NoteOptions) -> None:
        """Ask where to save the Word document, render it on the thread pool and write it there."""
        from briefing.gui.dialogs.pdf_preview_dialog import export_folder

        suggested = services.note_file_name(self.store.visit_document(visit_id), options.language, "docx")
        path = messages.ask_save_path(self.window, tr("Save briefing note as Word"),
                                      str(export_folder(self.settings) / suggested), tr("Word documents (*.docx)"))
        if path is None:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        task = self._note_task(visit_id, options, "docx")
        self._start(task, lambda rendered: self._write(rendered, Path(path)))

    def _write(self, rendered: RenderedPdf, path: Path) -> None:
        from briefing.gui.dialogs.pdf_preview_dialog import FOLDER_KEY

        try:
            try:
                write_bytes_atomically(path, rendered.data)
            except ReadOnlyFile:
                if not messages.confirm_replace_read_only(self.window, str(path), f"this {rendered.kind}"):
                    return
                write_bytes_atomically(path, rendered.data, replace_read_only=True)
        except OSError as error:
            messages.warn(self.window, tr("Not saved"),
                          tr("The {0} could not be written to {1}: {2}.\n\nChoose another folder (one you can write "
                             "to) or another file name, and export again.").format(
                              rendered.kind, path, error.strerror or error))
            return
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        if rendered.notice:
            messages.warn(self.window, tr("Saved, with a part left out"), rendered.notice)
        self.saved.emit(rendered.kind, str(path))

    def print_note(self, visit_id: int) -> None:
        """Print the visit's note with the options chosen last: rendered on the thread pool, then the print
        dialog."""
        if self.busy:
            return
        from briefing.gui.printing import print_with_dialog

        task = self._note_task(visit_id, remembered_note_options(self.settings), "pdf")

        def print_it(rendered: RenderedPdf) -> None:
            pages = print_with_dialog(self.window, rendered)
            if pages:
                self.printed.emit(rendered.kind, pages)

        self._start(task, print_it)

    # Country dossier.

    def export_dossier(self, initial_code: str | None = None, fmt: str = "pdf") -> None:
        """Ask for the country, then render its dossier with a progress dialog and preview it (PDF) or write it
        where the user says (Word)."""
        if self.busy:
            return
        from briefing.gui.dialogs.dossier_country_dialog import DossierCountryDialog

        code = DossierCountryDialog.ask(self.store, initial_code, self.window, fmt)
        if code is None:
            return
        if fmt == "docx":
            self.write_dossier(code, remembered_note_options(self.settings))
        else:
            self.render_dossier(code, remembered_note_options(self.settings))

    def _dossier_task(self, code: str, options: NoteOptions, fmt: str) -> worker.Task:
        """The dossier of every visit with the country, read and rendered on the pool thread, with a progress
        dialog whose Cancel stops it."""
        from briefing.gui.dialogs.pdf_preview_dialog import RenderedPdf

        name = name_for_code(code) or code
        store = self.store
        kind = tr("country dossier")
        title = tr("Country dossier: {0}").format(name)
        preferences = load_preferences(self.settings)

        def render(task: worker.Task) -> RenderedPdf:
            chosen, notice = _with_preferences(options, preferences, fmt)
            own = worker.separate_store(store)
            try:
                export = services.dossier_export(own, code, chosen, fmt, progress=task.report_progress,
                                                 is_cancelled=task.is_cancelled)
            finally:
                own.close()
            return RenderedPdf(export.data, kind, title, export.file_name, notice)

        task = worker.Task(render)
        self.progress = task_progress_dialog(tr("Export country dossier"),
                                             tr("Laying out the visits with {0}…").format(name), 0, self.window)
        self.progress.canceled.connect(task.cancel)
        task.signals.progressed.connect(self._progressed)
        return task

    def render_dossier(self, code: str, options: NoteOptions) -> None:
        """Render the dossier of every visit with the country as PDF, then preview it."""
        task = self._dossier_task(code, options, "pdf")
        self._start(task, lambda rendered: self._succeeded(task, rendered))

    def write_dossier(self, code: str, options: NoteOptions) -> None:
        """Ask where to save the dossier as Word, render it on the thread pool and write it there."""
        from briefing.gui.dialogs.pdf_preview_dialog import export_folder

        suggested = services.dossier_file_name(code, options, "docx")
        path = messages.ask_save_path(self.window, tr("Save country dossier as Word"),
                                      str(export_folder(self.settings) / suggested), tr("Word documents (*.docx)"))
        if path is None:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        task = self._dossier_task(code, options, "docx")
        self._start(task, lambda rendered: self._written_unless_cancelled(task, rendered, Path(path)))

    def _written_unless_cancelled(self, task: worker.Task, rendered: RenderedPdf, path: Path) -> None:
        if task.is_cancelled():  # Cancel pressed as the last page was laid out: the user said no
            self.cancelled.emit()
            return
        self._write(rendered, path)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    # Running and reporting.

    def _start(self, task: worker.Task, succeeded) -> None:
        self.run_task(task, succeeded, lambda error: self.failed.emit(str(error) or type(error).__name__),
                      self.cancelled.emit)

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
        preview.printed.connect(lambda pages: self.printed.emit(rendered.kind, pages))
        preview.finished.connect(lambda _result: self._forget(preview))
        self.previews.append(preview)
        preview.show()
        self.previewOpened.emit(preview)
        return preview

    def _forget(self, preview: PdfPreviewDialog) -> None:
        if preview in self.previews:
            self.previews.remove(preview)
        preview.deleteLater()
