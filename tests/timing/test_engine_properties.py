"""Random sequences of what a facilitator does: the countdown stays continuous and honest."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.timing import TimerEngine, expand_steps, shown_seconds
from facilitator_app.timing.engine import DISPLAY_MARGIN
from tests.timing.fakes import Room

PHASES = [
    {"key": "alone", "seconds": 60},
    {"key": "pairs", "seconds": 120, "rounds": 2},
    {"key": "all", "seconds": 45},
]

operations = st.one_of(
    st.tuples(st.just("wait"), st.floats(min_value=0.001, max_value=400)),
    st.tuples(st.just("wall_jump"), st.floats(min_value=-7200, max_value=7200)),
    st.tuples(
        st.sampled_from(
            ["start", "pause", "toggle", "add", "remove", "next", "previous", "restart"]
        ),
        st.none(),
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operations, max_size=60))
def test_remaining_moves_only_with_running_time_and_added_minutes(ops) -> None:
    room = Room()
    engine = TimerEngine(expand_steps(PHASES, 0), room.clock, room.wall)
    before = engine.snapshot()
    spent: dict[int, float] = {}  # what each step left had run: it gets it back on return
    for name, value in ops:
        applied = 0
        waited = 0.0
        if name == "wait":
            room.pass_time(value)
            waited = value
        elif name == "wall_jump":
            room.jump_wall(value)
        elif name == "add":
            applied = engine.add_seconds(60)
        elif name == "remove":
            applied = engine.add_seconds(-60)
        else:
            {
                "start": engine.start,
                "pause": engine.pause,
                "toggle": engine.toggle,
                "next": engine.next_step,
                "previous": engine.previous_step,
                "restart": engine.restart_step,
            }[name]()
        after = engine.snapshot()
        assert after.planned_seconds >= 0
        if after.step_key != before.step_key or after.finished != before.finished:
            if before.started and name != "restart":
                spent[before.step_index] = before.elapsed + (waited if before.running else 0)
            if name == "restart":
                spent.pop(before.step_index, None)
            assert after.elapsed == pytest.approx(
                spent.get(after.step_index, 0.0) if not after.finished else after.elapsed
            )
            before = after
            continue
        ran = waited if before.running else 0.0
        # Elapsed never decreases; it grows exactly by the running time.
        assert after.elapsed == pytest.approx(before.elapsed + ran, abs=1e-6)
        assert after.elapsed >= before.elapsed
        # Remaining jumps only by the minutes added or removed, through zero alike.
        assert after.remaining == pytest.approx(before.remaining - ran + applied, abs=1e-6)
        assert after.planned_seconds == before.planned_seconds + applied
        before = after


@settings(max_examples=100, deadline=None)
@given(
    planned=st.integers(min_value=0, max_value=3 * 3600),
    start=st.floats(min_value=0, max_value=3 * 3600),
    fractions=st.lists(st.floats(min_value=0, max_value=0.99), min_size=1, max_size=40),
)
def test_the_display_changes_at_the_announced_instant_and_never_between(
    planned, start, fractions
) -> None:
    room = Room()
    engine = TimerEngine(expand_steps([{"key": "a", "seconds": planned}], 0), room.clock, room.wall)
    engine.start()
    room.pass_time(start)
    for fraction in fractions:
        snap = engine.snapshot()
        change = snap.seconds_to_next_display_change
        assert change is not None and 0 < change <= 1 + DISPLAY_MARGIN
        # Any time before the announced instant (less the margin): the same digits.
        room.pass_time(fraction * (change - 2 * DISPLAY_MARGIN))
        assert math.ceil(engine.snapshot().remaining) == math.ceil(snap.remaining)
        # At the announced instant: the next digits, counting down through zero and on up
        # (the signed display ceil(remaining) reads 2, 1, 0, -1 for +00:01, -2...).
        room.pass_time(change - fraction * (change - 2 * DISPLAY_MARGIN))
        after = engine.snapshot().remaining
        assert math.ceil(after) == math.ceil(snap.remaining) - 1
        assert shown_seconds(after) == abs(math.ceil(after))
        assert snap.remaining - after - change == pytest.approx(0, abs=1e-6)
