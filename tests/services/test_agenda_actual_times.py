"""Clearing a day's recorded times (a rehearsal recorded by mistake), and undoing it."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select

from facilitator_app.changes import Change
from facilitator_app.models import AgendaItem, PhaseLog, RunState, Workshop
from facilitator_app.services import agenda, operations
from facilitator_app.services.live import LiveRun
from facilitator_app.services.workshops import create_workshop
from tests.timing.fakes import Room


def recorded(db) -> tuple[list[tuple], int, int]:
    with db.reading() as session:
        times = [
            (i.id, i.actual_start, i.actual_end)
            for i in session.scalars(select(AgendaItem).order_by(AgendaItem.id))
        ]
        logs = session.scalar(select(func.count()).select_from(PhaseLog))
        states = session.scalar(select(func.count()).select_from(RunState))
        return times, logs, states


def test_clearing_forgets_the_run_and_undo_brings_it_back(db) -> None:
    workshop_id = create_workshop(db, "Atelier", first_day=date(2026, 3, 13), start_time=time(9))
    with db.reading() as session:
        day_id = session.scalars(select(Workshop)).one().days[0].id
    agenda.add_item(db, day_id, title="Ouverture", duration_minutes=30)
    agenda.add_item(db, day_id, title="Clôture", duration_minutes=30)
    room = Room()
    run = LiveRun(db, workshop_id, clock=room.clock, wall=room.wall)
    run.start()
    room.pass_time(600)
    run.next_item()
    room.pass_time(60)
    before = recorded(db)
    assert before[1] == 2 and before[2] == 1
    seen: list[Change] = []
    db.changes.subscribe(seen.append)

    applied = agenda.clear_actual_times.apply(db, day_id)

    times, logs, states = recorded(db)
    assert all(start is None and end is None for _, start, end in times)
    assert (logs, states) == (0, 0)
    assert not agenda.day_agenda(db, day_id).items[0].has_started
    assert Change("agenda", workshop_id) in seen
    assert applied.result is True

    operations.undo(db, applied)
    assert recorded(db) == before
