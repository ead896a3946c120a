"""The half-day rule and the minutes attended: what the certificates certify."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.half_days import (
    AFTERNOON,
    MORNING,
    Block,
    Presence,
    attended_minutes,
    half_day_of_time,
    planned_minutes,
    split_day,
    total_attended,
)

H = 60
DAY = [
    Block(9 * H, 10 * H + 30, "activity", "Les fondements"),
    Block(10 * H + 30, 10 * H + 45, "break", "Pause"),
    Block(10 * H + 45, 12 * H + 30, "activity", "Analyse"),
    Block(12 * H + 30, 14 * H, "meal", "Déjeuner"),
    Block(14 * H, 17 * H, "activity", "Stratégies"),
]


def test_the_afternoon_starts_at_13h_for_times_and_items():
    assert half_day_of_time(12 * H + 59) == MORNING
    assert half_day_of_time(13 * H) == AFTERNOON
    morning, afternoon = split_day(DAY)
    assert morning.half_day == MORNING and afternoon.half_day == AFTERNOON
    assert [b.title for b in morning.blocks] == ["Les fondements", "Pause", "Analyse", "Déjeuner"]


def test_a_lunch_does_not_stretch_the_morning_and_breaks_are_not_training_time():
    morning, afternoon = split_day(DAY)
    assert (morning.start, morning.end) == (9 * H, 12 * H + 30)
    assert morning.working_minutes == 90 + 105
    assert afternoon.working_minutes == 180
    assert planned_minutes([morning, afternoon]) == 375


def test_a_day_that_starts_at_14h_has_no_morning():
    assert [s.half_day for s in split_day([Block(14 * H, 16 * H)])] == [AFTERNOON]
    assert split_day([]) == ()


def test_a_departure_at_16h_takes_the_last_hour_away():
    _morning, afternoon = split_day(DAY)
    assert attended_minutes(afternoon, Presence(True, left_at=16 * H)) == 120
    assert attended_minutes(afternoon, Presence(True, arrived_at=14 * H + 30)) == 150


def test_absent_or_unmarked_means_no_minutes():
    morning, _ = split_day(DAY)
    assert attended_minutes(morning, Presence(False)) == 0
    assert attended_minutes(morning, None) == 0


def test_a_departure_during_the_break_keeps_what_came_before():
    morning, _ = split_day(DAY)
    assert attended_minutes(morning, Presence(True, left_at=10 * H + 40)) == 90


@given(
    arrived=st.none() | st.integers(0, 24 * H),
    left=st.none() | st.integers(0, 24 * H),
)
def test_minutes_attended_never_exceed_the_half_day_nor_go_below_zero(arrived, left):
    for span in split_day(DAY):
        minutes = attended_minutes(span, Presence(True, arrived, left))
        assert 0 <= minutes <= span.working_minutes
    whole = total_attended((s, Presence(True)) for s in split_day(DAY))
    assert whole == planned_minutes(split_day(DAY))
