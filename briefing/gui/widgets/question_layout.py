"""The layout the question dialogs share: an icon left of their texts, the buttons below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget


def lay_out_question(dialog: QDialog, icon: QWidget, texts: list[QWidget], buttons: QWidget) -> None:
    """Give `dialog` its layout: `icon` at the top left, `texts` stacked beside it, `buttons` at the bottom."""
    column = QVBoxLayout()
    column.setSpacing(8)
    for widget in texts:
        column.addWidget(widget)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(column, 1)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 18, 18, 14)
    layout.setSpacing(16)
    layout.addLayout(row)
    layout.addWidget(buttons)
