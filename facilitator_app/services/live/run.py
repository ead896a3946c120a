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
from dataclasses import dataclass, replace
from datetime import datetime, time, tzinfo
from typing import Any

from facilitator_app.agenda import Projection
from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import AgendaItem, RunState, utcnow
from facilitator_app.services.live.loading import load_days, load_items
from facilitator_app.services.live.resume import PendingResume, item_steps, pending_resume
from facilitator_app.services.live.room import TOUR_COMMANDS, RoomState
from facilitator_app.services.live.saving import RunSaving
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
from facilitator_app.timing.steps import steps_digest


@dataclass(frozen=True)
class Visit:
    """An item the room left: its timer as it was and the ids of its steps' logs."""

    engine: TimerEngine
    log_ids: tuple[int, ...]
    logged_ends: int
    digest: str


@dataclass(frozen=True)
class Move:
    """One clicker move, for Ctrl+Z: "next", "previous" or "restart" (with what the step
    had before)."""

    kind: str
    running: bool  # whether the timer ran before the move: Ctrl+Z puts that back too
    had: tuple[float, int] | None = None


class LiveRun(RunSaving):
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
        agenda: tuple[LiveDay, tuple[LiveItem, ...]] | None = None,
    ) -> None:
        """`agenda`: a day held in memory instead of a workshop's (a method launched from the
        library, see one_off.py): nothing is read from the database or written to it."""
        self.db = db
        self.one_off: tuple[LiveDay, tuple[LiveItem, ...]] | None = agenda
        self.recording = recording and agenda is None
        self._rehearsed: dict[int, tuple[datetime | None, datetime | None]] = {}
        self.tz = tz  # the room's time zone for clock times; None: the laptop's
        self.workshop_id = workshop_id
        self._clock = clock
        self._wall = wall
        if agenda is not None:
            self.days: tuple[LiveDay, ...] = (agenda[0],)
        else:
            with db.reading() as session:
                self.days = tuple(load_days(session, workshop_id))
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
        # Items the room has visited, their timers kept for a return (PageUp, PageDown).
        self._visits: dict[int, Visit] = {}
        # The clicker's moves, newest last, that Ctrl+Z on the console takes back.
        self.moves: list[Move] = []
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
            held_seconds=max(0.0, self.break_remaining() or 0.0),
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
        self.moves.clear()
        self._leave_item()
        self._load_day(day_id)
        self._save()

    def restart_day(self) -> None:
        """Back to the day's first item not yet run, its timer fresh (after the recorded times
        were cleared: what ran is forgotten, nothing is written until the next start)."""
        self._rehearsed.clear()
        self._visits.clear()
        self.moves.clear()
        self._load_day(self.day.id)

    def start_item(self, item_id: int) -> None:
        """Make an item current and start its timer."""
        position = next((i for i, item in enumerate(self.items) if item.id == item_id), None)
        if position is None:
            raise NotFoundError("agenda item {item_id} is not in this day", item_id=item_id)
        self.moves.clear()
        self._leave_item()
        self._enter_item(position)
        self._operate(lambda e: e.start())

    def next_item(self, *, start: bool | None = None) -> None:
        """The next item of the day. By default it starts at once if this one had started,
        so the room flows on (Space pauses it). An item the room already visited comes back
        with the time it had (PageUp, then PageDown again)."""
        if self.engine is None or self.index + 1 >= len(self.items):
            self.finish_item()
            return
        carry_on = self.engine.snapshot().started or self.engine.finished
        self._leave_item()
        self._enter_item(self.index + 1, revive=True)
        if start if start is not None else carry_on:
            self._operate(lambda e: e.start())
        else:
            self._save()

    def previous_item(self) -> None:
        """Back to the previous item, at the step it was left on with the time it had
        (running on if this one ran). The item left is pending again: its times are
        forgotten until the room comes back to it."""
        if self.index == 0:
            return
        running = self.engine is not None and self.engine.running
        self._step_away()
        self._enter_item(self.index - 1, revive=True, at_end=True)
        if running:
            self._operate(lambda e: e.start())
        else:
            self._save()

    # ----- the clicker: one press, one visible move, and a way back ------------------

    def next_step(self) -> None:
        """PageDown: the next step; on an item's last step, the item ends and the next one
        comes (running on). After the day's last item, the day is over ("Terminé")."""
        engine = self.engine
        if engine is None:
            return
        move = Move("next", engine.running)
        if engine.finished or engine.index + 1 >= len(engine.steps):
            if self.index + 1 < len(self.items):
                self.next_item()
            elif not engine.finished:
                self.finish_item()
            else:
                return  # the day is over: nothing after it
        else:
            self._operate(lambda e: e.next_step())
        self.moves.append(move)

    def previous_step(self) -> None:
        """PageUp: back one step keeping its time; from an item's first step, back to the
        previous item. Restarting a step is another key (restart_step)."""
        engine = self.engine
        if engine is None:
            return
        move = Move("previous", engine.running)
        if engine.finished or engine.index > 0:
            self._operate(lambda e: e.previous_step())
        elif self.index > 0:
            self.previous_item()
        else:
            return  # the day's first step: nothing before it
        self.moves.append(move)

    def restart_step(self) -> None:
        engine = self.engine
        if engine is None or engine.finished:
            return
        running = engine.running
        had = engine.restart_step()
        self._operate(lambda e: None)
        self.moves.append(Move("restart", running, had))

    def undo_move(self) -> bool:
        """Ctrl+Z on the console: the last PageDown, PageUp or restart taken back (the timer
        goes back where it was). False when there is nothing to take back."""
        if not self.moves:
            return False
        move = self.moves.pop()
        kept = list(self.moves)
        if move.kind == "next":
            self.previous_step()
        elif move.kind == "previous":
            self.next_step()
        elif move.kind == "restart" and self.engine is not None and move.had is not None:
            self.engine.unrestart_step(move.had)
        engine = self.engine
        if engine is not None and not engine.finished and engine.running != move.running:
            engine.toggle()
        self._operate(lambda e: None)
        self.moves[:] = kept  # undoing is not a move of its own
        return True

    # ----- timer operations (each saved) ---------------------------------------------

    def start(self) -> None:
        self._operate(lambda e: e.start())

    def pause(self) -> None:
        self._operate(lambda e: e.pause())

    def toggle(self) -> None:
        self._operate(lambda e: e.toggle())

    def add_seconds(self, seconds: int) -> None:
        self._operate(lambda e: e.add_seconds(seconds))

    def finish_item(self) -> None:
        self._operate(lambda e: e.finish())

    def finish(self, *, end_workshop: bool = True) -> None:
        """Stop the run: the current item ends, nothing is left to resume and, by default,
        the workshop is marked as run."""
        self.moves.clear()
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
        if self.one_off is not None:
            self.items = self.one_off[1]
        else:
            with self.db.reading() as session:
                self.items = load_items(session, self.day)
        if not self.recording:  # the database has no rehearsal times: they live here
            self.items = tuple(
                replace(it, actual_start=times[0], actual_end=times[1])
                if (times := self._rehearsed.get(it.id, (None, None))) != (None, None)
                else replace(it, actual_start=None, actual_end=None)
                for it in self.items
            )

    def _enter_item(self, index: int, *, revive: bool = False, at_end: bool = False) -> None:
        """Make the item at `index` current. `revive`: an item the room visited before comes
        back with its timer as it was left (its steps unchanged since); otherwise a fresh
        timer, on its last step when `at_end` (PageUp from the next item after a restart of
        the app, when the timer it had is no longer in memory)."""
        self.index = index
        self._log_ids = []
        self._logged_ends = 0
        item = self.current_item
        if item is None:
            self.engine = None
            return
        steps = item_steps(item)
        visit = self._visits.get(item.id) if revive else None
        if visit is not None and visit.digest == steps_digest(steps):
            self.engine = visit.engine
            self._log_ids, self._logged_ends = list(visit.log_ids), visit.logged_ends
            self.engine.reopen()
            return
        self.engine = TimerEngine(steps, self._clock, self._wall)
        if at_end and len(steps) > 1:
            self.engine.go_to_step(len(steps) - 1)

    def _leave_item(self) -> None:
        """Moving on from an item that ran closes it (its end is recorded); its timer is kept
        for a return."""
        engine = self.engine
        if engine is not None and engine.snapshot().started and not engine.finished:
            engine.finish()
            self._save()
        self._keep_visit()

    def _step_away(self) -> None:
        """Going back from an item (PageUp on its first step): it has not been done, so its
        times are forgotten (the day's projection counts it as still to come), but its timer
        and its steps' logs are kept for when the room comes back to it."""
        engine, item = self.engine, self.current_item
        if engine is None or item is None or engine.item_started_at is None:
            return
        engine.step_away()
        self._save()
        self._keep_visit()
        if self.recording:
            with self.db.transaction() as session:
                row = session.get(AgendaItem, item.id)
                if row is not None:
                    row.actual_start = row.actual_end = None
                announce(session, Change("run", self.workshop_id))
        else:
            self._rehearsed.pop(item.id, None)
        self.items = tuple(
            replace(it, actual_start=None, actual_end=None) if it.id == item.id else it
            for it in self.items
        )

    def _keep_visit(self) -> None:
        engine, item = self.engine, self.current_item
        if engine is None or item is None or engine.item_started_at is None:
            return
        if engine.spent_seconds() <= 0:
            self._visits.pop(item.id, None)  # it never really ran: it starts afresh
            return
        self._visits[item.id] = Visit(
            engine, tuple(self._log_ids), self._logged_ends, steps_digest(engine.steps)
        )

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
