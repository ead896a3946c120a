"""How an agenda item's steps change when its length changes: pure arithmetic on the phases
stored on the item (docs/development.md, "the phases stored on an agenda item").

A method says how far each step may go (`min_seconds`, `max_seconds` per round, from the
library). A new length is reached by moving the steps that have room, each in proportion to
the room it has, in whole minutes first (people plan "25 minutes", not "23 min 36 s"), then in
seconds for what is left. When the bounds cannot reach the length, the steps stop at their
bounds and the fit says how much is missing: the planner then asks before rescaling every step
past what the method allows (agenda.scale_phases).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator_app.agenda import MINIMUM_SHARE  # an item without steps: cut to half at most


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def rounds_of(phase: dict[str, Any]) -> int:
    return max(1, _int(phase.get("rounds"), 1))


def bounds_of(phase: dict[str, Any]) -> tuple[int, int, int]:
    """(shortest, usual, longest) seconds of one round; a phase stored without bounds (or a
    step the facilitator moved past them) keeps its own length as a bound."""
    seconds = max(0, _int(phase.get("seconds"), 0))
    low = max(0, _int(phase.get("min_seconds"), seconds))
    high = max(0, _int(phase.get("max_seconds"), seconds))
    return min(low, seconds), seconds, max(high, seconds)


def total_seconds(phases: Sequence[dict[str, Any]]) -> int:
    return sum(bounds_of(p)[1] * rounds_of(p) for p in phases)


def shortest_minutes(phases: Sequence[dict[str, Any]] | None, minutes: int) -> int:
    """How short an item of `minutes` can become: its steps at their shortest (rounded up to
    a whole minute), or half its length when it has no steps."""
    if not phases:
        return math.ceil(minutes * MINIMUM_SHARE)
    low = 0
    for phase in phases:  # bounds_of, inlined: the console asks this of every item left
        seconds = phase.get("seconds")
        seconds = seconds if type(seconds) is int and seconds > 0 else 0
        shortest = phase.get("min_seconds", seconds)
        if type(shortest) is not int or shortest > seconds:
            shortest = seconds
        rounds = phase.get("rounds", 1)
        low += max(0, shortest) * (rounds if type(rounds) is int and rounds > 1 else 1)
    return min(minutes, math.ceil(low / 60))


@dataclass(frozen=True)
class StepChange:
    """One phase whose round length changes (seconds of one round)."""

    phase_index: int
    before: int
    after: int


@dataclass(frozen=True)
class Fit:
    phases: list[dict[str, Any]]
    changes: tuple[StepChange, ...]
    missing_seconds: int  # > 0: the bounds stop short of the length (< 0: they pass it)

    @property
    def reached(self) -> bool:
        return self.missing_seconds == 0


def fit_phases(phases: Sequence[dict[str, Any]], minutes: int) -> Fit:
    """The phases changed, within their bounds, to last `minutes` (the input is not
    modified)."""
    target = max(0, minutes) * 60
    rounds = [rounds_of(p) for p in phases]
    bounds = [bounds_of(p) for p in phases]
    seconds = [usual for _low, usual, _high in bounds]
    delta = target - sum(s * r for s, r in zip(seconds, rounds, strict=True))
    sign = 1 if delta > 0 else -1
    room = [
        (high - usual) if sign > 0 else (usual - low) for low, usual, high in bounds
    ]  # per round
    weight = sum(space * r for space, r in zip(room, rounds, strict=True))
    moved = [0] * len(phases)
    left = abs(delta)
    if weight > 0:
        share = [left * space * r / weight for space, r in zip(room, rounds, strict=True)]
        for step in (60, 1):  # whole minutes first, then the seconds left over
            while left > 0:
                best = -1
                for i, r in enumerate(rounds):
                    if room[i] - moved[i] >= step and r * step <= left:
                        ahead = share[i] - moved[i] * r
                        if best < 0 or ahead > share[best] - moved[best] * rounds[best]:
                            best = i
                if best < 0:
                    break
                moved[best] += step
                left -= step * rounds[best]
    result = []
    changes = []
    for index, phase in enumerate(phases):
        copy = dict(phase)
        if moved[index]:
            after = seconds[index] + sign * moved[index]
            copy["seconds"] = after
            changes.append(StepChange(index, seconds[index], after))
        result.append(copy)
    return Fit(result, tuple(changes), sign * left)
