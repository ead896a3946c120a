"""Fields that save as the user types: a short pause after the last keystroke (or leaving the
field) commits the value through a service call. No Save button anywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from facilitator_app.ui.errors import reported

SAVE_DELAY_MS = 300


class AutoSave(QObject):
    """Binds one text widget to `save(text)`; `flush()` saves now if something is pending."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit, save: Callable[[str], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._dirty = False
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._schedule)
            widget.editingFinished.connect(self.flush)
        else:
            widget.textChanged.connect(self._schedule)
        widget.destroyed.connect(self._timer.stop)

    def set_text(self, text: str) -> None:
        """Show a stored value without saving it back."""
        if self.text() == text:
            return
        self._loading = True
        try:
            if isinstance(self.widget, QLineEdit):
                self.widget.setText(text)
            else:
                self.widget.setPlainText(text)
        finally:
            self._loading = False

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        return self.widget.toPlainText()

    def pending(self) -> bool:
        return self._dirty

    def _schedule(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def flush(self) -> None:
        if not self._dirty:
            return
        self._timer.stop()
        self._dirty = False
        parent = self.widget if isinstance(self.widget, QWidget) else None
        with reported(parent):
            self._save(self.text())
