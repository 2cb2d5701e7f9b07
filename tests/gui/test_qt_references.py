"""Calls into Qt keep Python's reference counts right (PySide6 6.12.0 did not, on this Python; it is pinned below)."""

import sys

from PySide6.QtWidgets import QLabel

CALLS = 5_000  # a session starts with about 11,000 references to None: a leak of one a call shows long before


def test_void_qt_calls_leave_the_reference_counts_of_none_true_and_false_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = [sys.getrefcount(singleton) for singleton in (None, True, False)]
    for _ in range(CALLS):
        label.setText("x")
        label.setVisible(False)
    after = [sys.getrefcount(singleton) for singleton in (None, True, False)]
    assert all(count >= earlier - 100 for count, earlier in zip(after, before, strict=True)), (
        f"{CALLS:,} pairs of Qt calls took {[b - a for a, b in zip(after, before, strict=True)]} references from "
        "None, True and False: this PySide6 would abort a long session with 'deallocating None'")
