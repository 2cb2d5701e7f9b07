"""The review of a press release tells the truth: French and Russian releases to a saved visit, the organisation
shown and edited, the summary written again on request, and keys that never type into a field."""

import pytest
from PySide6.QtCore import Qt

from briefing.gui import worker
from briefing.gui.dialogs.press_release_dialog import PressReleaseDialog

# Releases written for these tests.
FRENCH = (
    "SOURCE: https://www.example.bf/actualites/2025/visite-dakar\n\n"
    "Le ministre burkinabè des Affaires étrangères à Dakar\n\n"
    "Le ministre burkinabè des Affaires étrangères, M. Karamoko Traoré, a effectué du 3 au 5 juin 2025 une "
    "visite de travail au Sénégal. Il a été reçu à Dakar par le ministre sénégalais de l'Intégration africaine "
    "et des Affaires étrangères, Mme Yassine Fall.\n\n"
    "Les deux ministres ont signé un accord de coopération dans le domaine de la formation diplomatique. Ils ont "
    "abordé la sécurité, le commerce et les transports.\n"
)
RUSSIAN = (
    "SOURCE: https://www.example.kz/ru/news/2025/visit\n\n"
    "14–15 мая 2025 года министр иностранных дел Буркина-Фасо Каramoko Траоре посетил Казахстан.\n"
).replace("Каramoko", "Карамоко") + (
    "В Астане его принял заместитель премьер-министра, министр иностранных дел Казахстана Мурат Нуртлеу. "
    "Стороны подписали меморандум о политических консультациях и обсудили сотрудничество в сферах образования "
    "и сельского хозяйства.\n"
)
# Written from the host's side: the person met is named without a country, so only the publisher places him.
HOUSE_SIDE = (
    "SOURCE: https://www.example.kz/en/news/visit\n\n"
    "ASTANA, 4 June 2025 - Foreign Minister Ama Owusu of Ghana is on an official visit to Kazakhstan.\n\n"
    "Later that day Deputy Minister Ruslan Bekov met the delegation at the new museum.\n"
)


@pytest.fixture
def dialog(qtbot, store):
    opened = PressReleaseDialog(store)
    qtbot.addWidget(opened)
    opened.resize(1300, 720)
    opened.show()
    yield opened
    worker.wait_for_all()


def read(qtbot, dialog: PressReleaseDialog, text: str) -> None:
    dialog.paste.setPlainText(text)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10_000)


def test_a_french_release_goes_through_the_review_to_a_saved_visit(qtbot, dialog, store):
    read(qtbot, dialog, FRENCH)
    form = dialog.form
    assert (form.host_country.currentText(), form.guest_country.currentText()) == ("Senegal", "Burkina Faso")
    assert (form.start_date.value, form.end_date.value) == ("2025-06-03", "2025-06-05")
    assert [(row["name"], row["side"]) for row in dialog.participants.rows] == [
        ("Yassine Fall", "host"), ("Karamoko Traoré", "guest")]
    assert form.title.text() == "Le ministre burkinabè des Affaires étrangères à Dakar"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    visit = store.visits.get(dialog.visit_id)
    assert (visit.host_country, visit.guest_country, visit.visit_type) == ("SN", "BF", "working")
    assert [(p.person_name, p.side) for p in store.participants.for_visit(visit.id)] == [
        ("Yassine Fall", "host"), ("Karamoko Traoré", "guest")]
    assert [a.title for a in store.agreements.for_visit(visit.id)] == [
        "Accord de coopération dans le domaine de la formation diplomatique"]
    assert [a.topic for a in store.areas.for_visit(visit.id)] == [
        "formation diplomatique", "sécurité", "commerce", "transports"]


def test_a_russian_release_goes_through_the_review_to_a_saved_visit(qtbot, dialog, store):
    read(qtbot, dialog, RUSSIAN)
    form = dialog.form
    assert (form.host_country.currentText(), form.guest_country.currentText()) == ("Kazakhstan", "Burkina Faso")
    assert [(row["name"], row["side"]) for row in dialog.participants.rows] == [
        ("Мурат Нуртлеу", "host"), ("Карамоко Траоре", "guest")]
    assert dialog.errors == {}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    visit = store.visits.get(dialog.visit_id)
    assert (visit.host_country, visit.guest_country, visit.start_date, visit.end_date) == (
        "KZ", "BF", "2025-05-14", "2025-05-15")
    assert [a.kind for a in store.agreements.for_visit(visit.id)] == ["memorandum of understanding"]
    assert [a.topic for a in store.areas.for_visit(visit.id)] == ["образования и сельского хозяйства",
                                                                  "политических консультациях"]


def test_the_organisation_is_shown_edited_and_saved(qtbot, dialog, store):
    read(qtbot, dialog, FRENCH)
    column = [c.key for c in dialog.participants.columns].index("organization")
    assert dialog.participants.headerData(column, Qt.Orientation.Horizontal) == "Organization"
    dialog.participants.setData(dialog.participants.index(0, column), "Ministère de l'Intégration africaine")
    dialog.save()
    person = store.people.find("Yassine Fall", "SN")
    assert person.organization == "Ministère de l'Intégration africaine"


def test_the_summary_follows_the_participants_once_rewritten(qtbot, dialog):
    read(qtbot, dialog, FRENCH)
    name = [c.key for c in dialog.participants.columns].index("name")
    dialog.participants.setData(dialog.participants.index(1, name), "Karamoko Jean-Marie Traoré")
    assert "Karamoko Jean-Marie Traoré" not in dialog.form.summary.toPlainText()
    qtbot.mouseClick(dialog.form.rewrite_summary, Qt.MouseButton.LeftButton)
    assert "Karamoko Jean-Marie Traoré" in dialog.form.summary.toPlainText()


def test_alt_with_a_letter_on_the_review_page_types_nothing_into_the_title(qtbot, dialog):
    read(qtbot, dialog, FRENCH)
    title = dialog.form.title.text()
    dialog.form.title.setFocus()
    dialog.form.title.selectAll()
    qtbot.keyClick(dialog.form.title, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.form.title.text() == title
    qtbot.keyClick(dialog.form.title, Qt.Key.Key_R)
    assert dialog.form.title.text() == "r"  # an ordinary key still types


def test_a_side_resting_only_on_the_publisher_shows_low_confidence(qtbot, dialog):
    read(qtbot, dialog, HOUSE_SIDE)
    rows = {row["name"]: row for row in dialog.participants.rows}
    assert rows["Ruslan Bekov"]["side"] == "host"
    row = dialog.participants.rows.index(rows["Ruslan Bekov"])
    assert dialog.participants.weakest(row)[1].confidence < 0.6  # shown as "Low"


def test_the_pasted_release_is_kept_with_the_visit_and_shown_with_it(qtbot, dialog, store, window):
    read(qtbot, dialog, FRENCH)
    dialog.save()
    assert store.visits.release_text(dialog.visit_id) == FRENCH
    window.detail.set_visit(dialog.visit_id)
    shown = window.detail.overview.toPlainText()
    assert "Press release as read" in shown and "a effectué du 3 au 5 juin 2025 une visite de travail" in shown
