"""What every screen gets: the database, settings, the change signal and the current selection.

Screens receive an `AppContext` in their constructor; they call services with `ctx.db` and
refresh when `ctx.changed` fires. They never hold a database session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from facilitator_app.services.changes import Change
from facilitator_app.settings import Settings
from facilitator_app.storage.database import Database


class AppContext(QObject):
    changed = Signal(object)  # a services.changes.Change, after each committed operation
    current_workshop_changed = Signal(object)  # int | None
    current_day_changed = Signal(object)  # int | None
    language_changed = Signal(str)

    def __init__(self, db: Database, settings: Settings, data_dir: Path, language: str) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.data_dir = data_dir
        self.language = language
        self.current_workshop_id: int | None = None
        self.current_day_id: int | None = None
        self._unsubscribe = db.changes.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def set_current_workshop(self, workshop_id: int | None) -> None:
        if workshop_id != self.current_workshop_id:
            self.current_workshop_id = workshop_id
            self.current_day_id = None
            self.current_workshop_changed.emit(workshop_id)

    def set_current_day(self, day_id: int | None) -> None:
        if day_id != self.current_day_id:
            self.current_day_id = day_id
            self.current_day_changed.emit(day_id)

    def close(self) -> None:
        self._unsubscribe()
