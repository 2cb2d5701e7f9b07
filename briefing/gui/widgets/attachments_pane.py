"""The Attachments tab: the files a visit keeps, added from a dialog or dropped on the list, opened with the
system's viewer, saved elsewhere, removed (undoable). Files are read and written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing import domain, services
from briefing.gui import messages, worker
from briefing.gui.formatting import size_phrase
from briefing.gui.icons import icon
from briefing.gui.language import tr
from briefing.gui.models.attachment_list_model import NAME, AttachmentListModel
from briefing.store import Store, StoreError


def limits_text() -> str:
    """The limits as the tab and its errors state them."""
    return tr("A visit keeps files of up to {0} each, {1} in all.").format(
        size_phrase(domain.MAX_ATTACHMENT_BYTES), size_phrase(domain.MAX_VISIT_ATTACHMENT_BYTES))


def over_limits(name: str, size: int, visit_total: int) -> str | None:
    """Why a file of `size` bytes may not join the visit's `visit_total` bytes of files, or None."""
    if size > domain.MAX_ATTACHMENT_BYTES:
        return tr("“{0}” is {1}: it is not kept. {2}").format(name, size_phrase(size), limits_text())
    if visit_total + size > domain.MAX_VISIT_ATTACHMENT_BYTES:
        return tr("“{0}” is {1} and the visit already keeps {2}: it is not kept. {3}").format(
            name, size_phrase(size), size_phrase(visit_total), limits_text())
    return None


class _FileDropTable(QTableView):
    """A table that takes files dropped on it from the file manager."""

    filesDropped = Signal(list)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            super().dropEvent(event)


class AttachmentsPane(QWidget):
    """The visit's files; `changed(message)` after one is added or removed."""

    changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.visit_id: int | None = None
        self.tasks: set[worker.Task] = set()  # kept until they report
        self.model = AttachmentListModel(self)
        self.table = _FileDropTable(self)
        self.table.setModel(self.model)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.filesDropped.connect(self.add_files)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.hint.setText(tr("Drop files on the list to keep them with the visit. {0}").format(limits_text()))
        self.add_button = QPushButton(icon("add"), tr("&Add file…"), self)
        self.open_button = QPushButton(tr("&Open"), self)
        self.save_button = QPushButton(icon("export"), tr("&Save as…"), self)
        self.remove_button = QPushButton(icon("delete"), tr("Re&move"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def count(self) -> int:
        """How many files the visit keeps."""
        return self.model.rowCount()

    def set_visit(self, visit_id: int | None) -> None:
        """Show this visit's files."""
        self.visit_id = visit_id
        self.reload()

    def reload(self) -> None:
        """Read the visit's files again (after an undo)."""
        self.model.set_rows(self.store.attachments.for_visit(self.visit_id) if self.visit_id is not None else [])
        self._update_buttons()

    def selected(self):
        """The file on the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.attachment(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        writable = not self.store.read_only and self.visit_id is not None
        self.add_button.setEnabled(writable)
        self.table.setAcceptDrops(writable)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and writable)

    def _run(self, work, succeeded, failed_title: str) -> None:
        """Run `work(store)` on a pool thread with a connection of its own; `succeeded(result)` on this one."""
        def in_background(_task):
            own = worker.separate_store(self.store)
            try:
                return work(own)
            finally:
                own.close()

        task = worker.Task(in_background)
        self.tasks.add(task)

        def done(result) -> None:
            self.tasks.discard(task)
            succeeded(result)

        def failed(error: Exception) -> None:
            self.tasks.discard(task)
            self._refused(failed_title, error)

        task.signals.succeeded.connect(done)
        task.signals.failed.connect(failed)
        worker.start(task)

    def _refused(self, title: str, error: Exception) -> None:
        if isinstance(error, StoreError):
            text = messages.store_error_text(error)
        elif isinstance(error, OSError):
            text = tr("{0}. Choose another place, or make it writable.").format(error.strerror or error)
        else:
            text = str(error)
        messages.warn(self, title, text)

    def choose_files(self) -> None:
        """Ask for files to keep with the visit."""
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add files to the visit"), "", tr("Any file (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Keep copies of the files: read off the GUI thread, each saved as one undoable step."""
        visit_id = self.visit_id
        if visit_id is None or self.store.read_only:
            return
        total = self.store.attachments.visit_total(visit_id)
        for path in paths:
            name = Path(path).name
            try:
                size = Path(path).stat().st_size
            except OSError:
                size = 0  # reading it will say why it cannot be read
            refused = over_limits(name, size, total)
            if refused:
                messages.warn(self, tr("File not added"), refused)
                continue
            total += size
            self._run(lambda own, path=path: services.read_file_to_attach(own, visit_id, Path(path)),
                      lambda data, name=name: self._keep(visit_id, name, data), tr("File not added"))

    def _keep(self, visit_id: int, name: str, data: bytes) -> None:
        try:
            attachment_id = services.keep_file(self.store, visit_id, name, data)
        except services.Refused as error:
            messages.warn(self, tr("File not added"), f"{error}\n\n{limits_text()}")
            return
        except StoreError as error:
            messages.warn(self, tr("File not added"), messages.store_error_text(error))
            return
        if visit_id == self.visit_id:
            self.reload()
            row = self.model.row_of(attachment_id)
            if row is not None:
                self.table.selectRow(row)
        self.changed.emit(tr("Added the file “{0}”.").format(name))

    def open_selected(self) -> None:
        """Open a private copy of the selected file with the system's viewer."""
        attachment = self.selected()
        if attachment is None:
            return
        if not services.can_be_opened(attachment):
            messages.warn(self, tr("File not opened"),
                          tr("“{0}” is not a document or picture Briefing opens: it could be a program. "
                             "Use Save as… and check it before opening it.").format(
                              services.safe_file_name(attachment.name)))
            return
        self._run(lambda own: services.private_copy(own, attachment.id), self._show_copy, tr("File not opened"))

    def _show_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.warn(self, tr("File not opened"),
                          tr("No program on this computer opens “{0}”. Use Save as… to keep it somewhere "
                             "and open it with a program of your choice.").format(path.name))

    def save_selected(self) -> None:
        """Write the selected file where the user chooses."""
        attachment = self.selected()
        if attachment is None:
            return
        target = messages.ask_save_path(self, tr("Save the file as"), services.safe_file_name(attachment.name),
                                        tr("Any file (*)"))
        if target is None:
            return
        self._run(lambda own: services.save_attachment(own, attachment.id, Path(target)),
                  lambda _: self.changed.emit(tr("Saved “{0}”.").format(target)), tr("File not saved"))

    def remove_selected(self) -> None:
        """Remove the selected file after asking (Edit → Undo brings it back)."""
        attachment = self.selected()
        if attachment is None or self.store.read_only:
            return
        if not messages.confirm(self, tr("Remove file"), tr("Remove “{0}” from the visit?").format(attachment.name),
                                tr("&Remove"), tr("You can undo this with Edit → Undo (Ctrl+Z).")):
            return
        try:
            services.remove_attachment(self.store, attachment.id)
        except (services.Refused, StoreError) as error:
            self._refused(tr("File not removed"), error)
            return
        self.reload()
        self.changed.emit(tr("Removed the file “{0}”.").format(attachment.name))
