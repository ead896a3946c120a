from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import UTC, date, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from facilitator_app.changes import Change
from facilitator_app.errors import StorageError
from facilitator_app.models import AgendaItem, PhaseLog, RunState, Workshop
from facilitator_app.services import agenda
from facilitator_app.services.live import LiveRun, pending_resume
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.database import Database, open_database
from tests.timing.fakes import START, Room

WEATHER = [
    {"key": "silence", "name": {"fr": "Silence", "en": "Silence"}, "seconds": 60},
    {"key": "share", "name": {"fr": "Partage", "en": "Sharing"}, "seconds": 120, "rounds": 2},
]


@pytest.fixture
def workshop(db: Database) -> dict[str, int]:
    workshop_id = create_workshop(
        db, "Séminaire de direction", first_day=date(2026, 3, 11), start_time=time(9, 0)
    )
    with db.reading() as session:
        first_day = session.scalars(select(Workshop)).one().days[0].id
    second_day = agenda.add_day(db, workshop_id, date=START.date(), start_time=time(14, 0))
    ids = {
        "workshop": workshop_id,
        "first_day": first_day,
        "day": second_day,
        "weather": agenda.add_item(
            db, second_day, title="Météo", duration_minutes=5, phases=WEATHER
        ),
        "break": agenda.add_item(db, second_day, kind="break", title="Pause", duration_minutes=15),
        "closing": agenda.add_item(db, second_day, title="Clôture", duration_minutes=10),
        "opening": agenda.add_item(db, first_day, title="Accueil", duration_minutes=30),
    }
    return ids


def live(db: Database, workshop: dict[str, int], room: Room) -> LiveRun:
    return LiveRun(db, workshop["workshop"], clock=room.clock, wall=room.wall, tz=UTC)


def saved(db: Database, workshop_id: int) -> RunState | None:
    with db.reading() as session:
        row = session.get(RunState, workshop_id)
        if row is not None:
            session.expunge(row)
        return row


def logs(db: Database) -> list[tuple[int, int, int, float | None]]:
    with db.reading() as session:
        rows = session.scalars(select(PhaseLog).order_by(PhaseLog.id))
        return [
            (
                r.item_id,
                r.phase_index,
                r.round_index,
                (r.ended_at - r.started_at).total_seconds() if r.ended_at else None,
            )
            for r in rows
        ]


def item_times(db: Database, item_id: int):
    with db.reading() as session:
        item = session.get(AgendaItem, item_id)
        return item.actual_start, item.actual_end


def test_the_run_opens_on_todays_day_and_its_first_item(db, workshop) -> None:
    run = live(db, workshop, Room())
    assert run.day.id == workshop["day"]
    assert [i.title for i in run.items] == ["Météo", "Pause", "Clôture"]
    assert run.current_item.id == workshop["weather"]
    assert run.items[1].planned_start == time(14, 5)
    run.select_day(workshop["first_day"])
    assert [i.title for i in run.items] == ["Accueil"]


def test_without_a_day_for_today_the_first_day_is_chosen(db, workshop) -> None:
    room = Room()
    room.jump_wall(86400 * 30)
    assert live(db, workshop, room).day.id == workshop["first_day"]


def test_every_operation_is_saved_and_announced(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    heard: list[Change] = []
    db.changes.subscribe(heard.append)
    assert saved(db, workshop["workshop"]) is None
    run.start()
    row = saved(db, workshop["workshop"])
    assert row.item_id == workshop["weather"] and row.state["engine"]["running"]
    room.pass_time(20)
    run.pause()
    assert saved(db, workshop["workshop"]).state["engine"]["elapsed"] == 20
    run.add_seconds(60)
    assert saved(db, workshop["workshop"]).state["engine"]["adjustments"] == {"0": 60}
    run.toggle()
    assert saved(db, workshop["workshop"]).state["engine"]["running"]
    assert heard == [Change("run", workshop["workshop"])] * 4


def test_phase_logs_and_actual_times_are_recorded(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start()
    assert item_times(db, workshop["weather"]) == (START, None)
    room.pass_time(70)
    run.next_step()
    room.pass_time(110)
    run.next_step()
    assert logs(db) == [
        (workshop["weather"], 0, 0, 70.0),
        (workshop["weather"], 1, 0, 110.0),
        (workshop["weather"], 1, 1, None),
    ]
    room.pass_time(130)
    run.next_step()  # one press on the last step ends the item and moves on, running
    assert item_times(db, workshop["weather"]) == (START, START + timedelta(seconds=310))
    assert logs(db)[2][3] == 130.0
    assert run.current_item.id == workshop["break"]
    assert run.snapshot().running
    assert item_times(db, workshop["break"])[0] == START + timedelta(seconds=310)


def test_moving_to_the_next_item_closes_the_one_that_ran(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start()
    room.pass_time(30)
    run.next_item()
    assert item_times(db, workshop["weather"])[1] == START + timedelta(seconds=30)
    assert run.current_item.id == workshop["break"] and run.snapshot().running


def test_break_shows_when_people_are_back(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start_item(workshop["break"])
    assert run.current_item.kind == "break"
    assert run.break_end() == time(8, 45)  # started 8h30 (UTC), 15 minutes
    run.add_seconds(60)
    assert run.break_end() == time(8, 46)
    run.previous_item()
    run.next_item(start=False)
    assert run.break_end() == time(14, 20)  # not started: the planned start, 14h05 + 15


def test_an_interrupted_run_is_offered_and_resumed_after_reopening(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start()
    room.pass_time(70)
    run.next_step()
    room.pass_time(30)
    run.add_seconds(60)
    location = db.location
    db.close()  # the lid closes, the laptop reboots
    room.reboot(240)
    reopened = open_database(location)
    try:
        info = pending_resume(reopened, workshop["workshop"], wall=room.wall)
        assert info is not None
        assert (info.item_title, info.step_index, info.round_index) == ("Météo", 1, 0)
        assert info.step_name["fr"] == "Partage" and info.was_running
        assert info.away_seconds == 240
        assert info.remaining == pytest.approx(180 - 30 - 240)
        run = LiveRun.resume(reopened, workshop["workshop"], clock=room.clock, wall=room.wall)
        snap = run.snapshot()
        assert run.resumed is not None and run.resumed.away_seconds == 240
        assert (snap.step_index, snap.running, snap.elapsed) == (1, True, 270)
        room.pass_time(10)
        run.next_step()
        assert len(logs(reopened)) == 3  # the open row was closed, not duplicated
        assert logs(reopened)[1][3] == 280
    finally:
        reopened.close()


def test_nothing_to_resume_before_a_start(db, workshop) -> None:
    run = live(db, workshop, Room())
    assert pending_resume(db, workshop["workshop"]) is None
    run.next_item()  # only browsing: nothing ran
    assert pending_resume(db, workshop["workshop"]) is None


def test_skipping_the_last_item_unstarted_does_not_end_the_workshop(db, workshop) -> None:
    run = live(db, workshop, Room())
    run.start_item(workshop["closing"])
    run.previous_item()
    run.next_item(start=False)
    run.next_item()
    with db.reading() as session:
        assert session.get(Workshop, workshop["workshop"]).ended_at is None


def test_the_end_of_the_last_item_of_the_last_day_ends_the_workshop(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start_item(workshop["closing"])
    room.pass_time(600)
    run.next_step()
    assert saved(db, workshop["workshop"]) is None
    assert pending_resume(db, workshop["workshop"]) is None
    with db.reading() as session:
        assert session.get(Workshop, workshop["workshop"]).ended_at is not None


def test_the_end_of_another_day_leaves_the_workshop_open(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.select_day(workshop["first_day"])
    run.start()
    room.pass_time(60)
    run.finish_item()
    assert saved(db, workshop["workshop"]) is None
    with db.reading() as session:
        assert session.get(Workshop, workshop["workshop"]).ended_at is None


def test_finishing_on_request_clears_the_run_and_ends_the_workshop(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start()
    room.pass_time(60)
    run.finish()
    assert saved(db, workshop["workshop"]) is None
    assert item_times(db, workshop["weather"])[1] == START + timedelta(seconds=60)
    with db.reading() as session:
        assert session.get(Workshop, workshop["workshop"]).ended_at is not None


def test_declining_to_resume_closes_the_item_when_it_was_last_saved(db, workshop) -> None:
    from facilitator_app.services.live import discard_resume

    room = Room()
    run = live(db, workshop, room)
    run.start()
    room.pass_time(70)
    run.next_step()
    room.reboot(600)
    discard_resume(db, workshop["workshop"], wall=room.wall)
    assert pending_resume(db, workshop["workshop"]) is None
    assert item_times(db, workshop["weather"]) == (START, START + timedelta(seconds=70))
    assert all(duration is not None for *_, duration in logs(db))


def test_the_agenda_changed_by_the_planner_is_read_again_keeping_the_timer(db, workshop) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start_item(workshop["break"])
    room.pass_time(30)
    agenda.add_item(db, workshop["day"], title="Énergiseur", duration_minutes=5, position=0)
    run.reload()
    assert [i.title for i in run.items][:2] == ["Énergiseur", "Météo"]
    assert run.current_item.id == workshop["break"]
    assert run.snapshot().elapsed == 30 and run.snapshot().running
    assert run.current_item.is_break


def test_after_a_failed_save_the_next_one_writes_everything_due(db, workshop, monkeypatch) -> None:
    room = Room()
    run = live(db, workshop, room)
    run.start()
    room.pass_time(70)
    working = db.transaction

    @contextmanager
    def disk_full():  # the rows are flushed (ids taken), then the commit fails
        with working() as session:
            yield session
            session.flush()
            raise OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )

    monkeypatch.setattr(db, "transaction", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        run.next_step()
    monkeypatch.setattr(db, "transaction", working)
    assert logs(db) == [(workshop["weather"], 0, 0, None)]  # nothing of it reached the disk
    room.pass_time(110)
    run.next_step()
    room.pass_time(130)
    run.next_step()  # the last step ends: the item is over and the break begins
    assert logs(db) == [
        (workshop["weather"], 0, 0, 70.0),
        (workshop["weather"], 1, 0, 110.0),
        (workshop["weather"], 1, 1, 130.0),
        (workshop["break"], 0, 0, None),
    ]
    assert item_times(db, workshop["weather"]) == (START, START + timedelta(seconds=310))
    with db.reading() as session:
        ids = list(session.scalars(select(PhaseLog.id).order_by(PhaseLog.id)))
    assert saved(db, workshop["workshop"]).state["log_ids"] == ids[3:]  # the break's own
