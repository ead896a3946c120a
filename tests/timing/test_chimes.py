from __future__ import annotations

from facilitator_app.timing import TimerEngine, expand_steps
from facilitator_app.timing.chimes import Chime, ChimeSchedule
from tests.timing.fakes import Room


def run(engine: TimerEngine, schedule: ChimeSchedule, room: Room, seconds: float, tick=0.25):
    """Let time pass, looking at the timer as often as the UI would; what chimed and when."""
    heard = []
    steps = round(seconds / tick)
    for _ in range(steps):
        room.pass_time(tick)
        for chime in schedule.observe(engine.snapshot()):
            heard.append((chime, round(engine.snapshot().remaining, 2)))
    return heard


def setup(seconds_list, lead=30):
    room = Room()
    phases = [{"key": f"p{i}", "seconds": s} for i, s in enumerate(seconds_list)]
    engine = TimerEngine(expand_steps(phases, 0), room.clock, room.wall)
    schedule = ChimeSchedule(lead)
    schedule.observe(engine.snapshot())
    engine.start()
    return room, engine, schedule


def test_soft_chime_before_the_end_and_end_chime_at_zero_once_each() -> None:
    room, engine, schedule = setup([120])
    heard = run(engine, schedule, room, 200)
    assert heard == [(Chime.SOFT, 30.0), (Chime.END, 0.0)]


def test_a_pause_does_not_repeat_or_lose_a_chime() -> None:
    room, engine, schedule = setup([120])
    heard = run(engine, schedule, room, 95)
    engine.pause()
    heard += run(engine, schedule, room, 300)
    engine.resume()
    heard += run(engine, schedule, room, 60)
    assert [c for c, _ in heard] == [Chime.SOFT, Chime.END]


def test_a_minute_added_after_the_soft_chime_rearms_it() -> None:
    room, engine, schedule = setup([120])
    heard = run(engine, schedule, room, 100)
    engine.add_seconds(60)
    heard += run(engine, schedule, room, 100)
    assert heard == [(Chime.SOFT, 30.0), (Chime.SOFT, 30.0), (Chime.END, 0.0)]


def test_a_minute_added_in_overtime_rearms_the_end_chime() -> None:
    room, engine, schedule = setup([60])
    heard = run(engine, schedule, room, 70)
    engine.add_seconds(60)
    heard += run(engine, schedule, room, 60)
    assert [c for c, _ in heard] == [Chime.SOFT, Chime.END, Chime.SOFT, Chime.END]


def test_a_short_step_gets_only_the_end_chime() -> None:
    room, engine, schedule = setup([20, 30])
    heard = run(engine, schedule, room, 25)
    assert heard == [(Chime.END, 0.0)]


def test_each_step_chimes_and_a_restart_chimes_again() -> None:
    room, engine, schedule = setup([60, 60])
    heard = run(engine, schedule, room, 61)
    engine.next_step()
    heard += run(engine, schedule, room, 61)
    engine.restart_step()
    heard += run(engine, schedule, room, 61)
    assert [c for c, _ in heard] == [Chime.SOFT, Chime.END] * 3


def test_a_timer_resumed_past_the_soft_point_only_keeps_the_end_chime() -> None:
    room, engine, _ = setup([120])
    room.pass_time(100)
    fresh = ChimeSchedule()
    assert fresh.observe(engine.snapshot()) == ()
    assert [c for c, _ in run(engine, fresh, room, 30)] == [Chime.END]


def test_the_next_chime_is_announced_for_a_single_shot_timer() -> None:
    room, engine, schedule = setup([120])
    room.pass_time(10)
    assert schedule.seconds_to_next_chime(engine.snapshot()) == 80
    room.pass_time(80)
    assert schedule.observe(engine.snapshot()) == (Chime.SOFT,)
    assert schedule.seconds_to_next_chime(engine.snapshot()) == 30
    engine.pause()
    assert schedule.seconds_to_next_chime(engine.snapshot()) is None


def test_the_sound_files_are_shipped() -> None:
    for chime in Chime:
        assert chime.sound_file.is_file()
