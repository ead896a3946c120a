"""Group sets: planned from the roster (optionally only those present), stored, re-mixed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.models import Attendance, Day
from facilitator_app.roster import RosterPerson
from facilitator_app.services import groups as service
from facilitator_app.services import operations, participants, workshops


@pytest.fixture
def workshop(db):
    workshop_id = workshops.create_workshop(db, "World Café", first_day=date(2026, 3, 2))
    participants.import_participants(
        db,
        workshop_id,
        [RosterPerson(f"Person {i}", organisation=f"Org {i % 4}") for i in range(20)],
    )
    return workshop_id


def test_plan_store_and_list_a_group_set(db, workshop):
    seen: list[Change] = []
    db.changes.subscribe(seen.append)
    plan = service.plan_groups(db, workshop, size=5, spread=["organisation"], seed=1)
    assert [len(g) for g in plan.groups] == [5, 5, 5, 5]
    set_id = service.save_group_set(
        db, workshop, plan.groups, name="Café 1", labels=["T1", "T2", "T3", "T4"]
    )
    [stored] = service.list_group_sets(db, workshop)
    assert (stored.id, stored.name, stored.round_index, stored.people) == (set_id, "Café 1", 0, 20)
    assert [g.label for g in stored.groups] == ["T1", "T2", "T3", "T4"]
    assert stored.groups[0].member_names[0].startswith("Person")
    assert stored.groups[0].member_organisations[0].startswith("Org")
    assert stored.repeated_pairs == 0
    assert seen == [Change("groups", workshop, (set_id,))]


def test_next_round_avoids_the_pairs_of_earlier_rounds(db, workshop):
    first = service.plan_groups(db, workshop, size=5, seed=1)
    service.save_group_set(db, workshop, first.groups)
    random_next = service.plan_groups(db, workshop, size=5, seed=2)
    remix = service.plan_groups(db, workshop, size=5, avoid_repeats=True, seed=2)
    assert remix.repeated_pairs < random_next.repeated_pairs
    service.save_group_set(db, workshop, remix.groups)
    sets = service.list_group_sets(db, workshop)
    assert [s.round_index for s in sets] == [0, 1]
    assert sets[1].repeated_pairs == remix.repeated_pairs
    assert len(service.history(db, workshop)) == 2


def test_only_people_present_are_grouped(db, workshop):
    people = participants.list_participants(db, workshop)
    with db.transaction() as session:
        day = session.scalars(select(Day).where(Day.workshop_id == workshop)).one()
        for person in people[:6]:
            session.add(
                Attendance(participant_id=person.id, day_id=day.id, half_day="pm", status="present")
            )
        session.add(
            Attendance(participant_id=people[6].id, day_id=day.id, half_day="pm", status="absent")
        )
    present = service.present_ids(db, workshop, day.id, "pm")
    assert present == {p.id for p in people[:6]}
    plan = service.plan_groups(db, workshop, size=2, only=present, seed=1)
    assert sorted(i for g in plan.groups for i in g) == sorted(present)
    with pytest.raises(UserError, match="nobody"):
        service.plan_groups(db, workshop, size=2, only=set(), seed=1)


def test_delete_and_undo_a_group_set(db, workshop):
    plan = service.plan_groups(db, workshop, count=3, seed=4)
    set_id = service.save_group_set(db, workshop, plan.groups, name="Trios")
    before = service.list_group_sets(db, workshop)
    deleted = service.delete_group_set.apply(db, set_id)
    assert service.list_group_sets(db, workshop) == []
    operations.undo(db, deleted)
    assert service.list_group_sets(db, workshop) == before


def test_storing_someone_twice_or_a_stranger_is_refused(db, workshop):
    ids = [p.id for p in participants.list_participants(db, workshop)]
    with pytest.raises(UserError):
        service.save_group_set(db, workshop, [[ids[0], ids[1]], [ids[1]]])
    other = workshops.create_workshop(db, "Other")
    stranger = participants.add_participant(db, other, "Stranger")
    with pytest.raises(UserError):
        service.save_group_set(db, workshop, [[ids[0], stranger]])
    assert service.list_group_sets(db, workshop) == []
