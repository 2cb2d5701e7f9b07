"""The main window: list and detail, search, sort, new/edit/delete visit, undo, shortcuts, status bar."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

import briefing
from briefing import domain
from briefing.gui.models.visit_list_model import COLUMNS, TITLE
from briefing.store import VisitQuery

from .helpers import add_visit, save_form, shown_ids, type_text


def _search(qtbot, window, text):
    box = window.list_pane.search_box
    box.clear()
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: window.list_pane.model.query.text == text.strip())


def test_the_window_opens_on_the_first_visit_with_its_tabs_counted(window, demo_id):
    assert window.list_pane.selected_visit_id == demo_id
    assert window.detail.title.text().startswith("Working visit of Burkina Faso's Foreign Minister")
    assert window.detail.subtitle.text() == "Burkina Faso → Kazakhstan · Astana · 3–5 June 2025 · Working visit"
    tabs = [window.detail.tabs.tabText(i) for i in range(window.detail.tabs.count())]
    assert tabs == ["Overview", "Participants (2)", "Cooperation areas (7)", "Agreements (1)", "Background (3)",
                    "Talking points (5)", "Follow-ups (1)", "Attachments"]
    assert "Foreign minister" in window.detail.overview.toPlainText()
    assert window.count_label.text() == "1 visit"
    assert window.windowTitle() == "t.sqlite — Briefing"


def test_typing_in_the_search_box_filters_the_list_in_sql(qtbot, window, store, demo_id):
    other = add_visit(store, "Consultations in Hanoi")
    window.refresh_all()
    assert window.count_label.text() == "2 visits"
    _search(qtbot, window, "traore")
    assert shown_ids(window.list_pane.model) == [demo_id]
    assert window.count_label.text() == "1 of 2 visits"
    _search(qtbot, window, "hanoi")
    assert shown_ids(window.list_pane.model) == [other.id]
    assert window.detail.visit_id is None  # the visit shown no longer matches


def test_a_search_beyond_one_page_shows_its_count_once_counted(qtbot, window, store):
    for i in range(150):
        add_visit(store, f"Zanzibar talks {i}")
    window.refresh_all()
    window.list_pane.search_box.setText("zanzibar")
    window.list_pane.search("zanzibar")
    assert window.count_label.text() == "… of 151 visits"  # the first page is shown, the count follows
    qtbot.waitUntil(lambda: window.count_label.text() == "150 of 151 visits")
    assert window.list_pane.model.rowCount() == 150


def test_a_cyrillic_name_is_found(qtbot, window, store):
    visit = add_visit(store, "Talks in Almaty", host="KZ", guest="FR")
    person = store.people.save(domain.Person(name="Ерлан Қарин", country="KZ"))
    store.participants.save(domain.Participant(visit_id=visit.id, person_id=person.id, side="host"))
    window.refresh_all()
    _search(qtbot, window, "Ерлан Қарин")
    assert shown_ids(window.list_pane.model) == [visit.id]
    _search(qtbot, window, "қарин")
    assert shown_ids(window.list_pane.model) == [visit.id]


def test_a_search_without_matches_says_so(qtbot, window):
    _search(qtbot, window, "xyzzy")
    assert window.list_pane.stack.currentWidget() is window.list_pane.empty
    assert window.list_pane.empty.label.text() == "No visits match ‘xyzzy’."
    assert window.count_label.text() == "0 of 1 visit"
    qtbot.keyClick(window.list_pane.search_box, Qt.Key.Key_Escape)
    assert window.list_pane.model.rowCount() == 1
    assert window.list_pane.stack.currentWidget() is window.list_pane.view


def test_an_empty_database_invites_a_first_visit(qtbot, empty_store, settings):
    from briefing.gui.main_window import MainWindow

    main = MainWindow(empty_store, settings)
    qtbot.addWidget(main)
    assert "No visits yet." in main.list_pane.empty.label.text()
    assert main.detail.stack.currentWidget() is main.detail.empty
    assert not main.window_actions.edit_visit.isEnabled()
    assert not main.window_actions.delete_visit.isEnabled()
    assert main.count_label.text() == "0 visits"


def test_clicking_a_header_sorts_by_it_in_sql(qtbot, window, store):
    for title in ("Bravo", "alpha", "Charlie"):
        add_visit(store, title)
    window.refresh_all()
    header = window.list_pane.view.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(TITLE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    query = window.list_pane.model.query
    assert query.sort == "title"
    assert shown_ids(window.list_pane.model) == store.visits.ids(VisitQuery(sort="title", descending=query.descending))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert window.list_pane.model.query.descending != query.descending
    descending = window.list_pane.model.query.descending
    titles = [window.list_pane.model.index(r, TITLE).data() for r in range(4)]
    assert titles == sorted(titles, key=str.casefold, reverse=descending)
    assert titles[0] == ("Working visit of Burkina Faso's Foreign Minister Karamoko Traoré to Kazakhstan"
                         if descending else "alpha")


def test_a_new_visit_is_saved_and_selected(qtbot, window, store, forms):
    def fill(dialog):
        type_text(qtbot, dialog.title, "Visit of the President of Kenya")
        type_text(qtbot, dialog.guest_country, "Kenya")
        type_text(qtbot, dialog.host_country, "Japan")
        save_form(dialog)

    forms.append(fill)
    before = set(store.visits.ids())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not forms
    [new_id] = set(store.visits.ids()) - before
    assert window.detail.visit_id == new_id
    assert window.detail.title.text() == "Visit of the President of Kenya"
    assert window.count_label.text() == "2 visits"
    assert window.statusBar().currentMessage() == "Added visit “Visit of the President of Kenya”."
    assert window.window_actions.undo.text() == "&Undo Add visit"


def test_a_new_visit_hidden_by_the_search_clears_it(qtbot, window, store, forms):
    _search(qtbot, window, "traore")

    def fill(dialog):
        type_text(qtbot, dialog.title, "Talks in Dakar")
        type_text(qtbot, dialog.guest_country, "France")
        type_text(qtbot, dialog.host_country, "Senegal")
        save_form(dialog)

    forms.append(fill)
    window.window_actions.new_visit.trigger()
    assert window.list_pane.search_box.text() == ""
    assert window.detail.title.text() == "Talks in Dakar"


def test_editing_the_visit_then_undo_restores_it(qtbot, window, store, demo_id, forms):
    def rename(dialog):
        dialog.title.clear()
        type_text(qtbot, dialog.title, "Renamed visit")
        save_form(dialog)

    forms.append(rename)
    window.window_actions.edit_visit.trigger()
    assert store.visits.get(demo_id).title == "Renamed visit"
    assert window.detail.title.text() == "Renamed visit"
    assert window.list_pane.model.index(0, TITLE).data() == "Renamed visit"
    undo = window.window_actions.undo
    assert undo.isEnabled() and undo.text() == "&Undo Edit visit"
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.visits.get(demo_id).title.startswith("Working visit of Burkina Faso")
    assert window.detail.title.text().startswith("Working visit of Burkina Faso")
    assert window.list_pane.model.index(0, TITLE).data().startswith("Working visit")
    assert not undo.isEnabled()
    assert window.statusBar().currentMessage() == "Undone: Edit visit."


def test_double_clicking_a_visit_opens_its_form(qtbot, window, forms):
    opened = []
    forms.append(lambda dialog: opened.append(dialog.windowTitle()))
    view = window.list_pane.view
    rect = view.visualRect(view.model().index(0, TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a click
    assert opened == ["Edit visit"]


def test_deleting_a_visit_says_what_goes_and_keeps_the_people(window, store, demo_id, answers):
    window.window_actions.delete_visit.trigger()
    [asked] = answers.confirmations
    assert "Delete the visit “Working visit of Burkina Faso" in asked
    assert ("This deletes the visit and its 2 participant links, 7 cooperation areas, 1 agreement, "
            "2 history entries, 1 quote, 5 talking points and 1 follow-up action; the people stay.") in asked
    assert store.visits.count() == 0
    assert store.participants.for_visit(demo_id) == []
    assert store.areas.for_visit(demo_id) == []
    assert len(store.people.list()) == 2
    assert window.detail.visit_id is None
    assert window.count_label.text() == "0 visits"


def test_refusing_the_confirmation_keeps_the_visit(window, store, demo_id, answers):
    answers.confirm_with = False
    window.window_actions.delete_visit.trigger()
    assert len(answers.confirmations) == 1
    assert store.visits.ids() == [demo_id]
    assert len(store.participants.for_visit(demo_id)) == 2
    assert window.detail.visit_id == demo_id


def test_undo_brings_a_deleted_visit_back_with_its_records_and_selects_it(window, store, demo_id, answers):
    other = add_visit(store, "Consultations in Hanoi", start_date="2020-01-01")
    window.refresh_all(select_id=demo_id)
    window.window_actions.delete_visit.trigger()
    assert store.visits.ids() == [other.id]
    assert window.window_actions.undo.text() == "&Undo Delete visit"
    window.window_actions.undo.trigger()
    assert sorted(store.visits.ids()) == sorted([demo_id, other.id])
    assert len(store.participants.for_visit(demo_id)) == 2
    assert len(store.areas.for_visit(demo_id)) == 7
    assert window.detail.visit_id == demo_id
    assert window.detail.tabs.tabText(1) == "Participants (2)"


def test_the_delete_key_deletes_the_visit_only_from_the_list(qtbot, window, store, demo_id, answers):
    window.show_tab(2)
    areas = window.detail.areas
    areas.select_row(0)
    areas.view.setFocus()
    qtbot.keyClick(areas.view, Qt.Key.Key_Delete)
    assert answers.confirmations[-1].startswith("Delete cooperation area|")
    assert store.visits.ids() == [demo_id]
    assert len(store.areas.for_visit(demo_id)) == 6
    window.list_pane.view.setFocus()
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_Delete)
    assert answers.confirmations[-1].startswith("Delete visit|")
    assert store.visits.ids() == []


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, window):
    window.detail.tabs.setFocus()
    assert window.window_actions.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.window_actions.find.trigger()
    assert QApplication.focusWidget() is window.list_pane.search_box


def test_ctrl_digits_switch_tabs(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.tabs.currentIndex() == 3


def test_hiding_a_column_from_the_view_menu(window):
    header = window.list_pane.view.horizontalHeader()
    guest = [c.title for c in COLUMNS].index("Guest")
    window.window_actions.columns[guest].setChecked(False)
    assert header.isSectionHidden(guest)
    assert not window.window_actions.columns[TITLE].isEnabled()


def test_settings_are_remembered_by_the_next_window(qtbot, store, settings, demo_id):
    from briefing.gui.main_window import MainWindow

    other = add_visit(store, "Consultations in Hanoi", start_date="2020-01-01")
    first = MainWindow(store, settings)
    qtbot.addWidget(first)
    first.resize(760, 560)  # the offscreen screen is 800 × 600
    first.show()
    first.list_pane.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    first.list_pane.select_visit(other.id)
    first.show_tab(5)
    first.window_actions.columns[2].setChecked(False)
    first.splitter.setSizes([300, 800])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(store, settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.list_pane.model.query.sort, second.list_pane.model.query.descending) == ("title", False)
    assert shown_ids(second.list_pane.model) == store.visits.ids(VisitQuery(sort="title", descending=False))
    assert second.list_pane.selected_visit_id == other.id
    assert second.detail.visit_id == other.id
    assert second.detail.tabs.currentIndex() == 5
    assert second.list_pane.view.horizontalHeader().isSectionHidden(2)
    assert not second.window_actions.columns[2].isChecked()
    assert second.size().toTuple() == (760, 560)
    assert second.splitter.sizes() == sizes


def test_the_about_box_names_the_app_and_its_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window.window_actions.about.trigger()
    assert shown[0][0] == "About Briefing"
    assert f"Briefing {briefing.__version__}" in shown[0][1]


def test_a_visit_edited_out_of_the_search_stays_in_view(qtbot, window, store, demo_id, forms):
    add_visit(store, "Consultations in Hanoi")
    visit = store.visits.get(demo_id)
    visit.title = "Zanzibar talks"
    store.visits.save(visit)
    window.refresh_all()
    _search(qtbot, window, "zanzibar")
    assert shown_ids(window.list_pane.model) == [demo_id]

    def rename(dialog):
        dialog.title.clear()
        type_text(qtbot, dialog.title, "Talks in Astana")
        save_form(dialog)

    forms.append(rename)
    window.window_actions.edit_visit.trigger()
    assert window.detail.visit_id == demo_id
    assert window.list_pane.selected_visit_id == demo_id
    assert window.list_pane.search_box.text() == ""


def test_adding_a_record_keeps_the_visit_selected_under_a_search(qtbot, window, store, demo_id, forms):
    _search(qtbot, window, "traore")

    def fill(dialog):
        type_text(qtbot, dialog.text, "Raise the air service agreement.")
        save_form(dialog)

    forms.append(fill)
    window.show_tab(5)
    window.detail.talking_points.add_button.click()
    assert window.list_pane.selected_visit_id == demo_id
    assert window.detail.tabs.tabText(5) == "Talking points (6)"


def test_enter_in_the_search_box_searches_at_once_and_moves_to_the_list(qtbot, window, store, demo_id):
    add_visit(store, "Consultations in Hanoi")
    window.refresh_all()
    window.focus_search()
    qtbot.keyClicks(window.list_pane.search_box, "traore")
    qtbot.keyClick(window.list_pane.search_box, Qt.Key.Key_Return)
    assert shown_ids(window.list_pane.model) == [demo_id]  # no wait for the debounce
    assert window.list_pane.selected_visit_id == demo_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_pane.view)


def test_the_list_context_menu_offers_the_visit_actions(window):
    texts = [action.text() for action in window.list_pane.view.actions()]
    assert texts == ["&Edit visit…", "&Delete visit", "&Export briefing…"]


def test_markup_typed_in_a_visit_shows_as_typed_in_the_overview(window, store):
    typed = 'Talks on <b>R&D</b> & the "Silk Road" <script>'
    visit = add_visit(store, "Markup check", summary=typed, city="<Almaty>")
    window.refresh_all(select_id=visit.id)
    text = window.detail.overview.toPlainText()
    assert typed in text and "<Almaty>" in text


def test_the_menus_and_toolbar_hold_every_command_in_order(window):
    def texts(actions) -> list[str]:
        return ["—" if action.isSeparator() else action.text().replace("&", "") for action in actions]

    menus = {action.text().replace("&", ""): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["File", "Edit", "View", "Help"]
    assert texts(menus["File"].actions()) == [
        "New visit…", "New visit from press release…", "—", "Export briefing…", "Export note as Word…",
        "Export country dossier…", "Export country dossier as Word…", "—", "Print…", "—", "Import…", "Export data…",
        "Export visit list as CSV…", "Export agreements as CSV…", "—",
        "Restore from backup…", "—", "Quit"]
    assert texts(menus["Edit"].actions())[:4] == ["Undo", "—", "Edit visit…", "Delete visit"]
    view = texts(menus["View"].actions())
    assert view[:9] == ["Overview", "Participants", "Cooperation areas", "Agreements", "Background",
                        "Talking points", "Follow-ups", "Attachments", "—"]
    assert view[9:] == ["List columns", "Toolbar", "—", "Refresh"]
    assert texts(window.toolbar.actions()) == ["New visit…", "New visit from press release…", "Edit visit…",
                                               "Delete visit", "—", "Undo", "—", "People…", "Export briefing…"]
