"""The live run as a service: what the room sees is saved with the timer and comes back after
a crash, the saved state does not copy the steps' texts, two consoles do not trip over each
other, the planner sees a minute added on the console at once, and a round asks its question."""

from __future__ import annotations

import json
from datetime import UTC, time

import pytest
from sqlalchemy import select

from facilitator_app.models import RunState, Workshop
from facilitator_app.services import agenda
from facilitator_app.services.live import LiveRun
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.database import Database
from facilitator_app.timing.steps import expand_steps
from tests.timing.fakes import START, Room


@pytest.fixture
def day(db: Database) -> dict[str, int]:
    workshop_id = create_workshop(db, "Atelier", first_day=START.date(), start_time=time(9, 0))
    with db.reading() as session:
        day_id = session.scalars(select(Workshop)).one().days[0].id
    first = agenda.add_item(db, day_id, title="Accueil", duration_minutes=20)
    second = agenda.add_item(db, day_id, title="Clôture", duration_minutes=10)
    return {"workshop": workshop_id, "day": day_id, "first": first, "second": second}


def run_of(db: Database, day: dict[str, int], room: Room) -> LiveRun:
    return LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)


def saved_state(db: Database, workshop_id: int) -> dict:
    with db.reading() as session:
        row = session.get(RunState, workshop_id)
        assert row is not None
        return dict(row.state)


def test_the_tour_de_table_comes_back_after_a_crash(db: Database, day) -> None:
    room = Room()
    run = run_of(db, day, room)
    run.start()
    run.start_tour(["Anne", "Bruno", "Chloé"], 60)
    run.tour_command("toggle")
    room.pass_time(70)
    run.tour_command("next")  # Bruno speaks
    room.pass_time(20)
    room.reboot(seconds_away=30)
    resumed = LiveRun.resume(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)
    tour = resumed.room.tour
    assert tour is not None and tour.names == ("Anne", "Bruno", "Chloé")
    assert tour.engine.index == 1
    assert tour.engine.snapshot().remaining == pytest.approx(60 - 20 - 30)


def test_the_break_screen_and_the_black_screen_come_back(db: Database, day) -> None:
    room = Room()
    run = run_of(db, day, room)
    run.start()
    run.set_black(True)
    run.show_break(15)
    assert not run.snapshot().running  # the activity waits behind the break
    room.pass_time(5 * 60)
    room.reboot(seconds_away=60)
    resumed = LiveRun.resume(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)
    assert resumed.room.black
    assert resumed.break_remaining() == pytest.approx(15 * 60 - 6 * 60)
    assert resumed.break_back_at() == time(8, 45)
    resumed.show_break(None)
    assert resumed.snapshot().running  # the activity goes on


def test_the_saved_state_does_not_copy_the_steps_texts(db: Database, day) -> None:
    long = "Consigne détaillée. " * 200  # 4000 characters
    phases = [
        {
            "key": "k",
            "name": {"fr": "Tour"},
            "instructions": {"fr": long, "en": long},
            "seconds": 30,
            "rounds": 100,
        }
    ]
    agenda.update_item(db, day["first"], phases=phases, duration_minutes=50)
    room = Room()
    run = run_of(db, day, room)
    run.start()
    size = len(json.dumps(saved_state(db, day["workshop"])))
    assert size < 4000  # was 100 copies of the instructions on every key press


def test_two_consoles_on_one_workshop_do_not_trip_over_each_other(db: Database, day) -> None:
    room = Room()
    first, second = run_of(db, day, room), run_of(db, day, room)
    first.start()
    second.finish(end_workshop=False)  # clears the saved run
    first.add_seconds(60)  # was StaleDataError
    second.start()
    first.next_item()
    assert saved_state(db, day["workshop"])["item_id"] in (day["first"], day["second"])


def test_a_minute_added_on_the_console_shows_in_the_planner_at_once(db: Database, day) -> None:
    room = Room()
    room.wall.now = START.replace(hour=9, minute=0)
    run = run_of(db, day, room)
    run.start()
    room.pass_time(60)
    before = agenda.project_day(db, day["day"], room.wall(), UTC).projected_end
    run.add_seconds(5 * 60)
    after = agenda.project_day(db, day["day"], room.wall(), UTC).projected_end
    assert after - before == 5
    assert after == run.projection().projected_end  # the same rule on both screens


def test_each_round_shows_its_own_question() -> None:
    phases = [
        {
            "key": "rotation",
            "seconds": 1200,
            "rounds": 3,
            "questions": [
                "D'où vient le projet ?",
                "De quelles ressources ?",
                "Quels prochains pas ?",
            ],
        }
    ]
    steps = expand_steps(phases, 60)
    assert [s.question for s in steps] == [
        "D'où vient le projet ?",
        "De quelles ressources ?",
        "Quels prochains pas ?",
    ]
    assert expand_steps([{"key": "a", "seconds": 60}], 1)[0].question == ""
