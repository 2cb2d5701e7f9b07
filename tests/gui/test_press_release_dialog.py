"""File → New visit from press release: read off the GUI thread, review beside the text, save once or not at all."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefing.gui import worker
from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog
from briefing.gui.review_document import reviewed_document, row_problems
from briefing.gui.widgets.confidence_dot import NOT_FOUND

# A release written for these tests; the flag emoji sits before the host's name, so Python's offsets and
# Qt's (UTF-16) positions differ there.
RELEASE = (
    "SOURCE: https://www.gov.kz/memleket/news/2025/06/visit\n\n"
    "Kazakhstan and Ghana sign memorandum on political consultations\n\n"
    "ASTANA, 4 June 2025 - Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu received Minister of "
    "Foreign Affairs of Ghana Kwame Mensah \U0001F1EC\U0001F1ED, who is on an official visit to Kazakhstan on "
    "3-5 June 2025.\r\n\r\n"
    "The ministers discussed cooperation in trade, mining and education. They signed a Memorandum of "
    "Understanding on political consultations.\n"
)


def count(store, table: str) -> int:
    return store.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def dialog(qtbot, store):
    opened = PressReleaseDialog(store)
    qtbot.addWidget(opened)
    opened.resize(1300, 720)
    opened.show()
    yield opened
    worker.wait_for_all()


def read(qtbot, dialog: PressReleaseDialog, text: str = RELEASE) -> None:
    """Paste the text, press Read, and wait for the review page."""
    dialog.paste.setPlainText(text)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)


def test_a_pasted_release_fills_the_review_form(qtbot, dialog):
    read(qtbot, dialog)
    form = dialog.form
    assert (form.host_country.currentText(), form.guest_country.currentText()) == ("Kazakhstan", "Ghana")
    assert (form.start_date.value, form.end_date.value, form.city.text()) == ("2025-06-03", "2025-06-05", "Astana")
    assert [(row["name"], row["side"]) for row in dialog.participants.rows] == [
        ("Murat Nurtleu", "host"), ("Kwame Mensah", "guest")]
    assert [(row["title"], row["kind"]) for row in dialog.agreements.rows] == [
        ("Memorandum of Understanding on political consultations", "memorandum of understanding")]
    assert form.dots["host_country"].level == "High"
    assert form.dots["status"].level == NOT_FOUND  # the text does not say: the field stays empty, marked
    assert form.status.value is None
    assert dialog.save_button.isEnabled() and dialog.save_button.isVisible()


def test_the_passage_of_the_selected_field_is_highlighted(qtbot, dialog):
    read(qtbot, dialog)
    dialog.form.host_country.lineEdit().setFocus()
    qtbot.waitUntil(lambda: dialog.source_view.passage() == "Kazakhstan")
    dialog.form.guest_country.lineEdit().setFocus()
    qtbot.waitUntil(lambda: dialog.source_view.passage() == "Minister of Foreign Affairs of Ghana")
    dialog.form.end_date.line_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.source_view.passage() == "3-5 June 2025")
    table = dialog.tables["participants"]
    dialog.tabs.setCurrentWidget(table)
    table.view.setCurrentIndex(dialog.participants.index(1, 0))
    assert dialog.source_view.passage() == "Kwame Mensah"
    table.view.setCurrentIndex(dialog.participants.index(1, 1))
    assert dialog.source_view.passage() == "Minister of Foreign Affairs of Ghana"


def test_an_existing_person_is_matched_and_not_duplicated(qtbot, dialog, store):
    people_before = count(store, "people")
    read(qtbot, dialog)
    assert [row["match"] for row in dialog.participants.rows] == ["Existing person (Kazakhstan)", "New person"]
    dialog.save()
    assert count(store, "people") == people_before + 1  # Kwame Mensah only
    nurtleu = store.people.find("Murat Nurtleu", "KZ")
    assert len(store.people.visit_ids(nurtleu.id)) == 2  # the demo visit and the new one


def test_save_creates_exactly_one_visit_with_its_records(qtbot, dialog, store):
    visits_before = count(store, "visits")
    read(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert count(store, "visits") == visits_before + 1
    visit = store.visits.get(dialog.visit_id)
    assert (visit.host_country, visit.guest_country, visit.start_date, visit.end_date) == (
        "KZ", "GH", "2025-06-03", "2025-06-05")
    assert [(p.person_name, p.side) for p in store.participants.for_visit(visit.id)] == [
        ("Murat Nurtleu", "host"), ("Kwame Mensah", "guest")]
    assert [a.title for a in store.agreements.for_visit(visit.id)] == [
        "Memorandum of Understanding on political consultations"]
    assert [a.topic for a in store.areas.for_visit(visit.id)] == ["trade", "mining", "education",
                                                                  "political consultations"]
    assert store.undo_label() == "New visit from press release"


def test_cancel_writes_nothing(qtbot, dialog, store):
    counts = [count(store, table) for table in ("visits", "people", "participants", "agreements")]
    read(qtbot, dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.visit_id is None
    assert [count(store, table) for table in ("visits", "people", "participants", "agreements")] == counts
    assert store.undo_label() is None


def test_a_broken_rule_disables_save_with_the_message_next_to_the_field(qtbot, dialog):
    read(qtbot, dialog)
    dialog.form.title.clear()
    assert not dialog.save_button.isEnabled()
    assert dialog.form.errors["title"].text() == "Title is required."
    dialog.form.title.setText("Visit of the Ghanaian Foreign Minister")
    assert dialog.save_button.isEnabled()
    dialog.participants.setData(dialog.participants.index(1, 0), "")
    assert not dialog.save_button.isEnabled()
    assert dialog.tables["participants"].problems.text() == "Row 2: Name is required."
    dialog.tables["participants"].view.setCurrentIndex(dialog.participants.index(1, 0))
    dialog.tables["participants"].remove()
    assert dialog.save_button.isEnabled() and len(dialog.participants.rows) == 1


def test_a_file_is_read_and_a_bad_file_gets_a_clear_message(qtbot, dialog, monkeypatch, tmp_path):
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (chosen[-1], ""))
    unsupported = tmp_path / "notes.docx"
    unsupported.write_bytes(b"PK\x03\x04")
    chosen.append(str(unsupported))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible)
    assert "unsupported file type '.docx' (use .txt, .html or .pdf)" in dialog.message.text()
    assert dialog.stack.currentIndex() == 0 and dialog.read_button.isEnabled()
    broken = tmp_path / "release.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not a PDF")
    chosen.append(str(broken))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a readable PDF" in dialog.message.text())
    page = tmp_path / "release.html"
    page.write_text(f"<html><body><p>{RELEASE.split(chr(10), 2)[2]}</p></body></html>", encoding="utf-8")
    chosen.append(str(page))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)
    assert dialog.form.guest_country.currentText() == "Ghana" and not dialog.message.isVisible()


def test_nothing_pasted_is_said_and_the_tables_are_sound_models(qtbot, dialog, qtmodeltester):
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Paste the text of a press release first, or open a file."
    read(qtbot, dialog)
    for model in (dialog.participants, dialog.areas, dialog.agreements):
        qtmodeltester.check(model)


def test_the_menu_opens_it_and_the_new_visit_is_selected(qtbot, window, store, monkeypatch):
    action = window.window_actions.new_from_press_release
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    assert action in window.menuBar().actions()[0].menu().actions()

    def review_and_save(dialog: PressReleaseDialog) -> int:
        read(qtbot, dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PressReleaseDialog, "exec", review_and_save)
    action.trigger()
    worker.wait_for_all()
    new_id = max(store.visits.ids())
    assert window.list_pane.selected_visit_id == new_id
    assert window.detail.visit_id == new_id


def test_the_reviewed_document_refers_to_known_people_and_drops_signatories_removed():
    rows = {
        "participants": [{"name": "Ana Rios", "title": "", "side": "host", "role": None, "organization": "Ministry",
                          "person": "uuid-of-ana"},
                         {"name": "Li Wei", "title": "", "side": "guest", "role": None, "organization": "Ministry"}],
        "cooperation_areas": [],
        "agreements": [{"title": "Agreement on trade", "kind": "agreement", "status": "signed", "signed_on": None,
                        "signatories": ["Ana Rios", "Omar Said"]}],
    }
    document = reviewed_document({"title": "Visit"}, rows, {})
    assert [{k: p.get(k) for k in ("person", "organization")} for p in document["participants"]] == [
        {"person": "uuid-of-ana", "organization": None}, {"person": None, "organization": "Ministry"}]
    assert document["agreements"][0]["signatories"] == ["Ana Rios"]
    assert row_problems({"title": "x", "participants[1].name": "Name is required."}) == {
        "participants": {(1, "name"): "Name is required."}, "cooperation_areas": {}, "agreements": {}}
