"""Every window and dialog fits a 1024×600 screen, opens with the focus in a field, and a restored window is
moved back inside the screen."""

import io

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton
from reportlab.pdfgen import canvas

from briefing.gui import screen_fit
from briefing.gui.dialogs.agreement_dialog import AddAgreementDialog
from briefing.gui.dialogs.area_dialog import AddAreaDialog
from briefing.gui.dialogs.dossier_country_dialog import DossierCountryDialog
from briefing.gui.dialogs.export_data_dialog import ExportDataDialog
from briefing.gui.dialogs.export_options_dialog import ExportOptionsDialog
from briefing.gui.dialogs.follow_up_dialog import AddFollowUpDialog
from briefing.gui.dialogs.history_dialog import AddHistoryDialog
from briefing.gui.dialogs.import_summary_dialog import ImportSummaryDialog
from briefing.gui.dialogs.participant_dialog import AddParticipantDialog
from briefing.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog, RenderedPdf
from briefing.gui.dialogs.people_dialog import PeopleDialog
from briefing.gui.dialogs.person_dialog import AddPersonDialog, EditPersonDialog
from briefing.gui.dialogs.preferences_dialog import PreferencesDialog
from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog
from briefing.gui.dialogs.quote_dialog import AddQuoteDialog
from briefing.gui.dialogs.restore_backup_dialog import RestoreBackupDialog
from briefing.gui.dialogs.talking_point_dialog import AddTalkingPointDialog
from briefing.gui.dialogs.visit_dialog import AddVisitDialog, EditVisitDialog
from briefing.gui.main_window import MainWindow
from briefing.gui.window_settings import save_window_state
from briefing.store.backups import take_backup

SMALL_SCREEN = QRect(0, 0, 1024, 600)


@pytest.fixture
def small_screen(monkeypatch):
    """The screen of a small netbook: 1024×600 free."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(SMALL_SCREEN))


def _one_page_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Briefing note")
    page.save()
    return out.getvalue()


DIALOGS = {
    "new visit": lambda store, visit_id, settings, tmp: AddVisitDialog(store),
    "edit visit": lambda store, visit_id, settings, tmp: EditVisitDialog(store, visit_id),
    "add person": lambda store, visit_id, settings, tmp: AddPersonDialog(store),
    "edit person": lambda store, visit_id, settings, tmp: EditPersonDialog(store, store.people.list()[0].id),
    "participant": lambda store, visit_id, settings, tmp: AddParticipantDialog(store, visit_id),
    "talking point": lambda store, visit_id, settings, tmp: AddTalkingPointDialog(store, visit_id),
    "follow-up": lambda store, visit_id, settings, tmp: AddFollowUpDialog(store, visit_id),
    "area": lambda store, visit_id, settings, tmp: AddAreaDialog(store, visit_id),
    "agreement": lambda store, visit_id, settings, tmp: AddAgreementDialog(store, visit_id),
    "history entry": lambda store, visit_id, settings, tmp: AddHistoryDialog(store, visit_id),
    "quote": lambda store, visit_id, settings, tmp: AddQuoteDialog(store, visit_id),
    "press release": lambda store, visit_id, settings, tmp: PressReleaseDialog(store),
    "people": lambda store, visit_id, settings, tmp: PeopleDialog(store),
    "preferences": lambda store, visit_id, settings, tmp: PreferencesDialog(settings, tmp / "t.sqlite",
                                                                            logo_folder=tmp / "logo"),
    "note options": lambda store, visit_id, settings, tmp: ExportOptionsDialog(settings, "Talks"),
    "export data": lambda store, visit_id, settings, tmp: ExportDataDialog(3, "Talks"),
    "country dossier": lambda store, visit_id, settings, tmp: DossierCountryDialog(store),
    "restore backup": lambda store, visit_id, settings, tmp: RestoreBackupDialog(
        take_backup(store.db.conn, tmp / "t.sqlite", "test") and tmp / "t.sqlite"),
    "import summary": lambda store, visit_id, settings, tmp: ImportSummaryDialog(tmp / "in.json", "1 visit added."),
    "PDF preview": lambda store, visit_id, settings, tmp: PdfPreviewDialog(
        RenderedPdf(_one_page_pdf(), "briefing note", "Talks", "talks.pdf"), settings),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_a_small_screen_and_opens_in_a_field(qtbot, store, demo_id, settings, tmp_path,
                                                               small_screen, name):
    dialog = DIALOGS[name](store, demo_id, settings, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.width() <= SMALL_SCREEN.width() and dialog.height() <= SMALL_SCREEN.height(), dialog.size()
    if name != "import summary":  # a message and an OK button: nothing to type in
        focused = dialog.focusWidget()
        assert focused is not None and not isinstance(focused, QPushButton), focused


def test_a_window_restored_from_a_larger_screen_is_moved_back_inside(qtbot, store, settings, small_screen):
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.setGeometry(300, 350, 1300, 800)
    save_window_state(first, settings)
    restored = MainWindow(store, settings)
    qtbot.addWidget(restored)
    geometry = restored.frameGeometry()
    assert SMALL_SCREEN.contains(geometry), geometry
