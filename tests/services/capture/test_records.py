"""Weather, desert island, portrait, co-development, actions, photos and attendance."""

from __future__ import annotations

from datetime import date, time

import pytest

from facilitator_app.errors import UserError
from facilitator_app.services.capture import actions, attendance, codev, photos, records
from tests.services.capture.conftest import Room

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def test_one_weather_per_person_their_second_turn_replaces_the_first(room: Room):
    anne = room.people["Anne"]
    records.set_weather(room.db, room.workshop, room.wall, "sun", participant_id=anne)
    records.set_weather(
        room.db,
        room.workshop,
        room.wall,
        "fog",
        participant_id=anne,
        comment="on en parle mais on sait pas comment faire",
    )
    records.set_weather(room.db, room.workshop, room.wall, "rain", author="Mairie")
    found = records.records_of(room.db, room.workshop, room.wall, "weather")
    assert [(r.author, r["weather"]) for r in found] == [("Anne", "fog"), ("Mairie", "rain")]
    with pytest.raises(UserError):
        records.set_weather(room.db, room.workshop, room.wall, "snow", participant_id=anne)
    with pytest.raises(UserError):
        records.set_weather(room.db, room.workshop, room.wall, "sun")  # whose?


def test_desert_island_objects_then_the_shared_kit(room: Room):
    knife = records.add_object(
        room.db,
        room.workshop,
        room.wall,
        "un couteau suisse",
        participant_id=room.people["Bruno"],
        group_label="T1",
    )
    records.add_object(
        room.db, room.workshop, room.wall, "briquet", reason="pour se réchauffer", group_label="T1"
    )
    records.edit_record(room.db, knife, {"kit": True})
    found = records.records_of(room.db, room.workshop, room.wall, "desert_island")
    assert [(r["object"], r["kit"]) for r in found] == [
        ("un couteau suisse", True),
        ("briquet", False),
    ]
    with pytest.raises(UserError):
        records.edit_record(room.db, knife, {"colour": "red"})  # no such field


def test_portrait_traits_under_headings_then_the_composite(room: Room):
    records.add_trait(room.db, room.workshop, room.wall, "Curieux", heading="head")
    records.add_trait(room.db, room.workshop, room.wall, "Un groupe qui ose", composite=True)
    found = records.records_of(room.db, room.workshop, room.wall, "portrait")
    assert [(r["heading"], r["composite"]) for r in found] == [("head", False), ("", True)]


def test_a_codev_series_proposes_who_has_not_been_client(room: Room):
    db, people = room.db, room.people
    first = codev.start_session(
        db, room.workshop, room.wall, participant_id=people["Anne"], problem="Une équipe démotivée"
    )
    codev.edit_session(db, first, contract="Des pistes pour remobiliser")
    codev.add_entry(db, first, "question", "Depuis quand ?")  # no author: confidential
    codev.add_entry(db, first, "suggestion", "Un point hebdomadaire", author="Bruno")
    codev.add_entry(
        db,
        first,
        "plan",
        "Lancer un point hebdo",
        resources="30 min",
        due="fin mars",
        indicator="présence",
        follow_up=date(2026, 4, 1),
    )
    codev.add_entry(
        db, first, "learning", "Écouter avant de proposer", participant_id=people["Chloé"]
    )
    with pytest.raises(UserError):
        codev.add_entry(db, first, "question", "Et ?", resources="non")
    second = codev.start_session(db, room.workshop, room.vote, participant_id=people["Bruno"])
    series = codev.sessions(db, room.workshop)
    assert [(s.number, s.client) for s in series] == [(1, "Anne"), (2, "Bruno")]
    assert [e["text"] for e in series[0].part("plan")] == ["Lancer un point hebdo"]
    assert series[0].part("plan")[0]["follow_up"] == "2026-04-01"
    assert series[0].part("question")[0].author == ""
    assert [name for _pid, name in codev.next_clients(db, room.workshop)] == ["Chloé", "Driss"]
    records.remove_record(db, first)  # the session and its entries
    assert [s.id for s in codev.sessions(db, room.workshop)] == [second]


def test_actions_with_a_date_or_a_horizon_and_a_status(room: Room):
    dated = actions.add_action(
        room.db, room.workshop, room.wall, "Écrire la charte", who="Anne", due_on=date(2026, 4, 1)
    )
    actions.add_action(
        room.db, room.workshop, room.wall, "Tester la pause déjeuner", due_text="d'ici 6 mois"
    )
    actions.edit_action(room.db, dated, status="done")
    plan = actions.action_plan(room.db, room.workshop)
    assert [(a.what, a.status, a.due_text) for a in plan] == [
        ("Écrire la charte", "done", ""),
        ("Tester la pause déjeuner", "open", "d'ici 6 mois"),
    ]
    with pytest.raises(UserError):
        actions.edit_action(room.db, dated, status="finished")


def test_photos_are_images_we_know_within_the_size_limit(room: Room, monkeypatch):
    from facilitator_app.capture import limits

    photo = photos.add_photo(room.db, room.workshop, room.wall, PNG, caption="Paperboard")
    [view] = photos.photos_of(room.db, room.workshop, room.wall)
    assert (view.media_type, view.size) == ("image/png", len(PNG))
    assert photos.photo_content(room.db, photo) == PNG
    with pytest.raises(UserError):
        photos.add_photo(room.db, room.workshop, room.wall, b"GIF89a....")
    monkeypatch.setattr(limits, "PHOTO_BYTES", 50)
    with pytest.raises(UserError):
        photos.add_photo(room.db, room.workshop, room.wall, JPEG)


def test_attendance_with_a_late_arrival_in_the_afternoon(room: Room):
    anne, bruno = room.people["Anne"], room.people["Bruno"]
    attendance.mark(room.db, anne, room.day, "am", "present")
    assert attendance.record_arrival(room.db, bruno, room.day, time(14, 10)) == "pm"
    assert attendance.record_departure(room.db, anne, room.day, time(11, 30)) == "am"
    with pytest.raises(UserError):
        attendance.record_departure(room.db, bruno, room.day, time(14, 0))  # before arriving
    attendance.mark(room.db, room.people["Chloé"], room.day, "am", "excused")
    rows = {r.name: r for r in attendance.sheet(room.db, room.workshop, room.day)}
    assert rows["Anne"].am.status == "present" and rows["Anne"].am.left_at == time(11, 30)
    assert rows["Bruno"].pm.arrived_at == time(14, 10) and rows["Bruno"].am.status == "unknown"
    assert rows["Chloé"].am.status == "excused"
    assert [r.name for r in attendance.matching(list(rows.values()), "chl")] == ["Chloé"]
    assert [r.name for r in attendance.matching(list(rows.values()), "")] == list(rows)
