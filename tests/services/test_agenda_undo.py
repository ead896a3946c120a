"""Undoing the removal of a day or an item brings back everything that went with it:
attendance (the signed sheet), phase logs, and the links of outputs, group sets and the run."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

import pytest
from sqlalchemy import inspect, select

from facilitator_app.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Card,
    CardCluster,
    Day,
    Decision,
    GroupSet,
    Note,
    Participant,
    PhaseLog,
    Photo,
    RunState,
    ToolRecord,
    Vote,
)
from facilitator_app.models.base import Base
from facilitator_app.services import agenda, workshops
from facilitator_app.services.agenda.dependents import DAY_OWNED, ITEM_LINKED, ITEM_OWNED
from facilitator_app.storage.database import Database

STARTED = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
TABLES = (Attendance, PhaseLog, Note, Card, CardCluster, Vote, Decision, ActionItem)
TABLES += (ToolRecord, Photo, GroupSet, RunState)


@pytest.fixture
def workshop(db: Database) -> tuple[int, int, int]:
    """A workshop with a second day holding two items and a participant."""
    workshop_id = workshops.create_workshop(db, "Atelier", start_time=time(9, 0))
    second = agenda.add_day(db, workshop_id, title="Jour 2")
    with db.transaction() as session:
        person = Participant(workshop_id=workshop_id, name="Anne")
        session.add(person)
        session.flush()
        person_id = person.id
    return workshop_id, second, person_id


def fill(db: Database, workshop_id: int, day_id: int, item_id: int, person_id: int) -> None:
    """Attendance on the day, and every kind of row that hangs on the item."""
    with db.transaction() as session:
        session.add(
            Attendance(
                participant_id=person_id,
                day_id=day_id,
                half_day="am",
                status="present",
                signed=True,
                arrived_at=time(9, 5),
            )
        )
        session.add(Attendance(participant_id=person_id, day_id=day_id, half_day="pm"))
        session.add(
            PhaseLog(item_id=item_id, phase_index=1, started_at=STARTED, planned_seconds=60)
        )
        cluster = CardCluster(workshop_id=workshop_id, item_id=item_id, name="Idées")
        session.add(cluster)
        session.flush()
        card = Card(workshop_id=workshop_id, item_id=item_id, text="Carte", cluster_id=cluster.id)
        session.add(card)
        session.flush()
        session.add_all(
            [
                Note(workshop_id=workshop_id, item_id=item_id, text="hello"),
                Vote(workshop_id=workshop_id, item_id=item_id, card_id=card.id),
                Decision(workshop_id=workshop_id, item_id=item_id, title="Oui"),
                ActionItem(workshop_id=workshop_id, item_id=item_id, what="Écrire"),
                ToolRecord(
                    workshop_id=workshop_id, item_id=item_id, kind="t", participant_id=person_id
                ),
                Photo(workshop_id=workshop_id, item_id=item_id, content=b"jpg"),
                GroupSet(workshop_id=workshop_id, item_id=item_id, name="Tables"),
                RunState(workshop_id=workshop_id, item_id=item_id, state={"phase": 1}),
            ]
        )


def everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.reading() as session:
        return {
            model.__tablename__: [
                columns(row) for row in session.scalars(select(model).order_by(*pk(model)))
            ]
            for model in TABLES
        }


def columns(row: Base) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs}


def pk(model: type[Base]) -> tuple[Any, ...]:
    return tuple(inspect(model).primary_key)


def test_undoing_a_day_removal_brings_back_attendance_logs_and_links(
    db: Database, workshop
) -> None:
    workshop_id, day_id, person_id = workshop
    agenda.add_item(db, day_id, title="A", duration_minutes=10)
    item_id = agenda.add_item(db, day_id, title="B", duration_minutes=20)
    fill(db, workshop_id, day_id, item_id, person_id)
    before = everything(db)
    assert all(before.values()), before

    snapshot = agenda.remove_day(db, day_id)
    gone = everything(db)
    assert gone["attendance"] == [] and gone["phase_log"] == []
    assert gone["note"][0]["item_id"] is None

    agenda.restore_day(db, snapshot)
    assert everything(db) == before
    titles = [i.title for i in agenda.workshop_agenda(db, workshop_id).days[1].items]
    assert titles == ["A", "B"]


def test_undoing_an_item_removal_brings_back_its_logs_outputs_and_run(
    db: Database, workshop
) -> None:
    workshop_id, day_id, person_id = workshop
    item_id = agenda.add_item(db, day_id, title="A", duration_minutes=10)
    fill(db, workshop_id, day_id, item_id, person_id)
    before = everything(db)

    snapshot = agenda.remove_item(db, item_id)
    assert everything(db)["run_state"][0]["item_id"] is None
    assert agenda.restore_item(db, snapshot) == item_id
    assert everything(db) == before


def test_a_link_changed_after_the_removal_is_left_alone(db: Database, workshop) -> None:
    workshop_id, day_id, person_id = workshop
    item_id = agenda.add_item(db, day_id, title="A", duration_minutes=10)
    other = agenda.add_item(db, day_id, title="B", duration_minutes=10)
    fill(db, workshop_id, day_id, item_id, person_id)
    snapshot = agenda.remove_item(db, item_id)
    with db.transaction() as session:  # the run moved on to another item meanwhile
        session.get(RunState, workshop_id).item_id = other
    agenda.restore_item(db, snapshot)
    assert everything(db)["run_state"][0]["item_id"] == other


def test_every_row_that_points_at_a_day_or_an_item_is_kept_by_the_snapshots() -> None:
    """A new table pointing at days or items must be added to the snapshots, or undo loses it."""
    covered = {m.__tablename__ for m in (*DAY_OWNED, *ITEM_OWNED, *ITEM_LINKED)}
    covered |= {AgendaItem.__tablename__, "role_assignment"}  # rebuilt from the item snapshot
    pointing = {
        table.name
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name in {Day.__tablename__, AgendaItem.__tablename__}
    }
    assert pointing == covered
