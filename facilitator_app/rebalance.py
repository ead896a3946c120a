"""Finishing on time: when a day runs late, which items still to come to shorten, by how much,
or to drop. Pure arithmetic over the day's projection (agenda.project_day).

The delay is caught up before the next pinned item (it starts at its pin whatever happens:
after it the day runs to plan again) or, with no pin ahead, before the day's end. Only items
not started yet are touched, and never a pinned item, a break, a meal or an item marked fixed.
Each may lose what its method allows (its steps at their shortest, step_lengths), an item
without steps half its length. The minutes are shared in proportion to what each item can
give, so no one activity is gutted while another keeps everything; only when shortening is
not enough are items dropped, as few as possible, those that lose the least first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator_app.agenda import NOT_WORKING, Overlap, Projection
from facilitator_app.step_lengths import shortest_minutes


@dataclass(frozen=True)
class DayItem:
    """What the rebalancing needs to know about one item of the day."""

    minutes: int
    kind: str = "activity"
    pinned: bool = False
    fixed: bool = False
    phases: Sequence[dict[str, Any]] | None = None


@dataclass(frozen=True)
class Cut:
    """An item to shorten to `minutes`, or to drop."""

    index: int
    before: int
    minutes: int
    dropped: bool = False


@dataclass(frozen=True)
class Proposal:
    late: int  # minutes to catch up
    cuts: tuple[Cut, ...]
    left: int  # minutes that cannot be caught up
    before_pin: int | None  # the pinned item the day must be back on time for

    @property
    def caught_up(self) -> int:
        return self.late - self.left

    def __bool__(self) -> bool:
        return bool(self.cuts)


@dataclass(frozen=True)
class LatePin:
    """A pinned start that can no longer be kept: "15h00 will not be kept: +5 min"."""

    index: int
    at: int  # the pinned start, minutes from the day's midnight
    late: int  # how much the items before it run over it


def late_pins(projection: Projection) -> tuple[LatePin, ...]:
    """The pinned items still to come that the day, as it runs, will reach late."""
    return tuple(
        LatePin(index, slot.start, slot.gap.minutes)
        for index, slot in enumerate(projection.slots)
        if slot.state == "upcoming" and isinstance(slot.gap, Overlap) and slot.gap.minutes > 0
    )


@dataclass(frozen=True)
class _Option:
    index: int
    minutes: int
    shortest: int

    @property
    def room(self) -> int:
        return self.minutes - self.shortest


def _to_catch_up(projection: Projection) -> tuple[int, int | None]:
    pin = projection.next_pin
    if pin is not None:
        gap = projection.slots[pin].gap
        return (gap.minutes if isinstance(gap, Overlap) else 0), pin
    return max(0, projection.delay_minutes), None


def propose(projection: Projection, items: Sequence[DayItem]) -> Proposal:
    """How to finish on time; an empty proposal when the day is on time or early."""
    late, pin = _to_catch_up(projection)
    if late <= 0:
        return Proposal(0, (), 0, pin)
    options = [
        _Option(index, item.minutes, shortest_minutes(item.phases, item.minutes))
        for index, (item, slot) in enumerate(zip(items, projection.slots, strict=True))
        if slot.state == "upcoming"
        and (pin is None or index < pin)
        and not (item.pinned or item.fixed or item.kind in NOT_WORKING)
        and item.minutes > 0
    ]
    dropped = _drops(options, late)
    kept = [option for option in options if option.index not in dropped]
    freed = sum(option.minutes for option in options if option.index in dropped)
    shortened = _share(kept, max(0, late - freed))
    cuts = [Cut(o.index, o.minutes, 0, True) for o in options if o.index in dropped] + [
        Cut(o.index, o.minutes, o.minutes - give) for o, give in shortened if give > 0
    ]
    cuts.sort(key=lambda cut: cut.index)
    saved = freed + sum(give for _option, give in shortened)
    return Proposal(late, tuple(cuts), max(0, late - saved), pin)


def _drops(options: list[_Option], late: int) -> set[int]:
    """The items to drop when shortening everything is not enough: dropping one gives its
    shortest length on top of its room, so the smallest that covers the rest is chosen, else
    the one that gives the most, until the delay is covered or nothing is left."""
    dropped: set[int] = set()
    reach = sum(option.room for option in options)
    while reach < late:
        left = [option for option in options if option.index not in dropped]
        if not left:
            break
        missing = late - reach
        enough = [option for option in left if option.shortest >= missing]
        chosen = (
            min(enough, key=lambda o: (o.shortest, -o.index))
            if enough
            else max(left, key=lambda o: (o.shortest, o.index))
        )
        dropped.add(chosen.index)
        reach += chosen.shortest
    return dropped


def _share(options: list[_Option], minutes: int) -> list[tuple[_Option, int]]:
    """`minutes` shared among the options in proportion to their room, in whole minutes
    (largest remainders first), none past its room."""
    room = sum(option.room for option in options)
    if minutes <= 0 or room <= 0:
        return [(option, 0) for option in options]
    minutes = min(minutes, room)
    exact = [option.room * minutes / room for option in options]
    gives = [int(x) for x in exact]
    left = minutes - sum(gives)
    order = sorted(range(len(options)), key=lambda i: (-(exact[i] - gives[i]), i))
    for i in order:
        if left <= 0:
            break
        if gives[i] < options[i].room:
            gives[i] += 1
            left -= 1
    return list(zip(options, gives, strict=True))
