"""Printing a rendered PDF: Qt's print dialog, then each page drawn onto the printer through QtPdf.

The pages printed are the PDF's own, so paper shows what the preview and the saved file show.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from briefing.gui import messages
from briefing.gui.language import tr

# Pages are rasterised for the printer at most at this resolution: sharp on paper, and an A4 page stays
# about 35 MB in memory however fine the printer's own resolution is.
MAX_DPI = 300


class PrintFailed(Exception):
    """The pages could not be sent to the printer; the message says why."""


def ask_printer(parent: QWidget | None, title: str, pages: int) -> QPrinter | None:
    """Qt's print dialog for a document of `pages` pages; the printer set up by the user, or None on Cancel."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _loaded(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw the PDF's pages (the range chosen in the dialog, else all) onto the printer; the number printed.

    The printer takes the PDF's paper size, and each page fills the whole sheet as it does in the PDF.
    """
    document, _buffer = _loaded(data)
    pages = document.pageCount()
    if pages <= 0:
        raise PrintFailed(tr("the document could not be read for printing"))
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), pages) - 1 if printer.toPage() else pages - 1
    size = document.pagePointSize(first)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(size, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(tr("the printer could not be started"))
    dpi = min(printer.resolution(), MAX_DPI)
    try:
        for index in range(first, last + 1):
            if index > first and not printer.newPage():
                raise PrintFailed(tr("the printer stopped taking pages"))
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.drawImage(QRect(QPoint(0, 0), painter.viewport().size()), image)
    finally:
        painter.end()
    return last - first + 1


def print_with_dialog(parent: QWidget | None, rendered) -> int:
    """Ask for a printer, print the rendered PDF (a RenderedPdf) on it; the pages printed, 0 when cancelled or
    it failed (the user is told why)."""
    document, _buffer = _loaded(rendered.data)
    printer = ask_printer(parent, tr("Print {0}").format(rendered.kind), document.pageCount())
    if printer is None:
        return 0
    try:
        return print_pdf(rendered.data, printer)
    except PrintFailed as error:
        messages.warn(parent, tr("Not printed"), tr("The {0} was not printed: {1}.\n\nCheck that the printer is "
                                                    "switched on and connected, then print again.").format(
                                                        rendered.kind, error))
        return 0
