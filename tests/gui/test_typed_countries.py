"""Countries as people type them: common and former names, other languages, no accents, a start of a name."""

import pytest
from PySide6.QtCore import Qt

from briefing.gui import language
from briefing.gui.dialogs.visit_dialog import AddVisitDialog
from briefing.gui.widgets.country_combo import CountryCombo

from .helpers import save_form, type_text


def _combo(qtbot) -> CountryCombo:
    combo = CountryCombo()
    qtbot.addWidget(combo)
    combo.show()
    return combo


def test_typing_turkey_saves_turkiye(qtbot, empty_store):
    dialog = AddVisitDialog(empty_store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "Working visit to Ankara")
    type_text(qtbot, dialog.guest_country, "Greece")
    type_text(qtbot, dialog.host_country, "Turkey")
    assert dialog.error_text("host_country") == ""
    dialog.host_country.lineEdit().editingFinished.emit()
    assert dialog.host_country.currentText() == "Türkiye"
    save_form(dialog)
    assert empty_store.visits.get(dialog.saved.id).host_country == "TR"


def test_cote_completes_to_cote_d_ivoire(qtbot):
    combo = _combo(qtbot)
    type_text(qtbot, combo, "cote")
    completer = combo.completer()
    assert completer.popup().isVisible()
    shown = [completer.completionModel().index(row, 0).data() for row in range(completer.completionModel().rowCount())]
    assert shown == ["Côte d'Ivoire"]
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "Côte d'Ivoire"
    assert combo.code == "CI"


@pytest.mark.parametrize(("typed", "code"), [
    ("Turkey", "TR"), ("Ivory Coast", "CI"), ("Swaziland", "SZ"), ("Burma", "MM"), ("Czech Republic", "CZ"),
    ("Holland", "NL"), ("Russia", "RU"), ("South Korea", "KR"), ("North Korea", "KP"), ("Laos", "LA"),
    ("Vietnam", "VN"), ("Iran", "IR"), ("Syria", "SY"), ("Bolivia", "BO"), ("Tanzania", "TZ"),
    ("Moldova", "MD"), ("Macedonia", "MK"), ("Cape Verde", "CV"), ("East Timor", "TL"), ("UK", "GB"),
    ("Great Britain", "GB"), ("USA", "US"), ("America", "US"), ("Kirghizia", "KG"), ("Byelorussia", "BY"),
    ("Турция", "TR"), ("Кот-д'Ивуар", "CI"), ("Biélorussie", "BY"), ("Белоруссия", "BY"),
    ("turkiye", "TR"), ("cote d'ivoire", "CI"), ("etats-unis", "US"), ("kaz", "KZ"),
])
def test_common_former_and_accent_free_names_resolve(qtbot, typed, code):
    combo = _combo(qtbot)
    type_text(qtbot, combo, typed)
    assert combo.code == code
    assert combo.unknown_text_error() is None


def test_a_start_that_fits_several_countries_is_refused(qtbot):
    combo = _combo(qtbot)
    type_text(qtbot, combo, "Guin")
    assert combo.code is None
    assert combo.unknown_text_error() == "'Guin' is not a country; choose one from the list."


def test_an_english_name_typed_in_french_shows_the_french_name(qtbot):
    language.install("fr")
    try:
        combo = _combo(qtbot)
        type_text(qtbot, combo, "Ivory Coast")
        combo.lineEdit().editingFinished.emit()
        assert combo.currentText() == "Côte d'Ivoire"
        combo.setEditText("")
        type_text(qtbot, combo, "Turkey")
        combo.lineEdit().editingFinished.emit()
        assert combo.currentText() == "Turquie"
    finally:
        language.install("en")
