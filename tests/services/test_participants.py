"""The roster's named operations: add, edit, remove with undo, import all-or-nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.models import AgendaItem, Attendance, Day, RoleAssignment
from facilitator_app.roster import RosterPerson, read_roster_text
from facilitator_app.services import groups as groups_service
from facilitator_app.services import operations, workshops
from facilitator_app.services import participants as service


@pytest.fixture
def workshop(db):
    return workshops.create_workshop(db, "Forum", first_day=date(2026, 3, 2))


def test_add_edit_and_list_publishes_changes(db, workshop):
    seen: list[Change] = []
    db.changes.subscribe(seen.append)
    person = service.add_participant(db, workshop, "  Cécile   Dupré ", organisation="Mairie")
    previous = service.update_participant(db, person, category="elected", email="c@x.fr")
    assert previous == {"category": "agent", "email": ""}
    row = service.list_participants(db, workshop)[0]
    assert (row.name, row.organisation, row.category, row.email) == (
        "Cécile Dupré",
        "Mairie",
        "elected",
        "c@x.fr",
    )
    assert [c.area for c in seen] == ["participants", "participants"]
    assert all(c.workshop_id == workshop for c in seen)


@pytest.mark.parametrize(
    "values", [{"name": "  "}, {"category": "vip"}, {"shoe_size": "42"}, {"name": "x" * 201}]
)
def test_bad_values_are_refused_and_nothing_changes(db, workshop, values):
    person = service.add_participant(db, workshop, "Ann")
    with pytest.raises(UserError):
        service.update_participant(db, person, **values)
    assert service.get_participant(db, person).name == "Ann"


def test_remove_then_undo_brings_back_attendance_groups_and_roles(db, workshop):
    ann = service.add_participant(db, workshop, "Ann")
    bob = service.add_participant(db, workshop, "Bob")
    with db.transaction() as session:
        day = session.scalars(select(Day).where(Day.workshop_id == workshop)).one()
        session.add(Attendance(participant_id=ann, day_id=day.id, half_day="am", status="present"))
    group_set = groups_service.save_group_set(db, workshop, [[ann, bob]])
    with db.transaction() as session:
        item = AgendaItem(day_id=day.id, title="Codev")
        item.roles.append(RoleAssignment(role="scribe", participant_id=ann))
        session.add(item)

    removed = service.remove_participants.apply(db, [ann])
    assert [p.name for p in service.list_participants(db, workshop)] == ["Bob"]
    assert groups_service.list_group_sets(db, workshop)[0].groups[0].member_ids == (bob,)

    operations.undo(db, removed)
    assert [p.id for p in service.list_participants(db, workshop)] == [ann, bob]
    assert groups_service.list_group_sets(db, workshop)[0].groups[0].member_ids == (ann, bob)
    with db.reading() as session:
        assert session.scalars(select(Attendance.participant_id)).all() == [ann]
        assert session.scalars(select(RoleAssignment.participant_id)).all() == [ann]
    assert group_set


def test_import_adds_everyone_in_one_transaction(db, workshop):
    ids = service.import_participants(
        db, workshop, [RosterPerson("Ann", "Mairie"), RosterPerson("Bob", category="elected")]
    )
    assert [p.id for p in service.list_participants(db, workshop)] == ids


def test_import_is_all_or_nothing(db, workshop):
    people = [RosterPerson("Ann"), RosterPerson("Bob", category="vip")]
    with pytest.raises(UserError):
        service.import_participants(db, workshop, people)
    assert service.list_participants(db, workshop) == []


def test_what_the_preview_accepts_the_import_takes_and_overlong_rows_are_named(db, workshop):
    long_org = "Communauté " + "x" * 300
    text = (
        "Nom;Organisation;Fonction;Email\n"
        f"{'Dupré ' * 40};Mairie;DGS;\n"  # a 240-character name
        "Ann;Mairie;DGS;ann@x.fr\n"
        f"Bob;{long_org};;\n"
        f"{'C' * 200};{'o' * 300};{'f' * 300};{'e' * 310}@mairie.fr\n"  # every field at its limit
    )
    preview = read_roster_text(text)
    assert preview.messages() == [
        "line 2: the name is longer than 200 characters",
        "line 4: the organisation is longer than 300 characters",
    ]
    assert [r.line for r in preview.unreadable] == [2, 4]
    ids = service.import_participants(db, workshop, preview.people())
    assert [p.name[:3] for p in service.list_participants(db, workshop)] == ["Ann", "CCC"]
    assert len(ids) == 2
