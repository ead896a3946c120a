"""An item's steps can be edited: the seed World Café's rotations of 20, 25 and 25 minutes with
a break after the second and a question per rotation; a new length moves the steps within the
method's bounds instead of rescaling all of them; the method's steps can be put back."""

from __future__ import annotations

from datetime import time

from facilitator_app.services import agenda
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.database import Database
from facilitator_app.timing.steps import expand_steps

QUESTIONS = ["D'où vient le projet ?", "De quels moyens disposons-nous ?", "Quels prochains pas ?"]


def cafe(db: Database) -> tuple[int, int]:
    workshop = create_workshop(db, "World Café", start_time=time(14, 35))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    return day, agenda.add_tool_item(db, day, "world-cafe")


def item(db: Database, day: int, item_id: int) -> agenda.ItemView:
    return next(i for i in agenda.day_agenda(db, day).items if i.id == item_id)


def test_the_seed_world_cafe_gets_its_own_rotations_a_break_and_questions(db) -> None:
    day, item_id = cafe(db)
    welcome, rotation, report, harvest = item(db, day, item_id).phases
    rotations = [
        {**rotation, "rounds": 1, "seconds": minutes * 60, "questions": [question]}
        for minutes, question in zip((20, 25, 25), QUESTIONS, strict=True)
    ]
    pause = {
        "key": "pause",
        "name": {"fr": "Pause", "en": "Break"},
        "instructions": {"fr": "", "en": ""},
        "seconds": 20 * 60,
        "grouping": "whole-room",
        "rounds": 1,
    }
    phases = [welcome, rotations[0], rotations[1], pause, rotations[2], report, harvest]
    agenda.set_steps(db, item_id, phases)
    edited = item(db, day, item_id)
    assert edited.duration_minutes == 5 + 20 + 25 + 20 + 25 + 5 + 15
    steps = expand_steps(edited.phases, edited.duration_minutes)
    assert [(s.text("fr")[0], s.planned_seconds // 60, s.question) for s in steps] == [
        ("Accueil", 5, ""),
        ("Rotation", 20, QUESTIONS[0]),
        ("Rotation", 25, QUESTIONS[1]),
        ("Pause", 20, ""),
        ("Rotation", 25, QUESTIONS[2]),
        ("Préparer la restitution", 5, ""),
        ("Récolte en plénière", 15, ""),
    ]


def test_a_new_length_moves_the_steps_within_their_bounds(db) -> None:
    day, item_id = cafe(db)
    agenda.update_item(db, item_id, duration_minutes=75)
    phases = item(db, day, item_id).phases
    assert [p["seconds"] // 60 for p in phases] == [4, 18, 5, 12]  # not 3 rotations of 5:42
    agenda.reset_steps(db, item_id)
    back = item(db, day, item_id)
    assert back.duration_minutes == 85
    assert [p["seconds"] // 60 for p in back.phases] == [5, 20, 5, 15]


def test_questions_follow_the_rounds(db) -> None:
    day, item_id = cafe(db)
    phases = item(db, day, item_id).phases
    phases[1] = {**phases[1], "rounds": 2, "questions": ["Un", "Deux", "Trois"]}
    agenda.set_steps(db, item_id, phases)
    assert item(db, day, item_id).phases[1]["questions"] == ["Un", "Deux"]
