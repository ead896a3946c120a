"""Agenda arithmetic: clock times, pins, totals, lateness, phases and role rotation."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time

from facilitator_app.agenda import (
    Gap,
    Overlap,
    PlanItem,
    RunItem,
    clock,
    minute_in_day,
    phases_seconds,
    project_day,
    rotate_roles,
    scale_phases,
    schedule_day,
    workshop_totals,
)
from facilitator_app.timefmt import format_clock


def clocks(start: time, items: list[PlanItem], language: str = "fr") -> list[str]:
    slots = schedule_day(start, items).slots
    return [
        f"{format_clock(s.start_time, language)}-{format_clock(s.end_time, language)}"
        for s in slots
    ]


def test_world_cafe_seed_times_follow_each_other_from_14h35() -> None:
    items = [
        PlanItem(20),
        PlanItem(25),
        PlanItem(20, kind="break"),
        PlanItem(25),
        PlanItem(5, kind="plenary"),
    ]
    assert clocks(time(14, 35), items) == [
        "14h35-14h55",
        "14h55-15h20",
        "15h20-15h40",
        "15h40-16h05",
        "16h05-16h10",
    ]


def test_times_read_the_english_way_in_english() -> None:
    assert clocks(time(14, 35), [PlanItem(20)], "en") == ["2:35 PM-2:55 PM"]


def test_a_break_is_not_working_time() -> None:
    day = schedule_day(time(14, 35), [PlanItem(20), PlanItem(20, kind="break"), PlanItem(25)])
    assert (day.total_minutes, day.working_minutes) == (65, 45)


def test_four_days_of_three_two_hour_modules_make_24_hours_of_training() -> None:
    day = [
        PlanItem(120),
        PlanItem(15, kind="break"),
        PlanItem(120),
        PlanItem(60, kind="meal"),
        PlanItem(120),
    ]
    totals = workshop_totals([schedule_day(time(9, 0), day) for _ in range(4)])
    assert totals.working_minutes == 24 * 60
    assert totals.total_minutes == 24 * 60 + 4 * 75
    assert totals.break_minutes == 4 * 75


def test_pinned_lunch_shows_the_overlap_instead_of_moving() -> None:
    day = schedule_day(
        time(9, 0), [PlanItem(120), PlanItem(150), PlanItem(60, time(12, 30), "meal")]
    )
    lunch = day.slots[2]
    assert lunch.start_time == time(12, 30)
    assert lunch.gap == Overlap(60)
    assert day.slots[1].end_time == time(13, 30)
    assert day.end == 13 * 60 + 30  # the day ends after lunch, not later


def test_pinned_lunch_shows_the_gap_when_the_morning_ends_early() -> None:
    day = schedule_day(
        time(9, 0), [PlanItem(120), PlanItem(60, time(12, 30), "meal"), PlanItem(30)]
    )
    assert day.slots[1].gap == Gap(90)
    assert day.slots[2].start_time == time(13, 30)


def test_a_pinned_item_right_on_time_has_neither_gap_nor_overlap() -> None:
    day = schedule_day(time(9, 0), [PlanItem(30), PlanItem(10, time(9, 30))])
    assert day.slots[1].gap is None and day.slots[1].pinned


def test_a_day_crossing_noon_reads_in_the_afternoon() -> None:
    assert clocks(time(11, 30), [PlanItem(45), PlanItem(30)]) == ["11h30-12h15", "12h15-12h45"]
    assert clocks(time(11, 30), [PlanItem(45)], "en") == ["11:30 AM-12:15 PM"]


def test_an_evening_crossing_midnight_keeps_counting() -> None:
    day = schedule_day(time(23, 0), [PlanItem(90), PlanItem(30)])
    assert day.slots[0].crosses_midnight
    assert day.slots[1].start_time == time(0, 30)
    assert day.end == 25 * 60
    assert not day.slots[1].crosses_midnight


def test_a_pin_earlier_than_the_start_belongs_to_the_night_after() -> None:
    day = schedule_day(time(22, 0), [PlanItem(60), PlanItem(15, time(0, 30))])
    assert day.slots[1].start == 24 * 60 + 30
    assert day.slots[1].gap == Gap(90)


def test_an_item_of_zero_minutes_takes_no_time() -> None:
    day = schedule_day(time(9, 0), [PlanItem(0), PlanItem(10)])
    assert day.slots[0].start == day.slots[0].end == day.slots[1].start == 9 * 60
    assert day.total_minutes == 10


def test_an_empty_day_ends_when_it_starts() -> None:
    day = schedule_day(time(9, 0), [])
    assert day.end == day.start == 540 and day.span_minutes == 0


def test_clock_wraps_after_midnight() -> None:
    assert clock(24 * 60 + 5) == time(0, 5)


def test_late_first_item_pushes_the_rest_and_the_day_ends_late() -> None:
    items = [RunItem(30, actual_start=540, actual_end=585), RunItem(30), RunItem(20, kind="break")]
    projection = project_day(time(9, 0), items, now=585)
    assert [s.state for s in projection.slots] == ["done", "upcoming", "upcoming"]
    assert projection.slots[1].start == 585
    assert projection.delay_minutes == 15


def test_a_running_item_past_its_time_ends_no_earlier_than_now() -> None:
    items = [RunItem(30, actual_start=540), RunItem(30)]
    projection = project_day(time(9, 0), items, now=590)
    assert projection.slots[0].state == "running"
    assert projection.slots[1].start == 590
    assert projection.delay_minutes == 20


def test_an_item_not_started_yet_starts_no_earlier_than_now() -> None:
    projection = project_day(time(9, 0), [RunItem(30), RunItem(30)], now=550)
    assert projection.slots[0].start == 550 and projection.delay_minutes == 10


def test_an_early_finish_ends_the_day_early() -> None:
    items = [RunItem(30, actual_start=540, actual_end=560), RunItem(30)]
    assert project_day(time(9, 0), items, now=560).delay_minutes == -10


def test_delay_runs_into_the_pinned_lunch_as_an_overlap() -> None:
    items = [RunItem(120, actual_start=540, actual_end=680), RunItem(90), RunItem(60, time(12, 30))]
    projection = project_day(time(9, 0), items, now=680)
    assert projection.slots[2].start == 750
    assert projection.slots[2].gap == Overlap(20)


def test_a_late_morning_shows_even_when_a_pinned_lunch_keeps_the_day_end() -> None:
    items = [RunItem(30, actual_start=540, actual_end=590), RunItem(60), RunItem(60, time(12, 0))]
    projection = project_day(time(9, 0), items, now=590)
    assert projection.delay_minutes == 0
    assert projection.behind_minutes == 20
    assert projection.late_minutes == 20
    assert projection.absorb() == [(1, 40)]


def test_longest_activities_not_yet_run_are_offered_first_to_absorb_the_delay() -> None:
    items = [
        RunItem(30, actual_start=540, actual_end=580),
        RunItem(20),
        RunItem(15, kind="break"),
        RunItem(60),
    ]
    projection = project_day(time(9, 0), items, now=580)
    assert [(s.index, s.can_give) for s in projection.shortenings] == [(3, 30), (1, 10)]
    assert projection.absorb() == [(3, 50)]


def test_a_late_morning_is_caught_up_before_the_pinned_lunch_not_in_the_afternoon() -> None:
    items = [
        RunItem(60, actual_start=540, actual_end=620),  # ended at 10h20, 20 minutes late
        RunItem(150),
        RunItem(60, time(12, 30), kind="meal"),
        RunItem(240),
    ]
    projection = project_day(time(9, 0), items, now=620)
    assert projection.slots[2].gap == Overlap(20)
    assert projection.absorb() == [(1, 130)]
    assert projection.next_pin == 2
    assert projection.unabsorbed_minutes == 0


def test_the_delay_that_cannot_be_caught_up_before_the_pin_is_said() -> None:
    items = [
        RunItem(60, actual_start=540, actual_end=620),
        RunItem(30, time(10, 0)),
        RunItem(120),
        RunItem(60, time(12, 30), kind="meal"),
        RunItem(240),
    ]
    projection = project_day(time(9, 0), items, now=620)
    assert projection.next_pin == 1
    assert projection.absorb() == []
    assert projection.unabsorbed_minutes == 20


def test_what_the_items_before_the_pin_can_give_is_all_they_give() -> None:
    items = [
        RunItem(60, actual_start=540, actual_end=620),
        RunItem(30),
        RunItem(60, time(10, 30), kind="meal"),
        RunItem(240),
    ]
    projection = project_day(time(9, 0), items, now=620)
    assert projection.absorb() == [(1, 15)]
    assert projection.unabsorbed_minutes == 5


def test_nothing_to_absorb_when_on_time() -> None:
    assert project_day(time(9, 0), [RunItem(30)], now=500).absorb() == []


def test_actual_times_are_read_in_local_time_from_the_day_date() -> None:
    moment = datetime(2026, 3, 2, 8, 5, tzinfo=UTC)
    assert minute_in_day(moment, date(2026, 3, 2), UTC) == 8 * 60 + 5
    assert minute_in_day(moment, date(2026, 3, 1), UTC) == 24 * 60 + 8 * 60 + 5


def test_phases_scale_to_fill_a_longer_slot_exactly() -> None:
    phases = [
        {"key": "a", "seconds": 60},
        {"key": "b", "seconds": 120},
        {"key": "c", "seconds": 540},
    ]
    scaled = scale_phases(phases, 15)
    assert [p["seconds"] for p in scaled] == [75, 150, 675]
    assert phases[0]["seconds"] == 60  # the input is left alone
    assert scaled[0]["key"] == "a"


def test_phases_with_rounds_still_fill_the_slot() -> None:
    phases = [{"seconds": 60}, {"seconds": 300, "rounds": 3}]
    assert phases_seconds(scale_phases(phases, 11)) == 660


def test_phases_shrink_to_nothing_for_a_zero_minute_slot() -> None:
    assert [p["seconds"] for p in scale_phases([{"seconds": 60}, {"seconds": 30}], 0)] == [0, 0]


def test_phases_of_zero_seconds_share_a_new_duration_equally() -> None:
    assert [p["seconds"] for p in scale_phases([{"seconds": 0}, {"seconds": 0}], 2)] == [60, 60]


def test_every_rotation_gets_a_new_scribe_and_timekeeper_spread_fairly() -> None:
    plan = rotate_roles([1, 2, 3, 4, 5, 6], 3)
    holders = [set(r.values()) for r in plan]
    assert all(len(h) == 2 for h in holders)
    assert holders[0].isdisjoint(holders[1]) and holders[1].isdisjoint(holders[2])
    assert set().union(*holders) == {1, 2, 3, 4, 5, 6}


def test_with_three_people_nobody_keeps_the_same_role_twice_in_a_row() -> None:
    plan = rotate_roles([1, 2, 3], 6)
    for before, after in itertools.pairwise(plan):
        assert before["scribe"] != after["scribe"]
        assert before["timekeeper"] != after["timekeeper"]
    counts = [sum(p in r.values() for r in plan) for p in (1, 2, 3)]
    assert max(counts) - min(counts) <= 1
