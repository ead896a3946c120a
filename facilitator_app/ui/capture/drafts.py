"""What is being typed and not yet added (a card's text before Enter, a note's line) is kept in
a small file of the data folder as it is typed, so a crash in the middle of a sentence loses
nothing: the field shows it again when the console comes back. Written atomically, a moment
after the last keystroke; cleared when the text is added."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from facilitator_app.atomic import atomic_path

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 300
MAX_DRAFT = 20_000  # a draft is what a person types, not a pasted book


class DraftStore(QObject):
    """Drafts by key ("<workshop uid>/<item id>/<field>"), in data_dir/drafts.json."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(data_dir) / "drafts.json"
        self._drafts = self._read()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def get(self, key: str) -> str:
        return self._drafts.get(key, "")

    def put(self, key: str, text: str) -> None:
        text = text[:MAX_DRAFT]
        if self._drafts.get(key, "") == text:
            return
        if text:
            self._drafts[key] = text
        else:
            self._drafts.pop(key, None)
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(self.path) as temporary:
                temporary.write_text(json.dumps(self._drafts, ensure_ascii=False), "utf-8")
        except OSError as exc:  # a read-only folder: the draft stays in memory
            log.warning("drafts not saved: %s", exc)


class DraftBinding(QObject):
    """Keeps one field's text in the store under a key that follows the current item."""

    def __init__(self, store: DraftStore, widget: QLineEdit | QPlainTextEdit) -> None:
        super().__init__(widget)
        self.store = store
        self.widget = widget
        self.key = ""
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._changed)
        else:
            widget.textChanged.connect(lambda: self._changed(widget.toPlainText()))

    def follow(self, key: str) -> None:
        """Show the draft kept for `key` (another item's draft stays kept)."""
        self.key = ""
        text = self.store.get(key)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
        else:
            self.widget.setPlainText(text)
        self.key = key

    def _changed(self, text: str) -> None:
        if self.key:
            self.store.put(self.key, text)

    def clear(self) -> None:
        """The text was added: its draft goes."""
        if self.key:
            self.store.put(self.key, "")
