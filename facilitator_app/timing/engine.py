"""The timer engine: runs an item's steps in order from an injected monotonic clock.

Time is never counted in ticks. Elapsed time in a step is the sum of its closed running
intervals plus (now - start of the open one), read from `clock` (time.monotonic in the app,
a fake in tests), so a 3-hour session does not drift and a change of the system clock does
not move the countdown. The wall clock (`wall`, aware datetimes) only stamps the records and,
after a crash or a reboot, measures how long the laptop was away (see `from_state`).

Display rule (one place, `display.py`): while remaining > 0 the countdown shows
ceil(remaining); from zero on it shows floor(-remaining) as overtime, so "00:01" lasts one
second, "00:00" lasts one second (remaining in (-1, 0]), then "+00:01" and counting up.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from facilitator_app.timing.steps import Step, steps_digest

Clock = Callable[[], float]
WallClock = Callable[[], datetime]
STATE_VERSION = 1


@dataclass(frozen=True)
class StepRecord:
    """When one step really ran: one PhaseLog row. Going back to a step opens a new record."""

    step_index: int
    phase_index: int
    round_index: int
    planned_seconds: int
    started_at: datetime
    ended_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "step_index": self.step_index,
            "phase_index": self.phase_index,
            "round_index": self.round_index,
            "planned_seconds": self.planned_seconds,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StepRecord:
        ended = data.get("ended_at")
        return cls(
            step_index=int(data["step_index"]),
            phase_index=int(data["phase_index"]),
            round_index=int(data["round_index"]),
            planned_seconds=int(data["planned_seconds"]),
            started_at=datetime.fromisoformat(data["started_at"]),
            ended_at=datetime.fromisoformat(ended) if ended else None,
        )


@dataclass(frozen=True)
class TimerSnapshot:
    """Everything the console and the projector show, at one instant."""

    step_index: int
    step_count: int
    step: Step
    planned_seconds: float  # the step's plan including added/removed minutes, >= 0
    elapsed: float  # running time in this step, never decreases while in the step
    remaining: float  # planned - elapsed; negative in overtime (time is up at <= 0)
    running: bool
    started: bool  # the step has run at least once
    finished: bool  # the item is over (after the last step or finish())
    # Seconds until the displayed whole second changes (1 ms after, see DISPLAY_MARGIN), while
    # running; None when frozen. The UI arms ONE precise single-shot timer for this instant
    # instead of polling.
    seconds_to_next_display_change: float | None
    item_remaining: float  # this step's remaining + the plan of the steps after it
    step_key: str  # changes when a step is entered or restarted (the chimes re-arm on it)

    @property
    def phase_key(self) -> str:
        return self.step.key

    @property
    def name(self) -> dict[str, str]:
        return dict(self.step.name)

    @property
    def instructions(self) -> dict[str, str]:
        return dict(self.step.instructions)

    @property
    def grouping(self) -> str:
        return self.step.grouping

    @property
    def round_index(self) -> int:
        return self.step.round_index

    @property
    def round_count(self) -> int:
        return self.step.round_count

    @property
    def overtime(self) -> bool:
        """Time is up: from the moment the display reads 00:00 (see display.py)."""
        return self.remaining <= 0

    @property
    def progress(self) -> float:
        """0 at the start, 1 at zero, above 1 in overtime."""
        if self.planned_seconds <= 0:
            return 1.0 if self.started else 0.0
        return self.elapsed / self.planned_seconds


# The announced instant is this much after the true boundary, so that a timer firing then finds
# the new digits despite floating-point rounding (1 ms late is invisible).
DISPLAY_MARGIN = 0.001


def seconds_to_next_boundary(remaining: float) -> float:
    """Time until `remaining` reaches the next whole second below it (where the display
    changes, see the module docstring), plus DISPLAY_MARGIN."""
    fraction = remaining - math.floor(remaining)
    return (fraction if fraction > 0 else 1.0) + DISPLAY_MARGIN


@dataclass(frozen=True)
class RestoredTimer:
    """What `TimerEngine.from_state` gives back: the engine and how long it was away."""

    engine: TimerEngine
    away_seconds: float  # wall-clock time between the save and now (0 if the clock went back)
    was_running: bool


@dataclass
class _Position:
    index: int = 0
    accumulated: float = 0.0  # closed running intervals of this step
    running_since: float | None = None  # monotonic start of the open interval
    started: bool = False
    serial: int = 0
    adjustments: dict[int, int] = field(default_factory=dict)  # step index -> added seconds
    # The running time of the steps left, given back when the room returns to one (PageUp
    # goes back to a step with the time it already had, not to a fresh countdown).
    spent: dict[int, float] = field(default_factory=dict)


class TimerEngine:
    def __init__(
        self,
        steps: Sequence[Step],
        clock: Clock,
        wall: WallClock,
        *,
        run_id: str | None = None,
    ) -> None:
        if not steps:
            raise ValueError("a timer needs at least one step")
        self.steps: tuple[Step, ...] = tuple(steps)
        self._clock = clock
        self._wall = wall
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self._pos = _Position()
        self.finished = False
        self.records: list[StepRecord] = []
        self.item_started_at: datetime | None = None
        self.item_ended_at: datetime | None = None

    # ----- reading -------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._pos.index

    @property
    def running(self) -> bool:
        return self._pos.running_since is not None

    def planned_seconds(self, index: int | None = None) -> int:
        i = self._pos.index if index is None else index
        return self.steps[i].planned_seconds + self._pos.adjustments.get(i, 0)

    def elapsed(self) -> float:
        pos = self._pos
        if pos.running_since is None:
            return pos.accumulated
        return pos.accumulated + max(0.0, self._clock() - pos.running_since)

    def spent_seconds(self) -> float:
        """All the running time of this item's steps so far (the steps left included)."""
        pos = self._pos
        return sum(v for k, v in pos.spent.items() if k != pos.index) + self.elapsed()

    def remaining(self) -> float:
        return self.planned_seconds() - self.elapsed()

    def snapshot(self) -> TimerSnapshot:
        elapsed = self.elapsed()
        planned = self.planned_seconds()
        remaining = planned - elapsed
        later = sum(self.planned_seconds(i) for i in range(self.index + 1, len(self.steps)))
        return TimerSnapshot(
            step_index=self.index,
            step_count=len(self.steps),
            step=self.steps[self.index],
            planned_seconds=float(planned),
            elapsed=elapsed,
            remaining=remaining,
            running=self.running,
            started=self._pos.started,
            finished=self.finished,
            seconds_to_next_display_change=(
                seconds_to_next_boundary(remaining) if self.running else None
            ),
            item_remaining=remaining + later,
            step_key=f"{self.run_id}:{self._pos.serial}",
        )

    # ----- operations ----------------------------------------------------------------

    def start(self) -> None:
        """Start the current step (or resume it). Does nothing once the item is finished."""
        if self.finished or self.running:
            return
        now_wall = self._wall()
        if self.item_started_at is None:
            self.item_started_at = now_wall
        self._pos.started = True
        if not self.records or self.records[-1].ended_at is not None:
            self._open_record(now_wall)  # each visit of a step is one record
        self._pos.running_since = self._clock()

    resume = start

    def pause(self) -> None:
        pos = self._pos
        if pos.running_since is None:
            return
        pos.accumulated += max(0.0, self._clock() - pos.running_since)
        pos.running_since = None

    def toggle(self) -> None:
        """The Space bar: pause when running, otherwise start or resume."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add_seconds(self, seconds: int) -> int:
        """Lengthen (or shorten, if negative) the current step's plan; the plan never goes
        below zero. Returns the change really applied."""
        if self.finished:
            return 0
        i = self._pos.index
        current = self.planned_seconds()
        applied = max(int(seconds), -current)
        self._pos.adjustments[i] = self._pos.adjustments.get(i, 0) + applied
        return applied

    def next_step(self) -> None:
        """Go to the next step, carrying on running if the timer ran; after the last step the
        item is finished."""
        if self.finished:
            return
        if self._pos.index + 1 >= len(self.steps):
            self.finish()
            return
        self._enter(self._pos.index + 1)

    def previous_step(self) -> bool:
        """Back to the previous step with the time it already had (an item that was over comes
        back at its last step, paused). False at the first step: nothing before it here."""
        if self.finished:
            self.reopen()
            return True
        if self._pos.index == 0:
            return False
        self._enter(self._pos.index - 1)
        return True

    def restart_step(self) -> tuple[float, int]:
        """The current step from its beginning, with its planned duration (added minutes
        are dropped). Returns what it had (running time, added seconds), for an undo."""
        if self.finished:
            return (0.0, 0)
        had = (self.elapsed(), self._pos.adjustments.pop(self._pos.index, 0))
        self._enter(self._pos.index, forget=True)
        return had

    def unrestart_step(self, had: tuple[float, int]) -> None:
        """Undo a restart: the step gets back the time it had run and its added seconds, on
        top of what it ran since."""
        if self.finished:
            return
        elapsed, added = had
        self._pos.accumulated += max(0.0, elapsed)
        self._pos.started = self._pos.started or elapsed > 0
        if added:
            self._pos.adjustments[self._pos.index] = added

    def reopen(self) -> None:
        """An item that was over is current again, at the step it ended on with its time."""
        if not self.finished:
            return
        self.finished = False
        self.item_ended_at = None

    def step_away(self) -> None:
        """The room leaves this item without ending it (PageUp to the item before): the timer
        stops and the step's visit is closed; coming back carries on from there."""
        self.pause()
        self._close_record(self._wall())
        if self._pos.started:
            self._pos.spent[self._pos.index] = self._pos.accumulated

    def go_to_step(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            raise IndexError(index)
        if self.finished:
            self.reopen()
            self._enter(index, keep_running=False)
            return
        self._enter(index)

    def finish(self) -> None:
        """The item is over: stop and record its end."""
        if self.finished:
            return
        self.pause()
        now_wall = self._wall()
        self._close_record(now_wall)
        if self.item_started_at is not None:
            self.item_ended_at = now_wall
        self.finished = True

    # ----- internals -----------------------------------------------------------------

    def _enter(self, index: int, *, keep_running: bool = True, forget: bool = False) -> None:
        """Make `index` the current step. The step left keeps its running time for a return
        (`forget`: a restart, the step starts from zero)."""
        was_running = self.running and keep_running
        now_wall = self._wall()
        self._close_record(now_wall)
        pos = self._pos
        if forget:
            pos.spent.pop(pos.index, None)
        elif pos.started:
            pos.spent[pos.index] = self.elapsed()
        pos.index = index
        pos.accumulated = 0.0 if forget else pos.spent.get(index, 0.0)
        pos.running_since = None
        pos.started = not forget and index in pos.spent
        pos.serial += 1
        if was_running:
            self.start()

    def _open_record(self, now_wall: datetime) -> None:
        step = self.steps[self._pos.index]
        self.records.append(
            StepRecord(
                step_index=self._pos.index,
                phase_index=step.phase_index,
                round_index=step.round_index,
                planned_seconds=self.planned_seconds(),
                started_at=now_wall,
            )
        )

    def _close_record(self, now_wall: datetime) -> None:
        if self.records and self.records[-1].ended_at is None:
            self.records[-1] = replace(
                self.records[-1], ended_at=now_wall, planned_seconds=self.planned_seconds()
            )

    # ----- saving and resuming -------------------------------------------------------

    def to_state(self, *, with_steps: bool = True) -> dict[str, Any]:
        """A JSON-able picture of the timer, stamped with the wall clock, to survive a crash.
        Without `with_steps`, the steps' texts are not copied (the live run saves after every
        key press: an item's instructions can be long); `from_state` is then given the steps,
        rebuilt from the item, and `steps_digest` says whether they are still the same."""
        pos = self._pos
        return {
            "version": STATE_VERSION,
            "run_id": self.run_id,
            **({"steps": [step.to_json() for step in self.steps]} if with_steps else {}),
            "steps_digest": steps_digest(self.steps),
            "index": pos.index,
            "elapsed": self.elapsed(),
            "running": self.running,
            "started": pos.started,
            "serial": pos.serial,
            "adjustments": {str(k): v for k, v in pos.adjustments.items()},
            "spent": {str(k): v for k, v in pos.spent.items()},
            "finished": self.finished,
            "records": [record.to_json() for record in self.records],
            "item_started_at": _iso(self.item_started_at),
            "item_ended_at": _iso(self.item_ended_at),
            "saved_at": self._wall().isoformat(),
        }

    @classmethod
    def from_state(
        cls,
        state: dict[str, Any],
        clock: Clock,
        wall: WallClock,
        steps: Sequence[Step] | None = None,
    ) -> RestoredTimer:
        """Rebuild a saved timer (with `steps` when the state does not carry them). If it was
        running, the time since the save (measured with the wall clock: the monotonic clock
        does not survive a reboot) counts as elapsed and it keeps running."""
        if int(state.get("version", 0)) != STATE_VERSION:
            raise ValueError(f"unknown timer state version {state.get('version')!r}")
        if steps is None:
            steps = [Step.from_json(s) for s in state["steps"]]
        if not steps:
            raise ValueError("a saved timer without steps")
        engine = cls(steps, clock, wall, run_id=str(state.get("run_id") or "") or None)
        pos = engine._pos
        pos.index = min(max(0, int(state["index"])), len(steps) - 1)
        pos.started = bool(state.get("started"))
        pos.serial = int(state.get("serial", 0))
        pos.adjustments = {int(k): int(v) for k, v in (state.get("adjustments") or {}).items()}
        pos.spent = {int(k): max(0.0, float(v)) for k, v in (state.get("spent") or {}).items()}
        engine.finished = bool(state.get("finished"))
        engine.records = [StepRecord.from_json(r) for r in state.get("records") or ()]
        engine.item_started_at = _parse(state.get("item_started_at"))
        engine.item_ended_at = _parse(state.get("item_ended_at"))
        saved_at = _parse(state.get("saved_at"))
        away = max(0.0, (wall() - saved_at).total_seconds()) if saved_at else 0.0
        was_running = bool(state.get("running")) and not engine.finished
        pos.accumulated = max(0.0, float(state.get("elapsed", 0.0)))
        if was_running:
            pos.accumulated += away
            pos.running_since = clock()
        return RestoredTimer(engine=engine, away_seconds=away, was_running=was_running)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


__all__ = [
    "DISPLAY_MARGIN",
    "Clock",
    "RestoredTimer",
    "StepRecord",
    "TimerEngine",
    "TimerSnapshot",
    "WallClock",
    "seconds_to_next_boundary",
]
