"""Saving the live run: after every operation, one short transaction rewrites the workshop's
RunState (positions and times, not the steps' texts), writes the PhaseLog rows of the steps
that started or ended and the item's actual start and end, then announces Change("run").
A rehearsal writes nothing: its times stay in memory (see run.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.models import AgendaItem, PhaseLog, RunState
from facilitator_app.storage.database import announce
from facilitator_app.timing.engine import TimerEngine
from facilitator_app.timing.run_day import LiveItem

if TYPE_CHECKING:
    from facilitator_app.services.live.room import RoomState
    from facilitator_app.storage.database import Database
    from facilitator_app.timing.engine import WallClock
    from facilitator_app.timing.run_day import LiveDay

# 2: the timer's state without the steps' texts, and the room's state.
RUN_STATE_VERSION = 2


class RunSaving:
    """The saving half of LiveRun (a mixin: it reads the run's fields)."""

    db: Database
    workshop_id: int
    recording: bool
    one_off: tuple[LiveDay, tuple[LiveItem, ...]] | None
    day: LiveDay
    items: tuple[LiveItem, ...]
    engine: TimerEngine | None
    room: RoomState
    _wall: WallClock
    _log_ids: list[int]
    _logged_ends: int
    _rehearsed: dict[int, tuple[datetime | None, datetime | None]]

    @property
    def current_item(self) -> LiveItem | None:
        raise NotImplementedError

    def _clear(self) -> None:
        if not self.recording:
            return
        with self.db.transaction() as session:
            row = session.get(RunState, self.workshop_id)
            if row is not None:
                session.delete(row)
            announce(session, Change("run", self.workshop_id))

    def _save(self, *, clear: bool = False) -> None:
        engine, item = self.engine, self.current_item
        if not self.recording:
            self._rehearse(engine, item)
            return
        # The new row ids and ended count are kept aside until the commit succeeds: after a
        # failed save (disk full, database busy) the rollback frees those ids for SQLite to
        # reuse, and the next save must write again everything that did not reach the disk.
        log_ids, logged_ends = list(self._log_ids), self._logged_ends
        with self.db.transaction() as session:
            if engine is not None and item is not None:
                log_ids, logged_ends = self._write_times(session, engine, item)
            row = session.get(RunState, self.workshop_id)
            if clear or item is None:
                if row is not None:
                    session.delete(row)
            else:
                if row is None:
                    row = RunState(workshop_id=self.workshop_id)
                    session.add(row)
                row.item_id = item.id
                row.state = {
                    "version": RUN_STATE_VERSION,
                    "day_id": self.day.id,
                    "item_id": item.id,
                    "engine": engine.to_state(with_steps=False) if engine is not None else None,
                    "log_ids": list(log_ids),
                    "logged_ends": logged_ends,
                    "room": self.room.to_state(),
                }
                row.saved_at = self._wall()
            announce(session, Change("run", self.workshop_id))
        self._log_ids, self._logged_ends = log_ids, logged_ends
        if engine is not None and item is not None:
            self._refresh_item_times(item.id)

    def _write_times(
        self, session: Session, engine: TimerEngine, item: LiveItem
    ) -> tuple[list[int], int]:
        """Write the steps' and the item's times; return the PhaseLog ids and the number of
        ended records as they stand once this transaction commits."""
        records = engine.records
        log_ids = list(self._log_ids)
        for number, record in enumerate(records):
            if number >= len(log_ids):
                log = PhaseLog(
                    item_id=item.id,
                    phase_index=record.phase_index,
                    round_index=record.round_index,
                    started_at=record.started_at,
                    ended_at=record.ended_at,
                    planned_seconds=record.planned_seconds,
                )
                session.add(log)
                session.flush()
                log_ids.append(log.id)
            elif record.ended_at is not None and number >= self._logged_ends:
                written = session.get(PhaseLog, log_ids[number])
                if written is not None:
                    written.ended_at = record.ended_at
                    written.planned_seconds = record.planned_seconds
        logged_ends = sum(1 for r in records if r.ended_at is not None)
        row = session.get(AgendaItem, item.id)
        if row is not None and engine.item_started_at is not None:
            if row.actual_start is None:
                row.actual_start = engine.item_started_at
            row.actual_end = engine.item_ended_at
        return log_ids, logged_ends

    def _rehearse(self, engine: TimerEngine | None, item: LiveItem | None) -> None:
        """A rehearsal's save: the times stay in memory, the screens are told."""
        if engine is not None and item is not None and engine.item_started_at is not None:
            start = self._rehearsed.get(item.id, (None, None))[0] or engine.item_started_at
            self._rehearsed[item.id] = (start, engine.item_ended_at)
            self.items = tuple(
                replace(it, actual_start=start, actual_end=engine.item_ended_at)
                if it.id == item.id
                else it
                for it in self.items
            )
        if self.one_off is None:  # a method launched from the library concerns no screen
            self.db.changes.publish(Change("run", self.workshop_id))

    def _refresh_item_times(self, item_id: int) -> None:
        with self.db.reading() as session:
            row = session.get(AgendaItem, item_id)
            if row is None:
                return
            start, end = row.actual_start, row.actual_end
        self.items = tuple(
            replace(it, actual_start=start, actual_end=end) if it.id == item_id else it
            for it in self.items
        )
