"""Shown where a workshop goes when none is selected (and while the data is being opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class EmptyWorkshopView(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("Select a workshop on the left, or create one with Ctrl+N."))
        label.setWordWrap(True)
        self.addWidget(label)
