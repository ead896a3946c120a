"""Retention periods: an old workshop loses its contact details and the names on its outputs
after the first period, its roster and attendance after the second; recent workshops,
templates and a period of 0 keep everything."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from facilitator_app import models
from facilitator_app.services import attendance, participants, workshops
from facilitator_app.services.retention import months_before, purge_personal_data
from facilitator_app.storage.database import Database

TODAY = date(2027, 6, 15)


def _rows(db: Database, model: type) -> list[SimpleNamespace]:
    with db.reading() as s:
        columns = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
        rows = s.scalars(select(model).order_by(model.id))  # type: ignore[attr-defined]
        return [SimpleNamespace(**{c: getattr(r, c) for c in columns}) for r in rows]


def _workshop(db: Database, title: str, first_day: date, *, template: bool = False) -> int:
    workshop_id = workshops.create_workshop(
        db, title, first_day=first_day, is_template=template
    )
    person = participants.add_participant(
        db, workshop_id, f"Anne de {title}", email="anne@ville.fr", notes="végétarienne"
    )
    with db.reading() as s:
        day_id = s.get_one(models.Workshop, workshop_id).days[0].id
    attendance.set_attendance(db, person, day_id, "am", "present")
    with db.transaction() as s:
        s.add(models.Card(workshop_id=workshop_id, text="Idée", author=f"Anne de {title}"))
    return workshop_id


@pytest.fixture
def three(db: Database) -> dict[str, int]:
    return {
        "old": _workshop(db, "2025", date(2025, 3, 10)),
        "recent": _workshop(db, "2027", date(2027, 5, 3)),
        "template": _workshop(db, "modèle", date(2020, 1, 6), template=True),
    }


def test_a_month_back_keeps_the_day_or_the_months_last():
    assert months_before(date(2027, 6, 15), 12) == date(2026, 6, 15)
    assert months_before(date(2027, 3, 31), 1) == date(2027, 2, 28)
    assert months_before(date(2027, 1, 10), 13) == date(2025, 12, 10)


def test_contact_details_and_names_on_outputs_go_after_the_first_period(db, three):
    reached = purge_personal_data(db, personal_data_months=12, today=TODAY)
    assert reached == 1
    people = {p.workshop_id: p for p in _rows(db, models.Participant)}
    old = people[three["old"]]
    assert (old.name, old.email, old.notes) == ("Anne de 2025", "", "")
    assert people[three["recent"]].email == "anne@ville.fr"
    assert people[three["template"]].email == "anne@ville.fr"
    cards = {c.workshop_id: c.author for c in _rows(db, models.Card)}
    assert cards[three["old"]] == "" and cards[three["recent"]] == "Anne de 2027"
    assert len(_rows(db, models.Attendance)) == 3  # the sheets still hold


def test_the_roster_and_attendance_go_after_the_second_period(db, three):
    # 2025-03-10 is 15 months before 2026-06-15: not yet 24.
    purge_personal_data(db, attendance_months=24, today=date(2026, 6, 15))
    assert len(_rows(db, models.Participant)) == 3
    reached = purge_personal_data(db, personal_data_months=12, attendance_months=24, today=TODAY)
    assert reached == 1
    assert sorted(p.workshop_id for p in _rows(db, models.Participant)) == sorted(
        [three["recent"], three["template"]]
    )
    assert len(_rows(db, models.Attendance)) == 2
    assert [c.text for c in _rows(db, models.Card)] == ["Idée", "Idée", "Idée"]  # outputs stay


def test_zero_keeps_everything(db, three):
    assert purge_personal_data(db, today=TODAY) == 0
    assert {p.email for p in _rows(db, models.Participant)} == {"anne@ville.fr"}
