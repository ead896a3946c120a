"""Where the rest of the day falls: the planner's own arithmetic
(`facilitator_app.agenda.project_day`), fed with what only the timer knows - the running item's
minutes added or taken away, its overtime and its pauses. The one lateness rule of the app: the
console (from its timer in memory), the planner and the reports (from the timer's saved state,
services.live.lateness) all call `live_projection`.

The running item is projected to end at now + what its timer has left (never before now), so
+1 min, a pause or a break screen moves every later time and the day's end at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from facilitator_app import agenda
from facilitator_app.timing.engine import TimerEngine
from facilitator_app.timing.run_day import LiveDay, LiveItem


@dataclass(frozen=True)
class RunningItem:
    """What the timer of the item being run says at `now`: when the item started and how many
    seconds its plan has left (this step's remaining, never below zero, plus the steps after)."""

    item_id: int
    started_at: datetime
    left_seconds: float


def running_item(item_id: int, engine: TimerEngine) -> RunningItem | None:
    """The timer's reading, once the item has started and until it ends."""
    if engine.item_started_at is None or engine.finished:
        return None
    snapshot = engine.snapshot()
    left = max(0.0, snapshot.remaining) + (snapshot.item_remaining - snapshot.remaining)
    return RunningItem(item_id, engine.item_started_at, left)


@dataclass(frozen=True)
class Standing:
    """How the day stands: minutes late (> 0) or ahead (> 0), and the projected end."""

    late: int
    ahead: int
    end: int  # minutes from the day's midnight


def standing(projection: agenda.Projection) -> Standing:
    """The planner's reading of a projection (late: the next start or the day's end, whichever
    is later; ahead: whichever is earlier), so both screens say the same thing."""
    return Standing(
        late=max(0, projection.late_minutes),
        ahead=max(0, -min(projection.delay_minutes, projection.behind_minutes)),
        end=projection.projected_end,
    )


def live_projection(
    day: LiveDay,
    items: tuple[LiveItem, ...],
    running: RunningItem | None,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    rehearsal: bool = False,
    held_seconds: float = 0.0,
) -> agenda.Projection:
    """The day's projection at `now`. `held_seconds`: the room is held that long before the
    day goes on (a break called from the console: its length counts at once).

    A rehearsal runs on another evening: its lateness is measured as if it had begun at the
    day's planned start (its clock says nothing about the day's), but its times are given on
    its own clock ("the break ends at 20h45"), so they follow the rehearsal, not the plan."""
    if rehearsal:
        began = min((i.actual_start for i in items if i.actual_start is not None), default=now)
        shift = _rehearsal_shift(day, began, tz)
        anchor = began.astimezone(tz).date()
    else:
        shift = timedelta(0)
        anchor = day.date or now.astimezone(tz).date()

    def minute(moment: datetime | None) -> int | None:
        return None if moment is None else _minute(moment + shift, anchor, tz)

    now_minute = _minute(now + shift, anchor, tz)
    held = max(0.0, held_seconds)
    if running is not None and held:
        running = replace(running, left_seconds=running.left_seconds + held)
    elif held:  # between two items: the next one cannot start before the room is back
        now_minute = _minute(now + shift + timedelta(seconds=held), anchor, tz)
    run_items = []
    for item in items:
        start, end = minute(item.actual_start), minute(item.actual_end)
        duration = item.duration_minutes
        if running is not None and item.id == running.item_id and start is not None and end is None:
            duration = _running_minutes(running, start, now_minute, now)
        run_items.append(agenda.RunItem(duration, item.pinned_start, item.kind, start, end))
    projection = agenda.project_day(day.start_time, run_items, now_minute)
    projection = _against_the_plan(projection, day, items, now_minute)
    if rehearsal:
        projection = _shifted(projection, -round(shift.total_seconds() / 60))
    return projection


def _shifted(projection: agenda.Projection, minutes: int) -> agenda.Projection:
    """The same projection on a clock `minutes` later (a rehearsal's own clock)."""
    if not minutes:
        return projection
    return replace(
        projection,
        slots=tuple(
            replace(slot, start=slot.start + minutes, end=slot.end + minutes)
            for slot in projection.slots
        ),
        planned_end=projection.planned_end + minutes,
        projected_end=projection.projected_end + minutes,
    )


def _against_the_plan(
    projection: agenda.Projection, day: LiveDay, items: tuple[LiveItem, ...], now_minute: int
) -> agenda.Projection:
    """project_day plans with the durations it is given: the running item's new length must
    count as lateness, so the planned end and the next start are measured against the plan."""
    plan = agenda.schedule_day(
        day.start_time, [agenda.PlanItem(i.duration_minutes, i.pinned_start, i.kind) for i in items]
    )
    upcoming = next(
        (i for i, slot in enumerate(projection.slots) if slot.state == "upcoming"), None
    )
    behind = 0
    if upcoming is not None:
        before = projection.slots[upcoming - 1].end if upcoming else plan.start
        behind = max(before, now_minute) - plan.slots[upcoming].start
    return replace(projection, planned_end=plan.end, behind_minutes=behind)


def _running_minutes(running: RunningItem, start: int, now_minute: int, now: datetime) -> int:
    """The running item's length as it now stands: what ran, plus what its timer has left,
    counted from its start (so an untouched item keeps its planned length)."""
    left = running.left_seconds
    if left <= 0:  # overtime: it may end any moment
        return max(0, now_minute - start)
    since = max(0.0, (now - running.started_at).total_seconds())
    # Whole seconds: the wall and the monotonic clock differ by microseconds.
    return max(now_minute - start, math.ceil(round(since + left) / 60))


def _minute(moment: datetime, anchor: date, tz: tzinfo | None) -> int:
    return agenda.minute_in_day(moment, anchor, tz)


def _rehearsal_shift(day: LiveDay, began: datetime, tz: tzinfo | None) -> timedelta:
    local = began.astimezone(tz)
    planned = local.replace(
        hour=day.start_time.hour, minute=day.start_time.minute, second=0, microsecond=0
    )
    return planned - local.replace(second=0, microsecond=0)
