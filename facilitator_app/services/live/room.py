"""What the room sees besides the timer: a black screen, hidden digits, the break screen and
the tour de table. Part of the live run's saved state, so a crash in the middle of a tour or a
break comes back as it was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from facilitator_app.timing.engine import Clock, TimerEngine, WallClock
from facilitator_app.timing.tour import tour_steps

TOUR_COMMANDS = ("toggle", "next", "previous", "add_minute", "remove_minute", "restart_step")


@dataclass
class BreakScreen:
    """A break the facilitator called (not a break item of the agenda)."""

    minutes: int
    ends_at: datetime  # wall clock: survives a restart
    deadline: float  # monotonic: what the countdown shows while the app runs
    paused_activity: bool  # the activity's timer was paused for it; it starts again after

    def remaining(self, clock: Clock) -> float:
        return self.deadline - clock()

    def back_at(self, tz: Any = None) -> time:
        """The local clock time people are back, rounded up to the minute."""
        local = self.ends_at.astimezone(tz)
        if local.second or local.microsecond:
            local = local.replace(second=0, microsecond=0) + timedelta(minutes=1)
        return local.time().replace(tzinfo=None)


@dataclass
class Tour:
    """A tour de table: everyone speaks in turn, each for the same time."""

    names: tuple[str, ...]
    seconds_each: int
    engine: TimerEngine

    def command(self, name: str) -> bool:
        """Apply a clicker command; False when the tour is over (after its last speaker)."""
        engine = self.engine
        if name == "next" and engine.index + 1 >= len(engine.steps):
            return False
        {
            "toggle": engine.toggle,
            "next": engine.next_step,
            "previous": engine.previous_step,
            "add_minute": lambda: engine.add_seconds(60),
            "remove_minute": lambda: engine.add_seconds(-60),
            "restart_step": engine.restart_step,
        }[name]()
        return True


@dataclass
class RoomState:
    black: bool = False
    hide_digits: bool = False
    break_screen: BreakScreen | None = None
    tour: Tour | None = field(default=None)

    def start_break(self, minutes: int, clock: Clock, wall: WallClock, paused: bool) -> None:
        self.break_screen = BreakScreen(
            minutes=minutes,
            ends_at=wall() + timedelta(minutes=minutes),
            deadline=clock() + minutes * 60,
            paused_activity=paused,
        )

    def start_tour(
        self, names: Sequence[str], seconds_each: int, clock: Clock, wall: WallClock
    ) -> bool:
        names = tuple(n for n in (name.strip() for name in names) if n)
        if not names:
            return False
        engine = TimerEngine(tour_steps(names, seconds_each), clock, wall)
        self.tour = Tour(names, seconds_each, engine)
        return True

    def to_state(self) -> dict[str, Any]:
        screen = self.break_screen
        return {
            "black": self.black,
            "hide_digits": self.hide_digits,
            "break": None
            if screen is None
            else {
                "minutes": screen.minutes,
                "ends_at": screen.ends_at.isoformat(),
                "paused_activity": screen.paused_activity,
            },
            "tour": None
            if self.tour is None
            else {
                "names": list(self.tour.names),
                "seconds_each": self.tour.seconds_each,
                "engine": self.tour.engine.to_state(with_steps=False),
            },
        }

    @classmethod
    def from_state(cls, data: dict[str, Any] | None, clock: Clock, wall: WallClock) -> RoomState:
        """The room as saved; a part that cannot be read is left out (the timer still runs)."""
        room = cls()
        if not data:
            return room
        room.black = bool(data.get("black"))
        room.hide_digits = bool(data.get("hide_digits"))
        saved_break = data.get("break")
        try:
            if saved_break:
                ends_at = datetime.fromisoformat(saved_break["ends_at"])
                left = (ends_at - wall()).total_seconds()
                room.break_screen = BreakScreen(
                    minutes=int(saved_break["minutes"]),
                    ends_at=ends_at,
                    deadline=clock() + left,
                    paused_activity=bool(saved_break.get("paused_activity")),
                )
        except (KeyError, TypeError, ValueError):
            room.break_screen = None
        saved_tour = data.get("tour")
        try:
            if saved_tour:
                names = tuple(str(n) for n in saved_tour["names"])
                seconds = int(saved_tour["seconds_each"])
                steps = tour_steps(names, seconds)
                restored = TimerEngine.from_state(saved_tour["engine"], clock, wall, steps)
                room.tour = Tour(names, seconds, restored.engine)
        except (KeyError, TypeError, ValueError):
            room.tour = None
        return room
