from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator_app.timing import TimerEngine, countdown_text, expand_steps, level, shown_seconds
from facilitator_app.timing.display import DEFAULT_WARNINGS, Warnings, seconds_to_level_change
from tests.timing.fakes import START, Room

TROIKA = [
    {
        "key": "consult",
        "name": {"fr": "Consultation", "en": "Consultation"},
        "instructions": {"fr": "Un client, deux consultants.", "en": "One client, two helpers."},
        "seconds": 600,
        "grouping": "trios",
        "rounds": 3,
        "capture": None,
    },
    {"key": "debrief", "name": {"fr": "Bilan", "en": "Debrief"}, "seconds": 300},
]


def make(room: Room, phases=TROIKA, minutes: int = 0) -> TimerEngine:
    return TimerEngine(expand_steps(phases, minutes, "Ouverture"), room.clock, room.wall)


def test_a_phase_with_three_rounds_becomes_three_steps() -> None:
    steps = expand_steps(TROIKA, 35)
    assert [(s.key, s.round_index, s.round_count) for s in steps] == [
        ("consult", 0, 3),
        ("consult", 1, 3),
        ("consult", 2, 3),
        ("debrief", 0, 1),
    ]
    assert steps[0].text("en") == ("Consultation", "One client, two helpers.")
    assert steps[3].text("en") == ("Debrief", "")


def test_an_item_without_phases_is_one_step_of_its_slot() -> None:
    (step,) = expand_steps(None, 20, "Pause café")
    assert step.planned_seconds == 1200
    assert step.text("fr")[0] == "Pause café"


def test_three_hours_with_pauses_and_added_minutes_stay_exact_to_the_millisecond() -> None:
    room = Room()
    phases = [{"key": f"p{i}", "seconds": 1800} for i in range(6)]
    engine = make(room, phases)
    engine.start()
    running = 0.0
    added = 0
    for _ in range(10_800):  # an uneven tick, as a busy event loop would deliver
        room.pass_time(0.7)
        running += 0.7
    engine.pause()
    room.pass_time(1234.567)  # paused: does not count
    engine.add_seconds(60)
    engine.add_seconds(60)
    engine.add_seconds(-60)
    added += 60
    engine.resume()
    room.pass_time(0.123)
    running += 0.123
    snap = engine.snapshot()
    assert snap.step_index == 0  # steps move on only when the facilitator says so
    assert snap.elapsed == pytest.approx(running, abs=1e-6)
    assert snap.remaining == pytest.approx(1800 + added - running, abs=1e-3)
    assert snap.overtime and snap.remaining < -5000


def test_a_system_clock_change_does_not_move_the_countdown() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(100)
    before = engine.snapshot().remaining
    room.jump_wall(-3600)  # daylight saving, NTP correction...
    assert engine.snapshot().remaining == before
    room.jump_wall(+7200)
    assert engine.snapshot().remaining == before


def test_overtime_counts_up_from_zero() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 3}])
    engine.start()
    shown = []
    for _ in range(12):
        shown.append(countdown_text(engine.snapshot().remaining))
        room.pass_time(0.5)
    assert shown == [
        "00:03", "00:03", "00:02", "00:02", "00:01", "00:01",
        "00:00", "00:00", "+00:01", "+00:01", "+00:02", "+00:02",
    ]  # fmt: skip
    assert engine.snapshot().overtime and engine.running


def test_display_change_is_announced_for_the_exact_instant() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 90}])
    assert engine.snapshot().seconds_to_next_display_change is None  # not started
    engine.start()
    room.pass_time(0.3)
    seen = []
    for _ in range(95):
        snap = engine.snapshot()
        wait = snap.seconds_to_next_display_change
        assert wait is not None and 0.001 < wait <= 1.001
        room.pass_time(wait - 0.002)  # the announced instant is 1 ms after the boundary
        assert shown_seconds(engine.snapshot().remaining) == shown_seconds(snap.remaining)
        room.pass_time(0.002)
        seen.append(countdown_text(engine.snapshot().remaining))
    assert seen[88:92] == ["00:01", "00:00", "+00:01", "+00:02"]
    engine.pause()
    assert engine.snapshot().seconds_to_next_display_change is None


def test_hours_show_when_the_slot_is_long() -> None:
    assert countdown_text(3723) == "1:02:03"
    assert countdown_text(-3723) == "+1:02:03"
    assert countdown_text(59.01) == "01:00"


def test_the_warning_threshold_is_the_facilitators_choice() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 600}])
    engine.start()
    room.pass_time(600 - 121)
    snap = engine.snapshot()
    seconds = Warnings("seconds", 120, 30)
    assert level(snap, seconds) == "normal"
    assert level(snap, Warnings("seconds", 30, 10)) == "normal"
    assert level(snap, Warnings("percent", 25, 5)) == "warning"  # 150 s
    assert seconds_to_level_change(snap, seconds) == pytest.approx(1.001)
    room.pass_time(1)
    assert level(engine.snapshot(), seconds) == "warning"
    room.pass_time(90)
    assert level(engine.snapshot(), seconds) == "final"
    assert seconds_to_level_change(engine.snapshot(), seconds) == pytest.approx(30.001)
    room.pass_time(30)
    assert level(engine.snapshot(), seconds) == "overtime"


@pytest.mark.parametrize(
    ("planned", "amber", "red"),
    [
        (1200, 240, 60),  # a 20-minute rotation: amber at 4 min, red at the last minute
        (600, 120, 30),
        (60, 12, 3),  # a one-minute step: amber at 12 s, not from its first second
        (30, 10, 3),  # the floor: 10 s of amber even when 20 % would be 6 s
        (12, 6, 3),  # never before the middle of the step
        (0, 0, 0),
    ],
)
def test_by_default_amber_at_20_percent_and_red_at_5_with_a_floor(planned, amber, red) -> None:
    assert DEFAULT_WARNINGS.thresholds(planned) == (amber, red)


def test_seconds_never_make_a_short_step_amber_from_its_start() -> None:
    assert Warnings("seconds", 60, 15).thresholds(60) == (30, 15)
    assert Warnings("seconds", 60, 15).thresholds(20) == (10, 10)


def test_next_step_carries_on_running_and_the_last_one_finishes_the_item() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(610)
    engine.next_step()
    snap = engine.snapshot()
    assert (snap.step_index, snap.round_index, snap.running) == (1, 1, True)
    assert snap.remaining == 600
    assert snap.item_remaining == 600 + 600 + 300
    for _ in range(3):
        room.pass_time(10)
        engine.next_step()
    assert engine.finished and not engine.running
    assert engine.item_started_at == START
    assert engine.item_ended_at == START + timedelta(seconds=640)
    ends = [(r.step_index, r.ended_at - r.started_at) for r in engine.records]
    assert ends == [(0, timedelta(seconds=610)), (1, timedelta(seconds=10)),
                    (2, timedelta(seconds=10)), (3, timedelta(seconds=10))]  # fmt: skip


def test_previous_step_goes_back_with_the_time_already_spent_and_logs_it_anew() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(30)
    engine.next_step()
    room.pass_time(5)
    assert engine.previous_step()
    snap = engine.snapshot()
    assert (snap.step_index, snap.elapsed, snap.remaining, snap.running) == (0, 30, 570, True)
    assert [r.step_index for r in engine.records] == [0, 1, 0]
    room.pass_time(10)
    engine.next_step()  # and the step left comes back with its own 5 seconds
    assert (engine.snapshot().step_index, engine.snapshot().elapsed) == (1, 5)


def test_previous_on_the_first_step_does_nothing_and_restart_is_its_own_key() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(30)
    assert not engine.previous_step()
    assert engine.snapshot().elapsed == 30
    had = engine.restart_step()
    assert engine.snapshot().elapsed == 0 and had == (30, 0)
    room.pass_time(4)
    engine.unrestart_step(had)  # Ctrl+Z: the 30 s are back, with the 4 since
    assert engine.snapshot().elapsed == 34


def test_an_item_that_was_over_comes_back_at_its_last_step_with_its_time() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 90}, {"key": "b", "seconds": 60}])
    engine.start()
    room.pass_time(90)
    engine.next_step()
    room.pass_time(70)
    engine.next_step()
    assert engine.finished
    assert engine.previous_step()
    snap = engine.snapshot()
    assert (snap.finished, snap.step_index, snap.elapsed, snap.running) == (False, 1, 70, False)
    assert engine.item_ended_at is None
    engine.start()
    room.pass_time(5)
    engine.next_step()
    assert [r.step_index for r in engine.records] == [0, 1, 1]
    assert engine.records[-1].ended_at - engine.records[-1].started_at == timedelta(seconds=5)


def test_the_time_spent_on_each_step_survives_a_crash() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(30)
    engine.next_step()
    engine.pause()
    restored = TimerEngine.from_state(engine.to_state(), room.clock, room.wall).engine
    restored.previous_step()
    assert restored.snapshot().elapsed == 30


def test_a_minute_can_be_taken_away_but_the_plan_never_goes_negative() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 90}])
    assert engine.add_seconds(-60) == -60
    assert engine.add_seconds(-60) == -30
    assert engine.snapshot().planned_seconds == 0
    assert engine.add_seconds(60) == 60


def test_restart_goes_back_to_the_plan() -> None:
    room = Room()
    engine = make(room, [{"key": "a", "seconds": 90}])
    engine.start()
    engine.add_seconds(60)
    room.pass_time(40)
    key = engine.snapshot().step_key
    engine.restart_step()
    snap = engine.snapshot()
    assert (snap.remaining, snap.running) == (90, True)
    assert snap.step_key != key


def test_space_toggles_and_paused_time_does_not_count() -> None:
    room = Room()
    engine = make(room)
    engine.toggle()
    room.pass_time(10)
    engine.toggle()
    room.pass_time(500)
    engine.toggle()
    room.pass_time(5)
    assert engine.snapshot().elapsed == 15


def test_saved_state_resumes_mid_step_while_paused() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(200)
    engine.add_seconds(60)
    engine.pause()
    state = engine.to_state()
    room.reboot(3600)
    restored = TimerEngine.from_state(state, room.clock, room.wall)
    snap = restored.engine.snapshot()
    assert restored.away_seconds == 3600 and not restored.was_running
    assert (snap.remaining, snap.running, snap.step_key) == (460, False, engine.snapshot().step_key)


def test_a_crash_while_running_counts_the_time_away() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(30)
    engine.next_step()
    room.pass_time(100)
    state = engine.to_state()  # saved on the last operation...
    room.pass_time(20)  # ...then time ran on before the crash
    room.reboot(45)  # the monotonic clock restarts from scratch
    restored = TimerEngine.from_state(state, room.clock, room.wall)
    snap = restored.engine.snapshot()
    assert restored.was_running and restored.away_seconds == pytest.approx(65)
    assert snap.step_index == 1 and snap.running
    assert snap.elapsed == pytest.approx(165)
    room.pass_time(10)
    assert restored.engine.snapshot().elapsed == pytest.approx(175)
    assert [r.step_index for r in restored.engine.records] == [0, 1]


def test_a_wall_clock_set_back_during_the_crash_counts_no_time() -> None:
    room = Room()
    engine = make(room)
    engine.start()
    room.pass_time(30)
    state = engine.to_state()
    room.reboot(-600)
    restored = TimerEngine.from_state(state, room.clock, room.wall)
    assert restored.away_seconds == 0
    assert restored.engine.snapshot().elapsed == 30


def test_an_unknown_state_version_is_refused() -> None:
    room = Room()
    state = make(room).to_state() | {"version": 99}
    with pytest.raises(ValueError):
        TimerEngine.from_state(state, room.clock, room.wall)
