"""What every screen gets: the database, settings, the change signal, the undo stack and the
current selection.

Screens receive an `AppContext` in their constructor; they call services with `ctx.db`, change
data with `ctx.perform(operation, ...)` (one undoable entry) and refresh when `ctx.changed`
fires. They never hold a database session.

Change notices may come from any thread (a background job, the phones' server) and from other
processes (a script importing a workshop, through the database's change log): all of them
reach the screens on the Qt thread, a burst merged into one notice per area and workshop.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator_app.changes import Change, ChangeQueue
from facilitator_app.settings import Settings

if TYPE_CHECKING:  # imported once the window is on screen (see ui/launch.py)
    from facilitator_app.services.operations import Operation
    from facilitator_app.storage.database import Database

# A burst from another thread (cards from phones) is merged over this many milliseconds.
MERGE_MS = 50
# How often the change log is read for other processes' commits.
EXTERNAL_POLL_MS = 1000


class AppContext(QObject):
    changed = Signal(object)  # a changes.Change, after each committed operation
    current_workshop_changed = Signal(object)  # int | None
    current_day_changed = Signal(object)  # int | None
    language_changed = Signal(str)
    settings_changed = Signal(str)  # the name of a setting the user just changed
    database_ready = Signal()  # the database is attached: screens may load their data
    _wake = Signal()  # queued from another thread: notices are waiting

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
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = lambda: None
        self._queue = ChangeQueue()
        self._merge = QTimer(self)
        self._merge.setSingleShot(True)
        self._merge.setInterval(MERGE_MS)
        self._merge.timeout.connect(self.deliver)
        self._wake.connect(self._merge.start)  # queued: _wake is emitted from other threads
        self._external = QTimer(self)
        self._external.setInterval(EXTERNAL_POLL_MS)
        self._external.timeout.connect(self.poll_other_processes)
        self._log_position = 0
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
        self._log_position = db.latest_notice()
        self._external.start()
        self.database_ready.emit()

    def detach_database(self) -> Database:
        """Take the database away (to restore a backup in its place): no more notices, and
        the undo stack emptied, since its entries name rows of that file."""
        db = self.db
        self._external.stop()
        self._unsubscribe()
        self._unsubscribe = lambda: None
        self.undo_stack.clear()
        self._db = None
        return db

    def perform(self, operation: Operation[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a named operation on the database and put it on the Undo menu."""
        from facilitator_app.ui.undo import perform

        return perform(self.undo_stack, self.db, self.language, operation, *args, **kwargs)

    # -- change notices ----------------------------------------------------------------------
    def _relay(self, change: Change) -> None:
        """Called on the writer's thread. The UI's own operations are shown at once; other
        threads' notices wait in the queue and are merged."""
        if threading.current_thread() is threading.main_thread():
            self.deliver()  # what was waiting first, in order
            self.changed.emit(change)
        elif self._queue.put(change):
            self._wake.emit()

    def deliver(self) -> None:
        """Hand the waiting notices to the screens (on the Qt thread), merged."""
        for change in self._queue.drain():
            self.changed.emit(change)

    def poll_other_processes(self) -> None:
        if self._db is None:
            return
        try:
            found, self._log_position = self._db.external_changes(self._log_position)
        except Exception:  # a busy or vanished file: the next poll tries again
            return
        for change in found:
            self.changed.emit(change)

    # -- selection ---------------------------------------------------------------------------
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
        self._external.stop()
        self._merge.stop()
        self._unsubscribe()
        # The stack owns the commands (Python objects): deleting them now, while everything is
        # alive, rather than in a late garbage collection that segfaults PySide at exit.
        self.undo_stack.clear()
