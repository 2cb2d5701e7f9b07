"""The main window: the visit list on the left, the selected visit on the right."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

import briefing
from briefing.gui import messages, worker
from briefing.gui.backup_restore import BackupRestore
from briefing.gui.data_export import DataExport
from briefing.gui.data_import import DataImport
from briefing.gui.formatting import count_phrase, join_phrases
from briefing.gui.icons import app_icon
from briefing.gui.language import tr
from briefing.gui.store_texts import step_name
from briefing.gui.widgets.detail_pane import DetailPane
from briefing.gui.widgets.visit_list_pane import VisitListPane
from briefing.gui.window_actions import build_menus, build_toolbar, create_actions
from briefing.gui.window_settings import restore_window_state, save_window_state
from briefing.store import NotFound, Store, StoreError

if TYPE_CHECKING:
    from briefing.gui.pdf_export import PdfExport

READ_ONLY_TEXT = (tr("This database is open read-only: you can read, search and export, but not change anything. "
                  "To edit, make the file and its folder writable, then start Briefing again."))

MESSAGE_MS = 6_000


class MainWindow(QMainWindow):
    """Browse, search and edit the visits of one database; settings come from `settings` (or QSettings())."""

    def __init__(self, store: Store, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        read_only = tr(" (read-only)") if store.read_only else ""
        self.setWindowTitle(tr("{0}{1} — Briefing").format(store.path.name, read_only))
        self.setWindowIcon(app_icon())
        # Each widget is made inside its final parent: moving a built subtree to another parent has Qt
        # apply the style sheet to all of it again.
        central = QWidget(self)
        self.read_only_banner = QLabel(READ_ONLY_TEXT, central)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(store.read_only)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.list_pane = VisitListPane(store, self.splitter)
        self.detail = DetailPane(store, self.splitter)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("visitCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self._connect_background_work()
        self.window_actions = create_actions(self)
        self.toolbar = build_toolbar(self, self.window_actions)
        build_menus(self, self.window_actions, self.toolbar)

        self.list_pane.visitSelected.connect(self._visit_selected)
        self.list_pane.listChanged.connect(self._show_count)
        # A search's count arrives just after its first page: the rows beyond it are inserted then.
        self.list_pane.model.rowsInserted.connect(self._show_count)
        self.list_pane.model.rowsRemoved.connect(self._show_count)
        self.list_pane.view.activated.connect(lambda _index: self.edit_visit())
        self.detail.changed.connect(self._records_changed)
        self.detail.editVisitRequested.connect(self.edit_visit)
        self.detail.newVisitRequested.connect(self.new_visit)
        if not restore_window_state(self, self.settings):
            self._first_start_layout()
        if self.list_pane.selected_visit_id is None and self.list_pane.model.rowCount():
            self.list_pane.select_visit(self.list_pane.model.visit_id(0))
        self._show_count()
        self._update_actions()
        if store.read_only:
            read_only_label = QLabel(tr("Read-only: edits are disabled"), self)
            read_only_label.setObjectName("readOnlyStatus")
            self.statusBar().addPermanentWidget(read_only_label)

    @cached_property
    def pdf_export(self) -> PdfExport:
        """Briefing notes and dossiers rendered on the thread pool; made on first use (its imports, with the
        PDF options, cost the window's start-up 4 ms)."""
        from briefing.gui.pdf_export import PdfExport

        job = PdfExport(self.store, self.settings, self)
        job.saved.connect(lambda kind, path: self.show_message(tr("Saved the {0} to {1}.").format(kind, path)))
        job.printed.connect(lambda kind, pages: self.show_message(
            tr("Sent the {0} to the printer ({1}).").format(kind, count_phrase(pages, "page"))))
        job.failed.connect(lambda message: messages.warn(
            self, tr("Export failed"), tr("The PDF could not be made: {0}.\n\nNothing was written. Try again; if it "
                                          "fails again, export with fewer sections to find the part that does not "
                                          "print.").format(message)))
        job.cancelled.connect(lambda: self.show_message(tr("Export cancelled; nothing was written.")))
        job.busyChanged.connect(self._update_actions)
        return job

    @property
    def _exporting_pdf(self) -> bool:
        return "pdf_export" in self.__dict__ and self.pdf_export.busy

    def _connect_background_work(self) -> None:
        """The imports, exports and backups that run on the thread pool, and what the window does after."""
        self.data_import = DataImport(self.store, self.settings, self)
        self.data_import.imported.connect(self._imported)
        self.data_import.message.connect(self.show_message)
        self.data_export = DataExport(self.store, self.settings, self)
        self.data_export.message.connect(self.show_message)
        self.backups = BackupRestore(self.store, self)
        self.backups.message.connect(self.show_message)
        self.backups.restored.connect(self._restored)
        for job in (self.data_import, self.data_export):
            job.busyChanged.connect(self._update_actions)

    def _first_start_layout(self) -> None:
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1320, available.width() - 40), min(820, available.height() - 40))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())
        self.splitter.setSizes([int(self.width() * 0.38), int(self.width() * 0.62)])

    # Selection and refreshing.

    def _visit_selected(self, visit_id: int | None) -> None:
        self.detail.set_visit(visit_id)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        has_visit = self.detail.visit_id is not None
        busy = self._exporting_pdf or self.data_import.busy or self.data_export.busy
        actions = self.window_actions
        actions.new_visit.setEnabled(writable)
        actions.new_from_press_release.setEnabled(writable)
        actions.edit_visit.setEnabled(writable and has_visit)
        actions.delete_visit.setEnabled(writable and has_visit)
        actions.export.setEnabled(has_visit and not self._exporting_pdf)
        actions.export_word.setEnabled(has_visit and not self._exporting_pdf)
        actions.print_note.setEnabled(has_visit and not self._exporting_pdf)
        actions.export_dossier.setEnabled(not self._exporting_pdf)
        actions.export_dossier_word.setEnabled(not self._exporting_pdf)
        actions.import_data.setEnabled(writable and not busy)
        actions.export_data.setEnabled(not self.data_export.busy)
        actions.export_visits_csv.setEnabled(not self.data_export.busy)
        actions.export_agreements_csv.setEnabled(not self.data_export.busy)
        actions.restore_backup.setEnabled(writable and not busy)
        label = self.store.undo_label()
        label = step_name(label) if label else None
        actions.undo.setEnabled(writable and label is not None)
        actions.undo.setText(tr("&Undo {0}").format(label) if label else tr("&Undo"))
        actions.undo.setToolTip(tr("Undo {0} (Ctrl+Z)").format(label) if label else tr("Nothing to undo"))

    def _show_count(self) -> None:
        model = self.list_pane.model
        total = model.total
        if model.query.text:
            shown = f"{model.rowCount():,}" if model.counted else "…"
            self.count_label.setText(tr("{0} of {1}").format(shown, count_phrase(total, "visit")))
        else:
            self.count_label.setText(count_phrase(total, "visit"))
        self.detail.set_empty_text(tr("Select a visit on the left to see it here.") if total
                                   else tr("Create the first visit: File → New visit (Ctrl+N), or here."))

    def show_message(self, text: str) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    def refresh_all(self, select_id: int | None = None) -> None:
        """Read the list and the visit shown again; select `select_id` when given."""
        self.list_pane.refresh()
        if select_id is not None:
            self.list_pane.select_visit(select_id)
        self.detail.set_visit(self.list_pane.selected_visit_id)
        self._show_count()
        self._update_actions()

    def _records_changed(self, message: str) -> None:
        # The list is not searched again: the visit being worked on must not vanish from it mid-edit.
        self.show_message(message)
        self._update_actions()

    # Visits.

    def _reveal(self, visit_id: int) -> None:
        """Select a visit, clearing the search when it hides it."""
        if not self.list_pane.select_visit(visit_id) and self.list_pane.search_box.text():
            self.list_pane.search_box.clear()
            self.list_pane.search("")
            self.list_pane.select_visit(visit_id)

    def new_visit(self) -> None:
        """Create a visit through the visit form and select it."""
        if self.store.read_only:
            return
        from briefing.gui.dialogs.visit_dialog import AddVisitDialog

        saved = AddVisitDialog.ask(self.store, parent=self)
        if saved is None:
            return
        self.list_pane.refresh()
        self._reveal(saved.id)
        self.show_message(tr("Added visit “{0}”.").format(saved.title))
        self._update_actions()

    def new_visit_from_press_release(self) -> None:
        """Read a press release, review the visit it describes beside the text, and select it once saved."""
        if self.store.read_only:
            return
        from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog

        visit_id = PressReleaseDialog.ask(self.store, parent=self)
        if visit_id is None:
            return
        self.list_pane.refresh()
        self._reveal(visit_id)
        self.show_message(tr("Added visit “{0}” from a press release.").format(self.store.visits.get(visit_id).title))
        self._update_actions()

    def edit_visit(self) -> None:
        """Edit the selected visit."""
        visit_id = self.detail.visit_id
        if visit_id is None or self.store.read_only:
            return
        try:
            from briefing.gui.dialogs.visit_dialog import EditVisitDialog

            saved = EditVisitDialog.ask(self.store, visit_id, parent=self)
        except NotFound:
            self.refresh_all()
            return
        if saved is not None:
            self.list_pane.refresh()
            self._reveal(saved.id)
            self.detail.set_visit(saved.id)
            self.show_message(tr("Saved visit “{0}”.").format(saved.title))
            self._update_actions()

    def delete_visit(self) -> None:
        """Delete the selected visit and its records, after saying what goes with it."""
        visit = self.detail.visit
        if visit is None:
            return
        from briefing.gui.record_kinds import DEPENDENT_NOUNS  # with the record tabs, after start-up

        counts = self.store.visits.dependents(visit.id)
        phrases = [count_phrase(n, DEPENDENT_NOUNS[table]) for table, n in counts.items() if n]
        detail = (tr("This deletes the visit and its {0}; the people stay.").format(join_phrases(phrases)) if phrases
                  else tr("Nothing else is attached to it."))
        if not messages.confirm(self, tr("Delete visit"), tr("Delete the visit “{0}”?")
                                                          .format(visit.title), tr("Delete visit"),
                                tr("{0}\n\nYou can undo this with Edit → Undo (Ctrl+Z).").format(detail)):
            return
        row = self.list_pane.model.row_of(visit.id) or 0
        try:
            self.store.visits.delete(visit.id)
        except StoreError as error:
            messages.warn(self, tr("Not deleted"), messages.store_error_text(error))
            return
        self.list_pane.refresh()
        model = self.list_pane.model
        self.list_pane.select_visit(model.visit_id(min(row, model.rowCount() - 1)))
        self.show_message(tr("Deleted visit “{0}”.").format(visit.title))
        self._update_actions()

    def undo(self) -> None:
        """Reverse the last saved change; a visit it brings back is selected."""
        before = self.store.visits.all_ids()
        try:
            label = self.store.undo()
        except StoreError as error:
            messages.warn(self, tr("Not undone"), messages.store_error_text(error))
            return
        if label is None:
            return
        self.list_pane.refresh()
        restored = [visit_id for visit_id in self.store.visits.all_ids() - before
                    if self.list_pane.model.row_of(visit_id) is not None]
        self.refresh_all(select_id=min(restored) if len(restored) == 1 else None)
        self.show_message(tr("Undone: {0}.").format(step_name(label)))

    # Exports, imports and backups.

    def export_briefing(self) -> None:
        """Choose the note's options, render it off the GUI thread, and preview it before saving."""
        if self.detail.visit_id is not None:
            self.pdf_export.export_note(self.detail.visit_id)

    def export_briefing_as_word(self) -> None:
        """Choose the note's options with Word preselected, then write the .docx where the user says."""
        if self.detail.visit_id is not None:
            self.pdf_export.export_note(self.detail.visit_id, "docx")

    def print_briefing(self) -> None:
        """Print the selected visit's note (the last export options) through Qt's print dialog."""
        if self.detail.visit_id is not None:
            self.pdf_export.print_note(self.detail.visit_id)

    def export_dossier(self) -> None:
        """Choose a country and export the dossier of its visits, with progress and Cancel."""
        visit = self.detail.visit
        self.pdf_export.export_dossier(visit.guest_country if visit is not None else None)

    def export_dossier_as_word(self) -> None:
        """Choose a country and write the dossier of its visits as a .docx where the user says."""
        visit = self.detail.visit
        self.pdf_export.export_dossier(visit.guest_country if visit is not None else None, "docx")

    def import_data(self) -> None:
        """Import visits from a JSON file, after showing what it will change."""
        if not self.store.read_only:
            self.data_import.choose_and_import()

    def _imported(self, visit_ids: list[int]) -> None:
        self.refresh_all()
        if visit_ids:
            self._reveal(visit_ids[0])
        self.show_message(tr("Imported {0}.").format(count_phrase(len(visit_ids), 'visit')))

    def export_data(self) -> None:
        """Export the whole database or the selected visit as JSON."""
        self.data_export.export_data(self.detail.visit_id)

    def restore_from_backup(self) -> None:
        """Replace the database with a backup the user chooses."""
        if not self.store.read_only:
            self.backups.restore_from_backup()

    def _restored(self, message: str) -> None:
        self.refresh_all()
        if self.list_pane.selected_visit_id is None and self.list_pane.model.rowCount():
            self.list_pane.select_visit(self.list_pane.model.visit_id(0))
        self.show_message(message)

    def start_daily_backup(self) -> None:
        """Check the file and take the day's backup in the background (after the window is shown)."""
        self.backups.start_daily_check()

    def show_preferences(self) -> None:
        """Edit the organisation, logo and backups kept; backups follow the new number at once."""
        from briefing.gui.dialogs.preferences_dialog import PreferencesDialog

        preferences = PreferencesDialog.ask(self.settings, self.store.path, self)
        if preferences is not None:
            self.store.keep_backups = preferences.keep_backups
            self.show_message(tr("Preferences saved."))

    # Other commands.

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.list_pane.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_pane.search_box.selectAll()

    def show_tab(self, index: int) -> None:
        """Bring a detail tab to the front."""
        self.detail.tabs.setCurrentIndex(index)

    def show_people(self) -> None:
        """Open the people manager; names changed there show in the list and the visit."""
        from briefing.gui.dialogs.people_dialog import PeopleDialog

        if PeopleDialog.ask(self.store, parent=self):
            self.refresh_all()

    def show_about(self) -> None:
        """The About box."""
        QMessageBox.about(self, tr("About Briefing"),
                          tr("<h3>Briefing {0}</h3><p>Record official visits and ministerial meetings, and export the "
                             "minister's briefing note.</p><p>Database: {1}</p>")
                             .format(briefing.__version__, self.store.path))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's state; let running exports, imports and backups finish."""
        save_window_state(self, self.settings)
        worker.wait_for_all()
        super().closeEvent(event)
