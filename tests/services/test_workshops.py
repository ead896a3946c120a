"""Whole-workshop operations: duplicate copies the plan and roster, never the history."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import func, select

from facilitator_app import models
from facilitator_app.services import agenda, exchange, workshops


def count(db, model, **where) -> int:
    with db.reading() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(session.scalar(query) or 0)


def test_duplicate_copies_the_plan_and_roster_but_not_what_the_room_produced(db):
    source = workshops.create_workshop(
        db, "World Café", venue="Saint-Ouen", start_time=time(14, 35)
    )
    day_id = workshops.get_outline(db, source).days[0].id
    item = agenda.add_item(db, day_id, title="Rotation 1", duration_minutes=20, question="D'où ?")
    with db.transaction() as session:
        anne = models.Participant(workshop_id=source, name="Anne")
        session.add(anne)
        session.flush()
        session.add(models.RoleAssignment(item_id=item, role="scribe", participant_id=anne.id))
        session.add(models.Note(workshop_id=source, item_id=item, text="la collaboration..."))
        session.add(
            models.Attendance(
                participant_id=anne.id, day_id=day_id, half_day="pm", status="present", signed=True
            )
        )
        session.get(models.AgendaItem, item).actual_start = datetime.now(UTC)

    copy = exchange.duplicate_workshop(db, source, "World Café (copie)")

    outline = workshops.get_outline(db, copy)
    assert outline.fields["title"] == "World Café (copie)"
    assert outline.fields["venue"] == "Saint-Ouen"
    [day] = outline.days
    assert day.start_time == time(14, 35)
    assert [(i.title, i.duration_minutes) for i in day.items] == [("Rotation 1", 20)]
    assert [p.name for p in outline.participants] == ["Anne"]
    copied_item = day.items[0].id
    view = agenda.day_agenda(db, day.id)
    assert view.items[0].question == "D'où ?"
    assert [(r.role, r.holder) for r in view.items[0].roles] == [("scribe", "Anne")]
    assert not view.items[0].has_started
    assert count(db, models.Note, item_id=copied_item) == 0
    assert count(db, models.Attendance, day_id=day.id) == 0
    assert count(db, models.Note, workshop_id=source) == 1  # the original keeps its history
