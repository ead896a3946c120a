"""The mouse wheel over a closed combo box or a number field inside a scrolling panel scrolls
the panel: it never assigns a person to a role or changes a duration behind the pointer's
back. Once the field has been clicked (it has the focus), the wheel changes it as usual."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QComboBox | QAbstractSpinBox):
            return False
        if (
            event.type() == QEvent.Type.Polish
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            # The wheel must not give it the focus (and so the right to change).
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if event.type() != QEvent.Type.Wheel:
            return False
        if watched.hasFocus() or (isinstance(watched, QComboBox) and watched.view().isVisible()):
            return False
        area = _scroll_area(watched)
        if area is None:
            return False
        QApplication.sendEvent(area.viewport(), event)
        return True


_installed: list[WheelGuard] = []


def install_wheel_guard(app: QApplication) -> None:
    if not _installed:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        _installed.append(guard)
