"""A rehearsal records nothing; the console's projection moves with the running timer."""

from __future__ import annotations

from datetime import UTC, date, time

import pytest
from sqlalchemy import func, select

from facilitator_app.models import AgendaItem, PhaseLog, RunState, Workshop
from facilitator_app.services import agenda
from facilitator_app.services.live import LiveRun
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.database import Database
from facilitator_app.timing.projection import standing
from facilitator_app.timing.run_day import runs_today
from tests.timing.fakes import START, Room


@pytest.fixture
def day(db: Database) -> dict[str, int]:
    """Tomorrow's day (START is the evening before): an activity, a break, a closing."""
    workshop_id = create_workshop(
        db, "Séminaire", first_day=date(2026, 3, 13), start_time=time(9, 0)
    )
    with db.reading() as session:
        day_id = session.scalars(select(Workshop)).one().days[0].id
    return {
        "workshop": workshop_id,
        "day": day_id,
        "opening": agenda.add_item(db, day_id, title="Ouverture", duration_minutes=30),
        "break": agenda.add_item(db, day_id, kind="break", title="Pause", duration_minutes=15),
        "closing": agenda.add_item(db, day_id, title="Clôture", duration_minutes=45),
    }


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        started = session.scalar(
            select(func.count()).select_from(AgendaItem).where(AgendaItem.actual_start.is_not(None))
        )
        logs = session.scalar(select(func.count()).select_from(PhaseLog))
        states = session.scalar(select(func.count()).select_from(RunState))
        return started, logs, states


def test_only_a_day_dated_today_runs_without_asking(db, day) -> None:
    run = LiveRun(db, day["workshop"], wall=lambda: START, tz=UTC)
    assert not runs_today(run.day, START.date())
    assert runs_today(run.day, date(2026, 3, 13))


def test_a_rehearsal_runs_the_timer_but_records_nothing(db, day) -> None:
    room = Room()
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC, recording=False)
    run.start()
    room.pass_time(20 * 60)
    assert run.snapshot().remaining == pytest.approx(10 * 60)
    run.next_item()
    room.pass_time(60)
    run.finish()
    assert counts(db) == (0, 0, 0)
    with db.reading() as session:
        assert session.get(Workshop, day["workshop"]).ended_at is None
    # The rehearsal still knows what it ran, for its own projection.
    assert run.items[0].actual_end is not None


def test_the_same_run_for_real_records_times_logs_and_state(db, day) -> None:
    room = Room()
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)
    run.start()
    room.pass_time(60)
    assert counts(db) == (1, 1, 1)


def test_a_rehearsal_is_on_time_by_its_own_clock_and_its_times_follow_it(db, day) -> None:
    room = Room()  # 8h30 UTC the day before
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC, recording=False)
    run.start()
    room.pass_time(10 * 60)
    projection = run.projection()
    # The rehearsal began at 8h30: the break comes at 9h00 on its clock, not 9h30 as planned.
    assert [s.start for s in projection.slots] == [8 * 60 + 30, 9 * 60, 9 * 60 + 15]
    assert standing(projection).late == 0 and standing(projection).ahead == 0
    run.add_seconds(5 * 60)
    assert standing(run.projection()).late == 5
    assert run.projection().slots[1].start == 9 * 60 + 5


def test_added_minutes_and_pauses_move_the_projected_end(db, day) -> None:
    room = Room()
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC, recording=False)
    run.start()
    planned_end = run.projection().projected_end
    for _ in range(3):
        run.add_seconds(60)
    assert run.projection().projected_end == planned_end + 3
    assert run.projection().slots[1].start == 8 * 60 + 30 + 33  # the rehearsal's clock
    run.pause()
    room.pass_time(5 * 60)  # paused: the timer keeps its 33 minutes, the clock goes on
    assert run.projection().projected_end == planned_end + 8
    assert standing(run.projection()).late == 8


def test_lateness_reads_the_projection_as_the_planner_does(db, day) -> None:
    """Running early in the morning with a pinned item later: ahead is the earlier of the next
    start and the day's end (the console once used the day's end only)."""
    room = Room()
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)
    run.start()  # 8h30 the day before the dated day: recorded for real, far ahead
    projection = run.projection()
    assert standing(projection).ahead == -min(projection.delay_minutes, projection.behind_minutes)
    expected = agenda.project_day(db, day["day"], room.wall(), UTC)
    assert standing(projection) == standing(expected)


def test_an_item_started_mid_minute_keeps_its_planned_length(db, day) -> None:
    room = Room()
    room.pass_time(40)  # 8h30m40s
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC, recording=False)
    run.start()
    room.pass_time(30)
    for _ in range(3):
        run.add_seconds(60)
    assert run.projection().slots[1].start == 8 * 60 + 30 + 33  # began 8h30m40s


def test_a_break_called_from_the_console_counts_in_the_lateness_at_once(db, day) -> None:
    room = Room()
    run = LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC, recording=False)
    run.start()
    room.pass_time(10 * 60)
    assert standing(run.projection()).late == 0
    run.show_break(12)  # an unplanned break, 12 minutes
    assert standing(run.projection()).late == 12
    room.pass_time(5 * 60)  # five minutes into it: still 12 late
    assert standing(run.projection()).late == 12
    run.show_break(None)
    assert standing(run.projection()).late == 5
