"""Small helpers shared by the GUI tests."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from briefing import domain
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.models.visit_list_model import VISIT_ID_ROLE, VisitListModel
from briefing.store import Store


def add_visit(store: Store, title: str, host: str = "VN", guest: str = "GR", **fields) -> domain.Visit:
    """Save a visit straight through the store."""
    return store.visits.save(domain.Visit(title=title, host_country=host, guest_country=guest, **fields))


def shown_ids(model: VisitListModel) -> list[int]:
    """The visit id on every row of the list, once its count is in."""
    model.finish_counting()
    return [model.index(row, 0).data(VISIT_ID_ROLE) for row in range(model.rowCount())]


def save_form(dialog: FormDialog) -> None:
    """Press Save as the user would."""
    assert dialog.save_button.isEnabled(), dialog.errors
    dialog.save_button.click()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type into a field key by key: qtbot.keyClicks for ASCII, key events carrying the text for other scripts."""
    target = widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        target = widget.lineEdit()
    elif hasattr(widget, "line_edit"):
        target = widget.line_edit
    if text.isascii():
        qtbot.keyClicks(target, text)
        return
    for character in text:  # QTest.keyClicks aborts on characters it has no key for
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     character))
