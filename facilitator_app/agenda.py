"""Clock-time arithmetic of an agenda: pure Python, no database, no Qt.

Times inside a day are whole minutes from the midnight that opens the day, so an item running
past midnight simply has an end above 1440 and the arithmetic never wraps. Pinned items (lunch
at 12h30) start at their pin whatever happens before; the free time or the overrun this creates
is reported on the item as a Gap or an Overlap, never silently absorbed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any, Protocol

MINUTES_PER_DAY = 24 * 60
# Breaks and meals are not working time (a training programme counts only the rest).
NOT_WORKING = frozenset({"break", "meal"})
# An activity not yet run may be cut down to this share of its planned duration.
MINIMUM_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Gap:
    """Free time before a pinned item: the items before it end early."""

    minutes: int


@dataclass(frozen=True, slots=True)
class Overlap:
    """The items before a pinned item run over its pinned start by this much."""

    minutes: int


@dataclass(frozen=True, slots=True)
class PlanItem:
    """What the arithmetic needs to know about one agenda item."""

    duration_minutes: int
    pinned_start: time | None = None
    kind: str = "activity"


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one item falls on the clock. `start`/`end` are minutes from the day's midnight."""

    start: int
    end: int
    pinned: bool = False
    gap: Gap | Overlap | None = None

    @property
    def duration(self) -> int:
        return self.end - self.start

    @property
    def start_time(self) -> time:
        return clock(self.start)

    @property
    def end_time(self) -> time:
        return clock(self.end)

    @property
    def crosses_midnight(self) -> bool:
        return self.start // MINUTES_PER_DAY != self.end // MINUTES_PER_DAY and (
            self.end % MINUTES_PER_DAY != 0 or self.end - self.start > MINUTES_PER_DAY
        )


@dataclass(frozen=True, slots=True)
class DaySchedule:
    start: int
    slots: tuple[Slot, ...]
    total_minutes: int
    working_minutes: int

    @property
    def end(self) -> int:
        return self.slots[-1].end if self.slots else self.start

    @property
    def span_minutes(self) -> int:
        """From the day's start to its end, gaps included and overlaps taken away."""
        return self.end - self.start


def minute_of(value: time) -> int:
    return value.hour * 60 + value.minute


def clock(minute: int) -> time:
    """The wall-clock time of a minute count (past midnight wraps to the next day's clock)."""
    minute %= MINUTES_PER_DAY
    return time(minute // 60, minute % 60)


def _pin_minute(pin: time, day_start: int) -> int:
    # A pin earlier than the day's start belongs to the night after it (a 20h-2h evening).
    minute = minute_of(pin)
    return minute + MINUTES_PER_DAY if minute < day_start else minute


class Planned(Protocol):
    """What schedule_day reads of an item: a PlanItem, or a RunItem as it is (the projection
    during a run schedules hundreds of them per second: no copy into PlanItems)."""

    @property
    def duration_minutes(self) -> int: ...
    @property
    def pinned_start(self) -> time | None: ...
    @property
    def kind(self) -> str: ...


def schedule_day(start: time, items: Sequence[Planned]) -> DaySchedule:
    """The clock start and end of every item of a day beginning at `start`."""
    day_start = cursor = start.hour * 60 + start.minute
    slots: list[Slot] = []
    append = slots.append
    total = working = 0
    for item in items:
        duration = item.duration_minutes
        total += duration
        if item.kind not in NOT_WORKING:
            working += duration
        pin = item.pinned_start
        if pin is None:
            end = cursor + duration
            append(Slot(cursor, end))
        else:
            begin = _pin_minute(pin, day_start)
            difference = begin - cursor
            gap: Gap | Overlap | None = None
            if difference > 0:
                gap = Gap(difference)
            elif difference < 0:
                gap = Overlap(-difference)
            end = begin + duration
            append(Slot(begin, end, True, gap))
        cursor = end
    return DaySchedule(day_start, tuple(slots), total, working)


@dataclass(frozen=True, slots=True)
class Totals:
    total_minutes: int
    working_minutes: int

    @property
    def break_minutes(self) -> int:
        return self.total_minutes - self.working_minutes


def workshop_totals(days: Sequence[DaySchedule]) -> Totals:
    return Totals(sum(day.total_minutes for day in days), sum(day.working_minutes for day in days))


# --- lateness during the day --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunItem:
    """A planned item and what really happened to it (minutes from the day's midnight)."""

    duration_minutes: int
    pinned_start: time | None = None
    kind: str = "activity"
    actual_start: int | None = None
    actual_end: int | None = None


@dataclass(frozen=True, slots=True)
class ProjectedSlot:
    start: int
    end: int
    state: str  # "done", "running" or "upcoming"
    gap: Gap | Overlap | None = None


@dataclass(frozen=True, slots=True)
class Shortening:
    """An activity not yet run that could give back `can_give` minutes."""

    index: int
    duration_minutes: int
    can_give: int


@dataclass(frozen=True, slots=True)
class Projection:
    slots: tuple[ProjectedSlot, ...]
    planned_end: int
    projected_end: int
    shortenings: tuple[Shortening, ...]
    # How much later than planned the next item will start (negative: earlier). A pinned
    # lunch can hide a late morning from the day's end; this shows it.
    behind_minutes: int = 0
    # The first pinned item not started yet: the delay must be caught up before it.
    next_pin: int | None = None

    @property
    def delay_minutes(self) -> int:
        """Positive when the day will end late, negative when early."""
        return self.projected_end - self.planned_end

    @property
    def late_minutes(self) -> int:
        """The delay to catch up: the later of the next start and the day's end."""
        return max(self.delay_minutes, self.behind_minutes)

    def absorb(self) -> list[tuple[int, int]]:
        """The shortest list of (item index, new duration) that absorbs the delay, biggest
        givers first; empty when the day is on time or early. Only activities before the next
        pinned item are offered: shortening the afternoon cannot bring a lunch pinned at 12h30
        back on time (and after a pin the day runs to plan again)."""
        return self._catch_up()[0]

    @property
    def unabsorbed_minutes(self) -> int:
        """The part of the delay that shortening cannot catch up before the next pinned item
        (or, with no pin ahead, before the day's end)."""
        return self._catch_up()[1]

    def _catch_up(self) -> tuple[list[tuple[int, int]], int]:
        left = max(0, self.late_minutes)
        cuts = []
        for option in self.shortenings:
            if left <= 0:
                break
            if self.next_pin is not None and option.index > self.next_pin:
                continue
            give = min(left, option.can_give)
            cuts.append((option.index, option.duration_minutes - give))
            left -= give
        return cuts, left


def minute_in_day(moment: datetime, day_date: date, tz: tzinfo | None = None) -> int:
    """An aware moment as minutes from the midnight opening `day_date`, in local time."""
    local = moment.astimezone(tz)
    return (local.date() - day_date).days * MINUTES_PER_DAY + local.hour * 60 + local.minute


def can_give(duration: int, minimum_share: float = MINIMUM_SHARE) -> int:
    return duration - math.ceil(duration * minimum_share)


def project_day(
    start: time, items: Sequence[RunItem], now: int, minimum_share: float = MINIMUM_SHARE
) -> Projection:
    """Where the rest of the day will fall, given what has really run and the time `now`."""
    plan = schedule_day(start, items)
    day_start = plan.start
    cursor = day_start
    slots: list[ProjectedSlot] = []
    options: list[Shortening] = []
    behind: int | None = None
    next_pin: int | None = None
    for index, item in enumerate(items):
        if item.actual_start is not None and item.actual_end is not None:
            slots.append(ProjectedSlot(item.actual_start, item.actual_end, "done"))
            cursor = item.actual_end
            continue
        if item.actual_start is not None:
            end = max(item.actual_start + item.duration_minutes, now)
            slots.append(ProjectedSlot(item.actual_start, end, "running"))
            cursor = end
            continue
        begin = max(cursor, now)
        if behind is None:
            behind = begin - plan.slots[index].start
        gap: Gap | Overlap | None = None
        if item.pinned_start is not None:
            next_pin = index if next_pin is None else next_pin
            pinned = _pin_minute(item.pinned_start, day_start)
            if pinned > begin:
                gap = Gap(pinned - begin)
            elif pinned < begin:
                gap = Overlap(begin - pinned)
            begin = pinned
        elif item.kind == "activity":
            spare = can_give(item.duration_minutes, minimum_share)
            if spare > 0:
                options.append(Shortening(index, item.duration_minutes, spare))
        end = begin + item.duration_minutes
        slots.append(ProjectedSlot(begin, end, "upcoming", gap))
        cursor = end
    options.sort(key=lambda option: (-option.can_give, option.index))
    return Projection(tuple(slots), plan.end, cursor, tuple(options), behind or 0, next_pin)


# --- phases -------------------------------------------------------------------------------


def phases_seconds(phases: Sequence[dict[str, Any]]) -> int:
    return sum(int(p.get("seconds", 0)) * int(p.get("rounds", 1) or 1) for p in phases)


def scale_phases(phases: Sequence[dict[str, Any]], new_minutes: int) -> list[dict[str, Any]]:
    """The same phases with durations rescaled so that they fill `new_minutes` exactly.

    Each phase keeps its share of the time in whole seconds; the seconds lost to rounding go
    to the phases that lost the most, preferring phases that run once (a second added to a
    phase of 3 rounds costs 3). The input is not modified."""
    if new_minutes < 0:
        raise ValueError("a duration cannot be negative")
    target = new_minutes * 60
    rounds = [max(1, int(p.get("rounds", 1) or 1)) for p in phases]
    old = [max(0, int(p.get("seconds", 0))) for p in phases]
    weight_total = sum(s * r for s, r in zip(old, rounds, strict=True))
    if weight_total == 0:
        # Nothing to keep the shares of: share the time equally among the phases' runs.
        old = [1] * len(phases)
        weight_total = sum(rounds)
    if not phases:
        return []
    exact = [s * target / weight_total for s in old]
    seconds = [math.floor(x) for x in exact]
    left = target - sum(s * r for s, r in zip(seconds, rounds, strict=True))
    order = sorted(range(len(phases)), key=lambda i: (rounds[i], -(exact[i] - seconds[i]), i))
    while left > 0:
        for i in order:
            if rounds[i] <= left:
                seconds[i] += 1
                left -= rounds[i]
                break
        else:
            break  # no phase is short enough to take the last few seconds
    result = []
    for phase, value in zip(phases, seconds, strict=True):
        copy = dict(phase)
        copy["seconds"] = value
        result.append(copy)
    return result


# --- roles --------------------------------------------------------------------------------


def rotate_roles(
    people: Sequence[int], rotations: int, roles: Sequence[str] = ("scribe", "timekeeper")
) -> list[dict[str, int]]:
    """Who holds each role at each rotation, so that every rotation has new holders and the
    roles are spread fairly: the person chosen has held the fewest roles so far, did not hold
    a role at the previous rotation if that can be helped, and never the same role twice in a
    row when someone else can take it."""
    if not people:
        return [{} for _ in range(rotations)]
    held: dict[int, int] = dict.fromkeys(people, 0)
    held_role: dict[tuple[int, str], int] = {}
    order = {person: index for index, person in enumerate(people)}
    previous: dict[str, int] = {}
    plan: list[dict[str, int]] = []
    for _ in range(rotations):
        chosen: dict[str, int] = {}
        before = set(previous.values())
        for role in roles:
            free = [p for p in people if p not in chosen.values()] or list(people)

            # The best candidate sorts first; the person is the last element of the key.
            person = min(
                (
                    previous.get(role) == p,
                    p in before,
                    held[p],
                    held_role.get((p, role), 0),
                    order[p],
                    p,
                )
                for p in free
            )[-1]
            chosen[role] = person
            held[person] += 1
            held_role[(person, role)] = held_role.get((person, role), 0) + 1
        plan.append(chosen)
        previous = chosen
    return plan
