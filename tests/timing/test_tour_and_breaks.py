from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

from facilitator_app.timing import TimerEngine
from facilitator_app.timing.breaks import break_ends_at
from facilitator_app.timing.tour import tour_steps, turn_at, turn_of
from tests.timing.fakes import Room

NAMES = ["Anne", "Bilal", "Chloé"]


def test_turns_follow_each_other_with_the_same_speaking_time() -> None:
    assert turn_at(NAMES, 60, 0) == turn_at(NAMES, 60, 0.0)
    first = turn_at(NAMES, 60, 15)
    assert (first.current, first.next, first.remaining) == ("Anne", "Bilal", 45)
    last = turn_at(NAMES, 60, 150)
    assert (last.index, last.current, last.next, last.remaining) == (2, "Chloé", None, 30)
    assert turn_at(NAMES, 60, 180).done
    assert turn_at([], 60, 0).done


def test_a_tour_runs_in_the_timer_and_the_facilitator_moves_it_on() -> None:
    room = Room()
    engine = TimerEngine(tour_steps(NAMES, 90), room.clock, room.wall)
    engine.start()
    room.pass_time(100)  # Anne runs over
    turn = turn_of(engine.snapshot(), NAMES)
    assert (turn.current, turn.next, turn.remaining) == ("Anne", "Bilal", -10)
    engine.next_step()
    room.pass_time(30)
    turn = turn_of(engine.snapshot(), NAMES)
    assert (turn.index, turn.current, turn.next, turn.remaining) == (1, "Bilal", "Chloé", 60)
    engine.next_step()
    engine.next_step()
    assert turn_of(engine.snapshot(), NAMES).done


def test_a_break_ends_after_its_actual_start_once_started() -> None:
    paris = timezone(timedelta(hours=1))
    started = datetime(2026, 3, 12, 14, 22, 10, tzinfo=UTC)  # 15h22:10 in Paris
    assert break_ends_at(15 * 60, time(15, 0), started, paris) == time(15, 38)  # rounded up
    assert break_ends_at(15 * 60, time(15, 25), None, paris) == time(15, 40)
    assert break_ends_at(15 * 60, None, None) is None
