"""A workshop with a day, three items and four people, for the capture services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from facilitator_app.services import agenda, participants, workshops
from facilitator_app.storage.database import Database


@dataclass
class Room:
    db: Database
    workshop: int
    day: int
    wall: int  # a 1-2-4-All
    vote: int  # a dot vote on the wall's cards
    circle: int  # a consent decision
    people: dict[str, int]


@pytest.fixture
def room(db: Database) -> Room:
    workshop = workshops.create_workshop(db, "Forum des cadres", first_day=date(2026, 3, 2))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    agenda.update_day(db, day, start_time=time(9, 0))
    wall = agenda.add_tool_item(db, day, "1-2-4-all")
    vote = agenda.add_tool_item(db, day, "dot-voting")
    circle = agenda.add_tool_item(db, day, "consent-decision")
    people = {
        name: participants.add_participant(db, workshop, name)
        for name in ("Anne", "Bruno", "Chloé", "Driss")
    }
    return Room(db, workshop, day, wall, vote, circle, people)
