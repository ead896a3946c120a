"""Tour de table: everyone speaks in turn for the same time (weather check-in, desert island).

Two ways to run it: `tour_steps` turns the names into timer steps, so the facilitator can
pause, move to the next speaker or add a minute like any phase; `turn_at` is the plain
arithmetic of who speaks after a given time when the turns simply follow each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator_app.timing.engine import TimerSnapshot
from facilitator_app.timing.steps import Step

SPEAKER_KEY = "speaker"


@dataclass(frozen=True)
class Turn:
    index: int  # 0-based; equal to the count once everyone has spoken
    count: int
    current: str | None  # None once everyone has spoken
    next: str | None
    remaining: float  # of the current speaker's time; 0 once everyone has spoken

    @property
    def done(self) -> bool:
        return self.current is None


def tour_steps(names: Sequence[str], seconds_each: int) -> tuple[Step, ...]:
    """One step per speaker, named after them."""
    return tuple(
        Step(
            phase_index=0,
            key=SPEAKER_KEY,
            name={"fr": name, "en": name},
            round_index=index,
            round_count=len(names),
            planned_seconds=max(0, int(seconds_each)),
        )
        for index, name in enumerate(names)
    )


def turn_at(names: Sequence[str], seconds_each: float, elapsed: float) -> Turn:
    """Who speaks `elapsed` seconds into the tour, if each keeps exactly to their time."""
    count = len(names)
    if count == 0 or seconds_each <= 0:
        return Turn(count, count, None, None, 0.0)
    index = int(max(0.0, elapsed) // seconds_each)
    if index >= count:
        return Turn(count, count, None, None, 0.0)
    remaining = (index + 1) * seconds_each - max(0.0, elapsed)
    following = names[index + 1] if index + 1 < count else None
    return Turn(index, count, names[index], following, remaining)


def turn_of(snapshot: TimerSnapshot, names: Sequence[str]) -> Turn:
    """The turn shown by a timer running `tour_steps(names, ...)`."""
    index = snapshot.step_index
    count = len(names)
    if snapshot.finished or index >= count:
        return Turn(count, count, None, None, 0.0)
    following = names[index + 1] if index + 1 < count else None
    return Turn(index, count, names[index], following, snapshot.remaining)
