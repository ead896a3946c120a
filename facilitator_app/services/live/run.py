"""The live run: the day's agenda items in order, the current one's timer, what the room sees
(black screen, hidden digits, break screen, tour de table), and the saving.

Every operation is one short transaction that rewrites the workshop's RunState (so a crash or
a closed lid loses nothing, the tour de table included), writes the PhaseLog rows of the steps
that started or ended and the item's actual start and end (the planner projects lateness from
them), then announces Change("run", workshop_id). The saved state holds positions and times,
not the steps' texts: they are rebuilt from the item on resuming.

A rehearsal (`recording=False`, the evening before) runs the same timer but writes nothing:
no actual times, no PhaseLog, no RunState (so nothing is offered to resume after a crash: a
rehearsal is cheap to start again, and a saved one could be mistaken for the real run), and the
workshop is never marked as run. Its times are kept in memory for the console's projection.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from facilitator_app.agenda import Projection
from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import AgendaItem, PhaseLog, RunState, utcnow
from facilitator_app.services.live.loading import load_days, load_items
from facilitator_app.services.live.resume import PendingResume, item_steps, pending_resume
from facilitator_app.services.live.room import TOUR_COMMANDS, RoomState
from facilitator_app.storage.database import Database, announce
from facilitator_app.timing.breaks import break_ends_at
from facilitator_app.timing.engine import (
    Clock,
    RestoredTimer,
    TimerEngine,
    TimerSnapshot,
    WallClock,
)
from facilitator_app.timing.projection import live_projection, running_item
from facilitator_app.timing.run_day import LiveDay, LiveItem, choose_day

# 2: the timer's state without the steps' texts, and the room's state.
RUN_STATE_VERSION = 2


class LiveRun:
    def __init__(
        self,
        db: Database,
        workshop_id: int,
        *,
        clock: Clock = _time.monotonic,
        wall: WallClock = utcnow,
        day_id: int | None = None,
        tz: tzinfo | None = None,
        recording: bool = True,
    ) -> None:
        self.db = db
        self.recording = recording
        self._rehearsed: dict[int, tuple[datetime | None, datetime | None]] = {}
        self.tz = tz  # the room's time zone for clock times; None: the laptop's
        self.workshop_id = workshop_id
        self._clock = clock
        self._wall = wall
        with db.reading() as session:
            self.days: tuple[LiveDay, ...] = tuple(load_days(session, workshop_id))
        if not self.days:
            raise UserError("this workshop has no day to run")
        self.resumed: RestoredTimer | None = None
        self._log_ids: list[int] = []
        self._logged_ends: int = 0  # how many records' end is already on disk
        self.day = choose_day(list(self.days), wall().astimezone(tz).date())
        self.items: tuple[LiveItem, ...] = ()
        self.index = 0
        self.engine: TimerEngine | None = None
        self.room = RoomState()
        self._load_day(day_id if day_id is not None else self.day.id)

    # ----- reading -------------------------------------------------------------------

    @property
    def current_item(self) -> LiveItem | None:
        return self.items[self.index] if self.items else None

    @property
    def next_item_preview(self) -> LiveItem | None:
        return self.items[self.index + 1] if self.index + 1 < len(self.items) else None

    def snapshot(self) -> TimerSnapshot | None:
        return self.engine.snapshot() if self.engine else None

    def break_end(self) -> time | None:
        """For a break or a meal: the clock time it ends ("back at 15h40"), local time."""
        item = self.current_item
        if item is None or self.engine is None:
            return None
        planned = sum(self.engine.planned_seconds(i) for i in range(len(self.engine.steps)))
        return break_ends_at(planned, item.planned_start, self.engine.item_started_at, self.tz)

    def wall_now(self) -> datetime:
        """The run's own "now" (the console projects the day from it, as the planner does)."""
        return self._wall()

    def projection(self, now: datetime | None = None) -> Projection:
        """The day's projection with the running timer's own plan (see timing.projection)."""
        item, engine = self.current_item, self.engine
        running = running_item(item.id, engine) if item is not None and engine else None
        return live_projection(
            self.day,
            self.items,
            running,
            now or self._wall(),
            tz=self.tz,
            rehearsal=not self.recording,
        )

    def reload(self) -> None:
        """Read the day's agenda again after the planner changed it (on Change("agenda")),
        keeping the current item and its timer as they are."""
        current = self.current_item
        self._reload_items()
        position = next(
            (i for i, item in enumerate(self.items) if current and item.id == current.id), None
        )
        if position is not None:
            self.index = position
        else:  # the current item was removed: the one now in its place, not started
            self._enter_item(min(self.index, max(0, len(self.items) - 1)))

    # ----- navigation ----------------------------------------------------------------

    def select_day(self, day_id: int) -> None:
        """Run another day: an item still running is closed first (it cannot run unseen)."""
        self._leave_item()
        self._load_day(day_id)
        self._save()

    def restart_day(self) -> None:
        """Back to the day's first item not yet run, its timer fresh (after the recorded times
        were cleared: what ran is forgotten, nothing is written until the next start)."""
        self._rehearsed.clear()
        self._load_day(self.day.id)

    def start_item(self, item_id: int) -> None:
        """Make an item current and start its timer."""
        position = next((i for i, item in enumerate(self.items) if item.id == item_id), None)
        if position is None:
            raise NotFoundError("agenda item {item_id} is not in this day", item_id=item_id)
        self._leave_item()
        self._enter_item(position)
        self._operate(lambda e: e.start())

    def next_item(self, *, start: bool | None = None) -> None:
        """The next item of the day. By default it starts at once if this one had started,
        so the room flows on (Space pauses it)."""
        if self.engine is None or self.index + 1 >= len(self.items):
            self.finish_item()
            return
        carry_on = self.engine.snapshot().started or self.engine.finished
        self._leave_item()
        self._enter_item(self.index + 1)
        if start if start is not None else carry_on:
            self._operate(lambda e: e.start())
        else:
            self._save()

    def previous_item(self) -> None:
        """Back to the previous item, ready but not started (a correction, not the flow)."""
        if self.index == 0:
            return
        self._leave_item()
        self._enter_item(self.index - 1)
        self._save()

    # ----- timer operations (each saved) ---------------------------------------------

    def start(self) -> None:
        self._operate(lambda e: e.start())

    def pause(self) -> None:
        self._operate(lambda e: e.pause())

    def toggle(self) -> None:
        self._operate(lambda e: e.toggle())

    def next_step(self) -> None:
        """Next step; after the last one the item ends, and pressing again moves on."""
        if self.engine is not None and self.engine.finished:
            self.next_item()
            return
        self._operate(lambda e: e.next_step())

    def previous_step(self) -> None:
        self._operate(lambda e: e.previous_step())

    def restart_step(self) -> None:
        self._operate(lambda e: e.restart_step())

    def add_seconds(self, seconds: int) -> None:
        self._operate(lambda e: e.add_seconds(seconds))

    def finish_item(self) -> None:
        self._operate(lambda e: e.finish())

    def finish(self, *, end_workshop: bool = True) -> None:
        """Stop the run: the current item ends, nothing is left to resume and, by default,
        the workshop is marked as run."""
        if self.engine is not None and self.engine.snapshot().started:
            self.engine.finish()
            self._save(clear=True)
        else:
            self._clear()
        if end_workshop and self.recording:
            from facilitator_app.services.workshops import end_workshop as _end

            _end(self.db, self.workshop_id)

    # ----- resuming ------------------------------------------------------------------

    @classmethod
    def resume(
        cls,
        db: Database,
        workshop_id: int,
        *,
        clock: Clock = _time.monotonic,
        wall: WallClock = utcnow,
        tz: tzinfo | None = None,
    ) -> LiveRun:
        """Continue an interrupted run where it was (the time away counted if it ran)."""
        with db.reading() as session:
            row = session.get(RunState, workshop_id)
            saved = dict(row.state) if row is not None else None
            item_id = row.item_id if row is not None else None
            item = session.get(AgendaItem, item_id) if item_id is not None else None
            day_id = item.day_id if item is not None else None
        if saved is None or item_id is None or day_id is None:
            raise NotFoundError("there is no interrupted run to resume")
        run = cls(db, workshop_id, clock=clock, wall=wall, day_id=day_id, tz=tz)
        run.index = next(i for i, item in enumerate(run.items) if item.id == item_id)
        if saved.get("engine"):
            steps = item_steps(run.items[run.index])
            run.resumed = TimerEngine.from_state(saved["engine"], clock, wall, steps)
            run.engine = run.resumed.engine
            run._log_ids = [int(i) for i in saved.get("log_ids", ())]
            run._logged_ends = int(saved.get("logged_ends", 0))
        else:
            run._enter_item(run.index)
        run.room = RoomState.from_state(saved.get("room"), clock, wall)
        run._save()
        return run

    # ----- what the room sees (each saved) -------------------------------------------

    def set_black(self, on: bool) -> None:
        self.room.black = on
        self._save()

    def set_hide_digits(self, on: bool) -> None:
        self.room.hide_digits = on
        self._save()

    def show_break(self, minutes: int | None) -> None:
        """The break screen, counting `minutes` from now; None takes it down. The activity's
        time must not run out behind it: a running timer is paused while it shows, and started
        again when it is taken down."""
        screen = self.room.break_screen
        if minutes is None:
            self.room.break_screen = None
            if screen is not None and screen.paused_activity and self.engine is not None:
                self.engine.start()
            self._save()
            return
        snapshot = self.snapshot()
        pause = screen is None and snapshot is not None and snapshot.running
        if pause and self.engine is not None:
            self.engine.pause()
        already = screen.paused_activity if screen is not None else False
        self.room.start_break(minutes, self._clock, self._wall, pause or already)
        self._save()

    def break_remaining(self) -> float | None:
        screen = self.room.break_screen
        return None if screen is None else screen.remaining(self._clock)

    def break_back_at(self) -> time | None:
        screen = self.room.break_screen
        return None if screen is None else screen.back_at(self.tz)

    def start_tour(self, names: list[str] | tuple[str, ...], seconds_each: int) -> bool:
        """One turn per name, `seconds_each` long; False when no name was given."""
        started = self.room.start_tour(names, seconds_each, self._clock, self._wall)
        if started:
            self._save()
        return started

    def stop_tour(self) -> None:
        self.room.tour = None
        self._save()

    def tour_command(self, name: str) -> None:
        """A clicker command while the tour de table runs; past the last speaker it ends."""
        tour = self.room.tour
        if tour is None or name not in TOUR_COMMANDS:
            return
        if not tour.command(name):
            self.room.tour = None
        self._save()

    # ----- internals -----------------------------------------------------------------

    def _load_day(self, day_id: int) -> None:
        day = next((d for d in self.days if d.id == day_id), None)
        if day is None:
            raise NotFoundError("day {day_id} is not in this workshop", day_id=day_id)
        self.day = day
        self._reload_items()
        # Where the day stands: the first item not yet ended.
        first_open = next((i for i, it in enumerate(self.items) if it.actual_end is None), 0)
        self._enter_item(first_open)

    def _reload_items(self) -> None:
        with self.db.reading() as session:
            self.items = load_items(session, self.day)
        if not self.recording:  # the database has no rehearsal times: they live here
            self.items = tuple(
                replace(it, actual_start=times[0], actual_end=times[1])
                if (times := self._rehearsed.get(it.id, (None, None))) != (None, None)
                else replace(it, actual_start=None, actual_end=None)
                for it in self.items
            )

    def _enter_item(self, index: int) -> None:
        self.index = index
        self._log_ids = []
        self._logged_ends = 0
        item = self.current_item
        if item is None:
            self.engine = None
            return
        self.engine = TimerEngine(item_steps(item), self._clock, self._wall)

    def _leave_item(self) -> None:
        """Moving away from an item that ran closes it (its end is recorded)."""
        engine = self.engine
        if engine is not None and engine.snapshot().started and not engine.finished:
            engine.finish()
            self._save()

    def _operate(self, operation: Callable[[TimerEngine], Any]) -> None:
        if self.engine is None:
            return
        operation(self.engine)
        ran = self.engine.item_started_at is not None
        if self.engine.finished and ran and self._is_last_of_workshop() and self.recording:
            self._save(clear=True)
            from facilitator_app.services.workshops import end_workshop

            end_workshop(self.db, self.workshop_id)
            return
        # The day is over after its last item: nothing is left to resume.
        self._save(clear=self.engine.finished and self.index + 1 >= len(self.items))

    def _is_last_of_workshop(self) -> bool:
        return self.day.id == self.days[-1].id and self.index + 1 >= len(self.items)

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


def discard_resume(db: Database, workshop_id: int, *, wall: WallClock = utcnow) -> None:
    """The facilitator declined to resume: the interrupted item is closed at the moment it
    was last saved (so the planner does not think it still runs) and nothing is offered again."""
    with db.reading() as session:
        row = session.get(RunState, workshop_id)
        saved_at = row.saved_at if row is not None else None
    if saved_at is None:
        return
    try:
        run = LiveRun.resume(db, workshop_id, clock=lambda: 0.0, wall=lambda: saved_at)
    except (UserError, KeyError, ValueError, TypeError, StopIteration):
        run = None  # a state we cannot read is dropped, not offered again
    if run is not None and run.engine is not None and run.engine.snapshot().started:
        run.engine.finish()
        run._save(clear=True)
        return
    with db.transaction() as session:
        stale = session.get(RunState, workshop_id)
        if stale is not None:
            session.delete(stale)
        announce(session, Change("run", workshop_id))


__all__ = [
    "LiveDay",
    "LiveItem",
    "LiveRun",
    "PendingResume",
    "choose_day",
    "discard_resume",
    "pending_resume",
]
