"""The clicker never hesitates: PageDown moves on in one press, PageUp goes back one step (to
the item before from a first step) with the time already spent, and Ctrl+Z on the console
takes the last move back."""

from __future__ import annotations

from datetime import UTC, time, timedelta

import pytest

from facilitator_app.models import AgendaItem
from facilitator_app.services import agenda
from facilitator_app.services.live import LiveRun
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.database import Database
from tests.timing.fakes import START, Room

TWO_STEPS = [
    {"key": "alone", "name": {"fr": "Seul", "en": "Alone"}, "seconds": 60},
    {"key": "pairs", "name": {"fr": "À deux", "en": "Pairs"}, "seconds": 120},
]


@pytest.fixture
def day(db: Database) -> dict[str, int]:
    workshop_id = create_workshop(db, "Forum", first_day=START.date(), start_time=time(9, 0))
    day_id = agenda.workshop_agenda(db, workshop_id).days[0].id
    return {
        "workshop": workshop_id,
        "day": day_id,
        "first": agenda.add_item(db, day_id, title="1-2-4", duration_minutes=3, phases=TWO_STEPS),
        "second": agenda.add_item(db, day_id, title="Troïka", duration_minutes=3, phases=TWO_STEPS),
        "last": agenda.add_item(db, day_id, kind="plenary", title="Clôture", duration_minutes=10),
    }


def live(db: Database, day: dict[str, int], room: Room) -> LiveRun:
    return LiveRun(db, day["workshop"], clock=room.clock, wall=room.wall, tz=UTC)


def times(db: Database, item_id: int):
    with db.reading() as session:
        row = session.get(AgendaItem, item_id)
        return row.actual_start, row.actual_end


def test_pagedown_on_an_items_last_step_moves_on_in_one_press(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start()
    room.pass_time(60)
    run.next_step()
    room.pass_time(120)
    run.next_step()
    assert run.current_item.id == day["second"]
    assert run.snapshot().running and run.snapshot().step_index == 0
    assert times(db, day["first"]) == (START, START + timedelta(seconds=180))


def test_pageup_from_a_first_step_goes_back_to_the_item_before_with_its_time(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start()
    room.pass_time(60)
    run.next_step()
    room.pass_time(100)  # 20 s before the end of "pairs"
    run.next_step()
    room.pass_time(7)
    run.previous_step()
    snap = run.snapshot()
    assert run.current_item.id == day["first"]
    assert (snap.step_index, snap.elapsed, snap.running) == (1, 100, True)
    # The first item runs again, the second has not been done: the day's projection agrees.
    assert times(db, day["first"]) == (START, None)
    assert times(db, day["second"]) == (None, None)
    room.pass_time(20)
    run.next_step()  # back to the second item, with the 7 seconds it had
    snap = run.snapshot()
    assert run.current_item.id == day["second"]
    assert (snap.step_index, snap.elapsed, snap.running) == (0, 7, True)
    assert times(db, day["second"])[0] == START + timedelta(seconds=160)


def test_pageup_within_an_item_keeps_the_time_and_restart_is_a_separate_key(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start()
    room.pass_time(45)
    run.next_step()
    room.pass_time(10)
    run.previous_step()
    assert (run.snapshot().step_index, run.snapshot().elapsed) == (0, 45)
    run.restart_step()
    assert (run.snapshot().step_index, run.snapshot().remaining) == (0, 60)
    run.previous_step()  # the day's very first step: nothing before it
    assert (run.current_item.id, run.snapshot().step_index) == (day["first"], 0)


def test_ctrl_z_takes_back_the_last_moves(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start()
    room.pass_time(60)
    run.next_step()
    room.pass_time(30)
    run.previous_step()  # by mistake
    room.pass_time(2)
    assert run.undo_move()
    snap = run.snapshot()
    assert (snap.step_index, snap.elapsed, snap.running) == (1, 30, True)
    run.restart_step()  # by mistake again
    room.pass_time(3)
    assert run.undo_move()
    assert run.snapshot().elapsed == 33
    run.next_step()  # on to the second item
    assert run.undo_move()
    assert run.current_item.id == day["first"] and run.snapshot().step_index == 1
    assert run.snapshot().running
    assert times(db, day["second"]) == (None, None)
    assert run.undo_move()  # the first PageDown: back to "alone" with its minute, and the
    # 2 seconds the room spent on it by mistake (the logs say what the room saw)
    assert (run.snapshot().step_index, run.snapshot().elapsed) == (0, 62)
    assert not run.undo_move()


def test_the_last_item_of_the_day_ends_on_pagedown_and_comes_back_on_pageup(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start_item(day["last"])
    room.pass_time(600)
    run.next_step()
    assert run.snapshot().finished and run.current_item.id == day["last"]
    run.next_step()  # nothing after the day's end
    assert run.snapshot().finished
    run.previous_step()
    snap = run.snapshot()
    assert (snap.finished, snap.elapsed, snap.running) == (False, 600, False)


def test_an_item_entered_and_left_at_once_starts_afresh(db, day) -> None:
    room = Room()
    run = live(db, day, room)
    run.start()
    run.next_step()
    run.next_step()  # straight through: the second item starts, no time has passed
    run.previous_step()
    run.next_step()
    assert run.current_item.id == day["second"]
    assert run.snapshot().elapsed == 0


def test_the_planner_counts_a_break_called_from_the_console(db, day) -> None:
    from facilitator_app.timing.projection import standing

    room = Room()  # 8h30: the day, planned at 9h00, runs 30 minutes early
    run = live(db, day, room)
    run.start()
    room.pass_time(60)
    assert standing(run.projection()).ahead == 30
    run.show_break(10)
    planner = agenda.project_day(db, day["day"], room.wall(), UTC)
    assert standing(planner).ahead == standing(run.projection()).ahead == 20


def test_a_method_run_now_from_the_library_records_nothing(db) -> None:
    from facilitator_app.services.live.one_off import one_off_run
    from facilitator_app.tools import registry
    from tests.exchange.helpers import dump

    before = dump(db)
    room = Room()
    run = one_off_run(db, registry.find_tool("1-2-4-all"), "fr", clock=room.clock, wall=room.wall)
    assert run.current_item.title == "1-2-4-Tous" and not run.recording
    run.start()
    steps = len(run.engine.steps)
    for _ in range(steps):
        room.pass_time(30)
        run.next_step()
    assert run.snapshot().finished
    run.previous_step()
    run.finish()
    assert dump(db) == before
