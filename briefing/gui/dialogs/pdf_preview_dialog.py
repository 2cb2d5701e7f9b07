"""The rendered PDF shown inside the app before it is saved: Print…, Save as…, Open after export, Close."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.atomic import ReadOnlyFile, write_bytes_atomically
from briefing.gui import messages
from briefing.gui.formatting import count_phrase
from briefing.gui.language import tr
from briefing.gui.printing import print_with_dialog
from briefing.gui.screen_fit import fitting_size
from briefing.gui.widgets.note_label import NoteLabel

FOLDER_KEY = "export/folder"
OPEN_AFTER_KEY = "export/openAfter"


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered document: its bytes, what it is ("briefing note"), its title, the file name to propose,
    and what the user should know about it (a logo left out)."""

    data: bytes
    kind: str
    title: str
    file_name: str
    notice: str = ""


def export_folder(settings: QSettings) -> Path:
    """The folder the last export went to, else the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(settings.value(FOLDER_KEY, documents or str(Path.home()), type=str))


class PdfPreviewDialog(QDialog):
    """Shows the PDF pages; `saved(path)` once written, `printed(pages)` once sent to the printer. Nothing is
    written until Save as…."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, rendered: RenderedPdf, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.rendered = rendered
        self.settings = settings
        self.setWindowTitle(tr("Preview — {0}").format(rendered.title))
        self._bytes = QByteArray(rendered.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setAccessibleName(tr("Preview of the {0}").format(rendered.kind))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(14)
        self.view.setDocument(self.document)

        self.pages = QLabel(self)
        self.pages.setObjectName("paneHint")
        self.fit_width = self._zoom_button(tr("Fit &width"), QPdfView.ZoomMode.FitToWidth)
        self.fit_page = self._zoom_button(tr("Whole pa&ge"), QPdfView.ZoomMode.FitInView)
        zooms = QButtonGroup(self)
        zooms.addButton(self.fit_width)
        zooms.addButton(self.fit_page)
        self.fit_width.setChecked(True)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        top = QHBoxLayout()
        top.addWidget(self.pages)
        top.addStretch(1)
        top.addWidget(self.fit_width)
        top.addWidget(self.fit_page)

        self.open_after = QCheckBox(tr("&Open after export"), self)
        self.open_after.setChecked(settings.value(OPEN_AFTER_KEY, False, type=bool))
        self.open_after.toggled.connect(lambda on: settings.setValue(OPEN_AFTER_KEY, on))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.print_button = self.buttons.addButton(tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_pages)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_pages)
        self.buttons.accepted.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_after)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        self.notice = NoteLabel(rendered.notice, self)
        self.notice.setObjectName("fieldError")
        self.notice.setVisible(bool(rendered.notice))
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.pages.setText(self._page_text())
        self.resize(fitting_size(self, QSize(760, 900)))
        self.view.setFocus()

    def _zoom_button(self, text: str, mode: QPdfView.ZoomMode) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setFlat(True)
        button.clicked.connect(lambda: self.view.setZoomMode(mode))
        return button

    def _page_text(self) -> str:
        pages = self.document.pageCount()
        if pages <= 0:
            return tr("The {0} could not be shown here; it can still be saved.").format(self.rendered.kind)
        size = self.document.pagePointSize(0)
        paper = "A4" if abs(size.width() - 595) < 3 else tr("US Letter") if abs(size.width() - 612) < 3 else ""
        return " · ".join(part for part in (self.rendered.kind.capitalize(), count_phrase(pages, "page"), paper)
                          if part)

    def print_pages(self) -> None:
        """Ask for a printer and print the pages shown."""
        pages = print_with_dialog(self, self.rendered)
        if pages:
            self.printed.emit(pages)

    def suggested_path(self) -> Path:
        """Where Save as… proposes to write: the last export folder and a name made from the content."""
        return export_folder(self.settings) / self.rendered.file_name

    def save_as(self) -> None:
        """Ask for a file, write the PDF there (a whole file or none), open it if asked, and close."""
        path = messages.ask_save_path(self, tr("Save {0}").format(self.rendered.kind), str(self.suggested_path()),
                                      tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            if not self._write(Path(path)):
                return
        except OSError as error:
            messages.warn(self, tr("Not saved"),
                          tr("The {0} could not be written to {1}: {2}.\n\nChoose another folder (one you can write "
                             "to) or another file name, and save again.")
                             .format(self.rendered.kind, path, error.strerror or error))
            return
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.saved.emit(path)
        self.accept()

    def _write(self, path: Path) -> bool:
        """Write the PDF to `path`; False when it is a read-only file the user chose to keep."""
        try:
            write_bytes_atomically(path, self.rendered.data)
        except ReadOnlyFile:
            if not messages.confirm_replace_read_only(self, str(path), f"this {self.rendered.kind}"):
                return False
            write_bytes_atomically(path, self.rendered.data, replace_read_only=True)
        return True
