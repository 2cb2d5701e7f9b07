"""The detail pane makes its record tabs only after the window's first paint; nothing shows the difference."""

from briefing.gui.widgets.detail_pane import DetailPane


def _titles(detail: DetailPane) -> list[str]:
    return [detail.tabs.tabText(index) for index in range(detail.tabs.count())]


def test_tab_counts_are_right_before_the_record_tabs_are_made(qtbot, store, demo_id):
    store.attachments.add(demo_id, "memo.pdf", "application/pdf", b"%PDF-1.7")
    detail = DetailPane(store)
    qtbot.addWidget(detail)
    detail.set_visit(demo_id)
    before = _titles(detail)
    assert detail.pages[1].layout() is None  # nothing made behind the tabs yet
    counts = [len(store.participants.for_visit(demo_id)), len(store.areas.for_visit(demo_id)),
              len(store.agreements.for_visit(demo_id)),
              len(store.history.for_visit(demo_id)) + len(store.quotes.for_visit(demo_id)),
              len(store.talking_points.for_visit(demo_id)), len(store.follow_ups.for_visit(demo_id)), 1]
    assert before == ["Overview"] + [f"{title} ({count})" for title, count in zip(
        ("Participants", "Cooperation areas", "Agreements", "Background", "Talking points", "Follow-ups",
         "Attachments"), counts, strict=True)]
    detail.record_panes()
    assert _titles(detail) == before


def test_the_record_tabs_are_made_once_the_pane_is_painted_and_show_the_visit(qtbot, store, demo_id):
    detail = DetailPane(store)
    qtbot.addWidget(detail)
    detail.set_visit(demo_id)
    detail.show()
    qtbot.waitUntil(lambda: bool(detail.pages[1].layout()))
    assert detail.participants.model.rowCount() == 2
    assert _titles(detail)[1] == "Participants (2)"


def test_switching_to_a_record_tab_first_makes_it_with_the_visit_in_it(qtbot, store, demo_id):
    detail = DetailPane(store)
    qtbot.addWidget(detail)
    detail.set_visit(demo_id)
    detail.tabs.setCurrentIndex(2)
    assert detail.pages[2].layout() is not None
    assert detail.areas.count == 7
    assert detail.areas.isVisibleTo(detail.pages[2])


def test_a_record_tab_shown_later_has_its_columns_fitted_to_the_visit_shown(qtbot, store, demo_id):
    detail = DetailPane(store)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: bool(detail.pages[1].layout()))
    detail.set_visit(demo_id)
    view = detail.participants.view
    assert not view.isVisible()
    detail.tabs.setCurrentIndex(1)
    header = view.horizontalHeader()
    fitted = [column for column in range(view.model().columnCount())
              if column != detail.participants.kind.stretch_column]
    assert all(header.sectionSize(column) >= min(view.sizeHintForColumn(column), 240) for column in fitted)
