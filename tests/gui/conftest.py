"""GUI tests: offscreen Qt, settings in tmp_path, a fresh database per test, no modal loop ever run."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings

from briefing.gui import messages
from briefing.gui.dialogs.form_dialog import FormDialog
from briefing.gui.main_window import MainWindow
from briefing.store import Store


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """QSettings() without arguments writes an INI file under tmp_path, never the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """The settings object a test window reads and writes."""
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path):
    """A new database with the demo visit, recording undo steps as the app does."""
    opened = Store.open(tmp_path / "t.sqlite")
    opened.enable_undo()
    yield opened
    opened.close()


@pytest.fixture
def empty_store(tmp_path):
    """A new database without any visit."""
    opened = Store.open(tmp_path / "empty.sqlite", demo=False)
    opened.enable_undo()
    yield opened
    opened.close()


@pytest.fixture
def demo_id(store) -> int:
    """The id of the demo visit."""
    return store.visits.ids()[0]


@pytest.fixture
def window(qtbot, store, settings) -> MainWindow:
    """The main window on the demo database, shown."""
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def forms(monkeypatch) -> list[Callable[[FormDialog], None]]:
    """Queue of stand-ins for the user: each form opened modally is handed to the next one instead of exec()."""
    queue: list[Callable[[FormDialog], None]] = []

    def handle(dialog: FormDialog) -> int:
        assert queue, f"unexpected form: {type(dialog).__name__}"
        queue.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", handle)
    return queue


class Answers:
    """What the patched confirmation and warning boxes were asked, and what they answer."""

    def __init__(self):
        self.confirm_with = True
        self.confirmations: list[str] = []
        self.warnings: list[str] = []


@pytest.fixture
def answers(monkeypatch) -> Answers:
    """Confirmations answered by `answers.confirm_with`; warnings recorded instead of shown."""
    recorded = Answers()

    def confirm(_parent, title, text, action, detail="", cancel_text=""):
        recorded.confirmations.append(f"{title}|{text}|{action}|{detail}")
        return recorded.confirm_with

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text: recorded.warnings.append(f"{title}|{text}"))
    return recorded


@pytest.fixture(autouse=True)
def teardown_patches(monkeypatch):
    """The patches undone after the test, for the teardown hook below."""
    return monkeypatch


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """qtbot closes the forms a test left open: their "Discard changes?" question is answered yes."""
    patches = item.funcargs.get("teardown_patches")
    if patches is not None:
        patches.setattr(messages, "confirm", lambda *_args, **_kwargs: True)
    yield


_OFFSCREEN_NOISE = "This plugin does not support"  # propagateSizeHints(), raise(), grabbing the keyboard


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    """A Qt warning (a bad connection, a model misused) fails the test; offscreen platform noise does not."""
    yield
    warnings = [record.message for record in qtlog.records
                if record.type.name in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
                and not record.message.startswith(_OFFSCREEN_NOISE)]
    assert warnings == []
