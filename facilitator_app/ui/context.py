"""What every screen gets: the database, settings, the change signal and the current selection.

Screens receive an `AppContext` in their constructor; they call services with `ctx.db` and
refresh when `ctx.changed` fires. They never hold a database session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from facilitator_app.services.changes import Change
from facilitator_app.settings import Settings

if TYPE_CHECKING:  # imported once the window is on screen (see ui/launch.py)
    from facilitator_app.storage.database import Database


class AppContext(QObject):
    changed = Signal(object)  # a services.changes.Change, after each committed operation
    current_workshop_changed = Signal(object)  # int | None
    current_day_changed = Signal(object)  # int | None
    language_changed = Signal(str)
    database_ready = Signal()  # the database is attached: screens may load their data

    def __init__(
        self, db: Database | None, settings: Settings, data_dir: Path, language: str
    ) -> None:
        super().__init__()
        self._db: Database | None = None
        self.settings = settings
        self.data_dir = data_dir
        self.language = language
        self.current_workshop_id: int | None = None
        self.current_day_id: int | None = None
        self._unsubscribe = lambda: None
        if db is not None:
            self.attach_database(db)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database is not open yet")
        return self._db

    @property
    def has_database(self) -> bool:
        return self._db is not None

    def attach_database(self, db: Database) -> None:
        """The window appears before the database is opened; this hands it over."""
        self._db = db
        self._unsubscribe = db.changes.subscribe(self._relay)
        self.database_ready.emit()

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
