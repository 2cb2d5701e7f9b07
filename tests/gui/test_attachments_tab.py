"""The Attachments tab: a file added is a row in the database, removed is gone, Edit → Undo brings it back."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing.gui import messages
from briefing.gui.main_window import MainWindow


def _window(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    [visit_id] = store.visits.ids()
    window.list_pane.select_visit(visit_id)
    return window, visit_id, window.detail.attachments


def test_add_remove_and_undo_a_file(qtbot, store, settings, tmp_path, monkeypatch):
    window, visit_id, pane = _window(qtbot, store, settings)
    memo = tmp_path / "Mémorandum signé.pdf"
    memo.write_bytes(b"%PDF-1.7 signed")
    pane.add_files([str(memo)])
    qtbot.waitUntil(lambda: pane.count == 1)
    [kept] = store.attachments.for_visit(visit_id)
    assert (kept.name, kept.media_type, store.attachments.data(kept.id)) == (
        "Mémorandum signé.pdf", "application/pdf", b"%PDF-1.7 signed")
    assert pane.model.index(0, 0).data() == "Mémorandum signé.pdf"
    assert window.detail.tabs.tabText(7).endswith("(1)")
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: asked.append(args[2]) or True)
    pane.table.selectRow(0)
    pane.remove_button.click()
    assert asked == ["Remove “Mémorandum signé.pdf” from the visit?"]
    assert store.attachments.for_visit(visit_id) == [] and pane.count == 0
    window.undo()
    assert [a.name for a in store.attachments.for_visit(visit_id)] == ["Mémorandum signé.pdf"]
    assert pane.count == 1


def test_a_file_dropped_on_the_list_is_kept(qtbot, store, settings, tmp_path):
    _, visit_id, pane = _window(qtbot, store, settings)
    photo = tmp_path / "signing.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    pane.table.dropEvent(drop)
    qtbot.waitUntil(lambda: pane.count == 1)
    assert [(a.name, a.media_type) for a in store.attachments.for_visit(visit_id)] == [("signing.jpg", "image/jpeg")]


def test_a_file_over_the_limit_is_refused_with_the_limits_and_nothing_kept(qtbot, store, settings, tmp_path,
                                                                            monkeypatch):
    _, visit_id, pane = _window(qtbot, store, settings)
    warnings = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warnings.append((title, text)))
    big = tmp_path / "film.mp4"
    with open(big, "wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    pane.add_files([str(big)])
    assert warnings == [("File not added", "“film.mp4” is 26 MB: it is not kept. A visit keeps files of up to "
                                           "25 MB each, 200 MB in all.")]
    assert store.attachments.for_visit(visit_id) == []


def test_open_hands_a_private_copy_to_the_system_viewer_or_says_there_is_none(qtbot, store, settings, tmp_path,
                                                                               monkeypatch):
    import tempfile

    from briefing.gui.widgets import attachments_pane

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _, visit_id, pane = _window(qtbot, store, settings)
    store.attachments.add(visit_id, "../memo.pdf", "application/x-msdownload", b"%PDF-1.7")
    pane.reload()
    opened, warnings = [], []
    monkeypatch.setattr(attachments_pane.QDesktopServices, "openUrl", lambda url: opened.append(url) and False)
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warnings.append(title))
    pane.table.selectRow(0)
    pane.open_button.click()
    qtbot.waitUntil(lambda: bool(warnings))
    [url] = opened
    assert url.toLocalFile().endswith("/memo.pdf") and url.toLocalFile().startswith(str(tmp_path))
    assert open(url.toLocalFile(), "rb").read() == b"%PDF-1.7"
    assert warnings == ["File not opened"]  # no viewer: openUrl returned False
