"""The capture area of a run launched from the library: no workshop holds what the room
produces, so the console says so where the capture panels would be (and the projector never
shows an output)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from facilitator_app.ui.live.display import DisplayState


class NoCapture(QLabel):
    scene_changed = Signal()  # never emitted: the console connects it as it does the panel's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveNoCapture")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(160)
        self.setText(
            self.tr("Launched from the library: no workshop keeps what the room produces.")
        )

    def actions_for_windows(self) -> list[QAction]:
        return []

    def follow(self, item: Any, snapshot: Any) -> None:
        """Nothing to bring forward."""

    def overlay(self, state: DisplayState) -> DisplayState:
        return state

    def room_sees(self) -> str:
        return ""
