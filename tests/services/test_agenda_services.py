"""Agenda services: each operation is one transaction that returns what it replaced."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from facilitator_app.agenda import Overlap
from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.models import Participant
from facilitator_app.services import agenda, attendance, operations, workshops
from facilitator_app.storage.database import Database


@pytest.fixture
def workshop(db: Database) -> tuple[int, int]:
    workshop_id = workshops.create_workshop(db, "Atelier", start_time=time(14, 35))
    day_id = workshops.get_outline(db, workshop_id).days[0].id
    return workshop_id, day_id


def titles(db: Database, day_id: int) -> list[str]:
    return [item.title for item in agenda.day_agenda(db, day_id).items]


def add_people(db: Database, workshop_id: int, names: list[str]) -> list[int]:
    with db.transaction() as session:
        people = [Participant(workshop_id=workshop_id, name=name) for name in names]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def test_the_world_cafe_afternoon_reads_with_its_clock_times(db: Database, workshop) -> None:
    _, day_id = workshop
    for title, minutes, kind in [
        ("Rotation 1", 20, "activity"),
        ("Rotation 2", 25, "activity"),
        ("Pause", 20, "break"),
        ("Rotation 3", 25, "activity"),
        ("Restitution", 5, "plenary"),
    ]:
        agenda.add_item(db, day_id, title=title, duration_minutes=minutes, kind=kind)
    day = agenda.day_agenda(db, day_id)
    assert [(i.start_time, i.end_time) for i in day.items][2] == (time(15, 20), time(15, 40))
    assert day.end_time == time(16, 10)
    assert day.schedule.working_minutes == 75


def test_add_item_publishes_an_agenda_change(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    seen: list[Change] = []
    db.changes.subscribe(seen.append)
    agenda.add_item(db, day_id, title="A", duration_minutes=10)
    assert seen == [Change("agenda", workshop_id)]


def test_add_item_at_a_position_inserts_it_there(db: Database, workshop) -> None:
    _, day_id = workshop
    agenda.add_item(db, day_id, title="A", duration_minutes=10)
    agenda.add_item(db, day_id, title="B", duration_minutes=10)
    agenda.add_item(db, day_id, title="C", duration_minutes=10, position=1)
    assert titles(db, day_id) == ["A", "C", "B"]


def test_bad_kind_or_duration_is_refused(db: Database, workshop) -> None:
    _, day_id = workshop
    with pytest.raises(UserError):
        agenda.add_item(db, day_id, title="A", duration_minutes=-1)
    with pytest.raises(UserError):
        agenda.add_item(db, day_id, title="A", duration_minutes=5, kind="party")


def test_move_returns_where_the_item_was_so_undo_puts_it_back(db: Database, workshop) -> None:
    _, day_id = workshop
    ids = [agenda.add_item(db, day_id, title=t, duration_minutes=5) for t in "ABC"]
    before = agenda.move_item(db, ids[0], 2)
    assert titles(db, day_id) == ["B", "C", "A"]
    agenda.move_item(db, ids[0], before[1], before[0])
    assert titles(db, day_id) == ["A", "B", "C"]


def test_an_item_moves_to_another_day(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    other = agenda.add_day(db, workshop_id, title="Jour 2")
    item = agenda.add_item(db, day_id, title="A", duration_minutes=5)
    assert agenda.move_item(db, item, 0, other) == (day_id, 0)
    assert titles(db, day_id) == [] and titles(db, other) == ["A"]


def test_a_new_duration_rescales_the_phases_and_undo_gives_them_back(
    db: Database, workshop
) -> None:
    _, day_id = workshop
    phases = [{"key": "a", "seconds": 60}, {"key": "b", "seconds": 540}]
    item = agenda.add_item(db, day_id, title="A", duration_minutes=10, phases=phases)
    previous = agenda.update_item(db, item, duration_minutes=20)
    assert [p["seconds"] for p in agenda.day_agenda(db, day_id).items[0].phases] == [120, 1080]
    agenda.update_item(db, item, **previous)
    view = agenda.day_agenda(db, day_id).items[0]
    assert view.duration_minutes == 10 and view.phases == phases


def test_removed_item_comes_back_with_its_id_place_and_roles(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    (anne,) = add_people(db, workshop_id, ["Anne"])
    ids = [agenda.add_item(db, day_id, title=t, duration_minutes=5) for t in "ABC"]
    agenda.set_role(db, ids[1], "scribe", participant_id=anne)
    removed = agenda.remove_item.apply(db, ids[1])
    assert titles(db, day_id) == ["A", "C"]
    operations.undo(db, removed)
    restored = agenda.day_agenda(db, day_id).items[1]
    assert restored.id == ids[1] and restored.roles[0].holder == "Anne"


def test_pinned_lunch_overlap_is_in_the_read_model(db: Database, workshop) -> None:
    _, day_id = workshop
    agenda.update_day(db, day_id, start_time=time(9, 0))
    agenda.add_item(db, day_id, title="Matin", duration_minutes=240)
    lunch = agenda.add_item(db, day_id, title="Déjeuner", duration_minutes=60, kind="meal")
    agenda.update_item(db, lunch, pinned_start=time(12, 30))
    assert agenda.day_agenda(db, day_id).items[1].gap == Overlap(30)


def test_days_are_added_edited_removed_and_restored(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    second = agenda.add_day(db, workshop_id, date=date(2026, 3, 3), title="Jour 2")
    agenda.add_item(db, second, title="A", duration_minutes=30)
    previous = agenda.update_day(db, second, start_time=time(8, 30), venue="Salle B")
    assert previous == {"start_time": time(9, 0), "venue": ""}
    removed = agenda.remove_day.apply(db, second)
    assert [d.id for d in agenda.workshop_agenda(db, workshop_id).days] == [day_id]
    operations.undo(db, removed)
    days = agenda.workshop_agenda(db, workshop_id).days
    assert [d.title for d in days] == ["", "Jour 2"]
    assert days[1].venue == "Salle B" and days[1].items[0].title == "A"


def test_the_last_day_cannot_be_removed(db: Database, workshop) -> None:
    with pytest.raises(UserError):
        agenda.remove_day(db, workshop[1])


def test_workshop_totals_count_working_time_across_days(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    days = [day_id] + [agenda.add_day(db, workshop_id) for _ in range(3)]
    for day in days:
        for n in range(3):
            agenda.add_item(db, day, title=f"Module {n}", duration_minutes=120)
        agenda.add_item(db, day, title="Déjeuner", duration_minutes=60, kind="meal", position=2)
    totals = agenda.workshop_agenda(db, workshop_id).totals
    assert totals.working_minutes == 24 * 60 and totals.total_minutes == 28 * 60


def test_roles_rotate_so_each_rotation_has_a_new_scribe_and_timekeeper(
    db: Database, workshop
) -> None:
    workshop_id, day_id = workshop
    add_people(db, workshop_id, ["Anne", "Célia", "Paul", "Zoé"])
    ids = [agenda.add_item(db, day_id, title=f"Rotation {n}", duration_minutes=20) for n in (1, 2)]
    agenda.set_role(db, ids[0], "table_host", person_name="Tous")
    rotated = agenda.rotate_roles.apply(db, ids)
    items = agenda.day_agenda(db, day_id).items
    holders = [{r.role: r.holder for r in item.roles} for item in items]
    assert holders[0]["table_host"] == "Tous"
    assert {holders[0]["scribe"], holders[0]["timekeeper"]}.isdisjoint(
        {holders[1]["scribe"], holders[1]["timekeeper"]}
    )
    operations.undo(db, rotated)
    assert [len(i.roles) for i in agenda.day_agenda(db, day_id).items] == [1, 0]


def test_a_role_holder_from_another_workshop_is_refused(db: Database, workshop) -> None:
    _, day_id = workshop
    other = workshops.create_workshop(db, "Autre")
    (stranger,) = add_people(db, other, ["Max"])
    item = agenda.add_item(db, day_id, title="A", duration_minutes=5)
    with pytest.raises(UserError):
        agenda.set_role(db, item, "scribe", participant_id=stranger)


def test_lateness_is_projected_from_the_actual_times(db: Database, workshop) -> None:
    _, day_id = workshop
    agenda.update_day(db, day_id, date=date(2026, 3, 2), start_time=time(9, 0))
    first = agenda.add_item(db, day_id, title="A", duration_minutes=30)
    agenda.add_item(db, day_id, title="B", duration_minutes=30)
    with db.transaction() as session:
        from facilitator_app.models import AgendaItem

        item = session.get(AgendaItem, first)
        item.actual_start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        item.actual_end = datetime(2026, 3, 2, 9, 45, tzinfo=UTC)
    now = datetime(2026, 3, 2, 9, 45, tzinfo=UTC)
    projection = agenda.project_day(db, day_id, now, UTC)
    assert projection.delay_minutes == 15


def test_a_day_seen_on_another_date_is_described_as_it_last_ran(db: Database, workshop) -> None:
    _, day_id = workshop
    agenda.update_day(db, day_id, date=date(2026, 3, 2), start_time=time(9, 0))
    first = agenda.add_item(db, day_id, title="A", duration_minutes=30)
    agenda.add_item(db, day_id, title="B", duration_minutes=30)
    with db.transaction() as session:
        from facilitator_app.models import AgendaItem

        item = session.get(AgendaItem, first)
        item.actual_start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        item.actual_end = datetime(2026, 3, 2, 9, 45, tzinfo=UTC)
    a_week_later = datetime(2026, 3, 9, 16, 0, tzinfo=UTC)
    projection = agenda.project_day(db, day_id, a_week_later, UTC)
    assert projection.delay_minutes == 15  # not a week's worth of lateness


def test_a_method_goes_on_the_agenda_in_the_workshops_language(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    workshops.update_workshop(db, workshop_id, language="en")
    item_id = agenda.add_tool_item(db, day_id, "1-2-4-all")
    [item] = agenda.day_agenda(db, day_id).items
    assert item.id == item_id and item.title == "1-2-4-All" and item.tool_id == "1-2-4-all"
    assert sum(p["seconds"] * p.get("rounds", 1) for p in item.phases) == 60 * item.duration_minutes


def test_a_weather_check_in_gives_one_turn_per_person_present(db: Database, workshop) -> None:
    workshop_id, day_id = workshop
    people = add_people(db, workshop_id, ["Anne", "Bruno", "Chloé", "Driss", "Emma"])
    item_id = agenda.add_tool_item(db, day_id, "weather-check-in")  # nobody marked: the roster
    turns = next(p for p in agenda.day_agenda(db, day_id).items[0].phases if p["rounds_follow"])
    assert turns["rounds"] == 5
    for person in people[:3]:
        attendance.set_attendance(db, person, day_id, "am", "present")
    agenda.remove_item(db, item_id)
    agenda.add_tool_item(db, day_id, "weather-check-in")
    turns = next(p for p in agenda.day_agenda(db, day_id).items[0].phases if p["rounds_follow"])
    assert turns["rounds"] == 3
    assert agenda.day_agenda(db, day_id).items[0].duration_minutes * 60 >= sum(
        p["seconds"] * p["rounds"] for p in agenda.day_agenda(db, day_id).items[0].phases
    )


def test_troika_gives_one_round_per_client_and_the_world_cafe_a_question_per_round(
    db: Database, workshop
) -> None:
    _, day_id = workshop
    agenda.add_tool_item(db, day_id, "troika-consulting")
    agenda.add_tool_item(db, day_id, "troika-consulting", group_size=4)
    agenda.add_tool_item(db, day_id, "world-cafe")
    troika, quads, cafe = agenda.day_agenda(db, day_id).items
    assert [p["rounds"] for p in troika.phases if p["rounds_follow"]] == [3]
    assert [p["rounds"] for p in quads.phases if p["rounds_follow"]] == [4]
    rotation = next(p for p in cafe.phases if p.get("round_questions"))
    assert rotation["questions"] == [""] * rotation["rounds"]
