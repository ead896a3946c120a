"""Properties of the agenda arithmetic that must hold for any agenda."""

from __future__ import annotations

import itertools
from datetime import time

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.agenda import (
    MINUTES_PER_DAY,
    Gap,
    Overlap,
    PlanItem,
    RunItem,
    clock,
    phases_seconds,
    project_day,
    rotate_roles,
    scale_phases,
    schedule_day,
)

clock_times = st.times().map(lambda t: time(t.hour, t.minute))
unpinned = st.builds(
    PlanItem,
    st.integers(0, 600),
    st.none(),
    st.sampled_from(["activity", "break", "plenary", "meal"]),
)
any_item = st.builds(
    PlanItem,
    st.integers(0, 600),
    st.one_of(st.none(), clock_times),
    st.sampled_from(["activity", "break", "plenary", "meal"]),
)


@given(clock_times, st.lists(unpinned, max_size=40))
def test_without_pins_each_item_starts_when_the_previous_ends(
    start: time, items: list[PlanItem]
) -> None:
    day = schedule_day(start, items)
    cursor = day.start
    for slot in day.slots:
        assert slot.start == cursor and slot.end >= slot.start
        cursor = slot.end
    assert day.end - day.start == sum(i.duration_minutes for i in items)


@given(clock_times, st.lists(any_item, max_size=40))
def test_totals_equal_the_sum_of_durations_and_pins_hold(
    start: time, items: list[PlanItem]
) -> None:
    day = schedule_day(start, items)
    assert day.total_minutes == sum(i.duration_minutes for i in items)
    assert day.working_minutes == sum(
        i.duration_minutes for i in items if i.kind not in ("break", "meal")
    )
    previous_end = day.start
    for item, slot in zip(items, day.slots, strict=True):
        assert slot.duration == item.duration_minutes
        if item.pinned_start is not None:
            assert slot.start_time == item.pinned_start
            shift = slot.start - previous_end
            expected = Gap(shift) if shift > 0 else Overlap(-shift) if shift < 0 else None
            assert slot.gap == expected
        else:
            assert slot.start == previous_end and slot.gap is None
        previous_end = slot.end


phase = st.fixed_dictionaries(
    {"seconds": st.integers(0, 3600)}, optional={"rounds": st.integers(1, 5)}
)


@given(st.lists(phase, min_size=1, max_size=8), st.integers(0, 300))
def test_scaled_phases_fill_the_new_duration(phases: list[dict], minutes: int) -> None:
    scaled = scale_phases(phases, minutes)
    assert len(scaled) == len(phases)
    assert all(p["seconds"] >= 0 for p in scaled)
    if any(p.get("rounds", 1) == 1 for p in phases):
        assert phases_seconds(scaled) == minutes * 60
    else:
        assert 0 <= minutes * 60 - phases_seconds(scaled) < 5


@given(
    st.lists(st.integers(0, 120), min_size=1, max_size=30),
    st.integers(0, 30),
    st.lists(st.integers(-20, 40), max_size=30),
    st.integers(0, 600),
)
def test_projection_never_runs_backwards_and_upcoming_items_start_after_now(
    durations: list[int], done: int, overruns: list[int], wait: int
) -> None:
    done = min(done, len(durations))
    items, cursor = [], 540
    for index, minutes in enumerate(durations):
        if index < done:
            real = max(0, minutes + (overruns[index] if index < len(overruns) else 0))
            items.append(RunItem(minutes, actual_start=cursor, actual_end=cursor + real))
            cursor += real
        else:
            items.append(RunItem(minutes))
    now = cursor + wait
    projection = project_day(time(9, 0), items, now)
    previous_end = 540
    for slot in projection.slots:
        assert slot.start >= previous_end and slot.end >= slot.start
        if slot.state == "upcoming":
            assert slot.start >= now
        previous_end = slot.end
    cut = dict(projection.absorb())
    given_back = sum(items[i].duration_minutes - minutes for i, minutes in cut.items())
    assert given_back <= max(0, projection.late_minutes)
    assert all(minutes >= items[i].duration_minutes / 2 for i, minutes in cut.items())


@given(
    st.lists(st.tuples(st.integers(0, 120), st.booleans()), min_size=1, max_size=20),
    st.integers(0, 20),
    st.integers(-30, 60),
)
def test_the_delay_is_absorbed_before_the_next_pin_or_said_to_be_left(
    plan: list[tuple[int, bool]], done: int, overrun: int
) -> None:
    done = min(done, len(plan) - 1)
    schedule = schedule_day(time(9, 0), [PlanItem(m) for m, _ in plan])
    items, cursor = [], 540
    for index, (minutes, pinned) in enumerate(plan):
        # Pins at the planned clock times, so the plan itself has no gap nor overlap.
        pin = clock(schedule.slots[index].start) if pinned and index > done else None
        if pin is not None and schedule.slots[index].start >= MINUTES_PER_DAY:
            pin = None
        if index < done:
            real = max(0, minutes + overrun) if index == done - 1 else minutes
            items.append(RunItem(minutes, actual_start=cursor, actual_end=cursor + real))
            cursor += real
        else:
            items.append(RunItem(minutes, pin))
    projection = project_day(time(9, 0), items, cursor)
    cut = dict(projection.absorb())
    pins = [i for i, item in enumerate(items) if item.pinned_start and i >= done]
    if pins:
        assert projection.next_pin == pins[0]
        assert all(i < pins[0] for i in cut)
    given_back = sum(items[i].duration_minutes - minutes for i, minutes in cut.items())
    assert given_back + projection.unabsorbed_minutes == max(0, projection.late_minutes)


@given(st.integers(1, 12), st.integers(1, 10))
def test_rotated_roles_are_spread_fairly_and_change_every_rotation(
    people: int, rotations: int
) -> None:
    plan = rotate_roles(list(range(people)), rotations)
    counts = [sum(p in r.values() for r in plan) for p in range(people)]
    assert max(counts) - min(counts) <= 1
    for before, after in itertools.pairwise(plan):
        if people >= 2:
            assert before["scribe"] != after["scribe"]
            assert before["timekeeper"] != after["timekeeper"]
        if people >= 4:
            assert set(before.values()).isdisjoint(after.values())
