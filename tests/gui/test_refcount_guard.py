"""A long session of Qt calls must not run None's reference count down to an abort."""

import sys

from PySide6.QtWidgets import QLabel

import briefing.gui  # noqa: F401 - importing the GUI package applies the guard when Qt needs it
from briefing.gui.refcount_guard import protect_singletons, qt_drops_none_references


def test_fifty_thousand_void_qt_calls_leave_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(50_000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert after >= before - 100 or after > 1 << 39  # no leak, or a leak the guard's headroom absorbs


def test_the_guard_is_applied_exactly_when_qt_leaks_on_this_python():
    leaking = sys.version_info < (3, 12) and qt_drops_none_references()
    assert protect_singletons() is leaking
