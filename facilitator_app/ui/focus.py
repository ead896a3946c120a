"""The focus, always in sight: a ring in the app's focus colour drawn inside the edge of the
control that has the keyboard, whatever its kind (Qt's own styles draw a faint dotted line
on some controls and nothing on others). One ring at a time: it goes with the focus and
follows the control's size."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSplitter, QWidget

from facilitator_app.ui.style import FOCUS_RING_COLOUR, FOCUS_RING_WIDTH


def ringed_control(widget: QWidget) -> QWidget:
    """The control a user sees as focused: a spin box or an editable combo box, not the
    line edit inside it."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


class FocusRing(QWidget):
    """Laid over the focused control, as its child: drawn above the control's own painting,
    never clipped by a neighbour, gone with the control. Mouse clicks pass through it."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        control.installEventFilter(self)
        self.setGeometry(control.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        control = self.parentWidget()
        if control is not None and watched is control:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(control.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self.raise_()  # a child made later stays below the ring
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        # Four solid bands, no antialiasing: the same colour on every screen and in a test.
        painter = QPainter(self)
        colour, band = QColor(FOCUS_RING_COLOUR), FOCUS_RING_WIDTH
        width, height = self.width(), self.height()
        painter.fillRect(0, 0, width, band, colour)
        painter.fillRect(0, height - band, width, band, colour)
        painter.fillRect(0, 0, band, height, colour)
        painter.fillRect(width - band, 0, band, height, colour)


class FocusRings(QObject):
    """Puts a ring on each control that takes the focus and takes it off the one that lost it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)
        self.follow(None, app.focusWidget())

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()
            self.ring.deleteLater()
        self.ring = None
        if new is None:
            return
        control = ringed_control(new)
        if control.isWindow() or isinstance(control, QSplitter):
            # A window (the projector's) has no edge to ring; a splitter would take a child
            # for one of its panes.
            return
        self.ring = FocusRing(control)

    def current(self) -> FocusRing | None:
        """The ring on screen now, if any."""
        if self.ring is not None and shiboken6.isValid(self.ring):
            return self.ring
        return None


_installed: list[FocusRings] = []


def focus_rings() -> FocusRings | None:
    """The application's keeper of rings, once a window has installed it."""
    return _installed[0] if _installed else None


def install_focus_ring(app: QApplication) -> FocusRings:
    """One keeper of rings for the application, moving with the keyboard's focus."""
    if not _installed:
        _installed.append(FocusRings(app))
    return _installed[0]
