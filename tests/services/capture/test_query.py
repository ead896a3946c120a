"""capture_of: everything captured in a workshop, as plain data, in the registry's order."""

from __future__ import annotations

from datetime import date, time

import pytest

from facilitator_app.capture import kinds
from facilitator_app.capture.table import csv_text, records_in_words
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.services.capture import (
    actions,
    attendance,
    cards,
    codev,
    decisions,
    elections,
    notes,
    photos,
    records,
    votes,
)
from facilitator_app.services.capture.query import capture_of
from tests.services.capture.conftest import Room

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048


def _everything(room: Room) -> None:
    db, w, p = room.db, room.workshop, room.people
    attendance.mark(db, p["Anne"], room.day, "am", "present")
    records.set_weather(db, w, room.wall, "fog", participant_id=p["Anne"])
    notes.add_note(db, w, room.wall, "Une note", group_label="T1", scribe="Anne")
    a = cards.add_card(db, w, room.wall, "Forum", colour="green")
    b = cards.add_card(db, w, room.wall, "Wiki")
    cards.add_cluster(db, w, room.wall, "Outils", card_ids=[a, b])
    dots = votes.open_session(
        db, w, room.vote, "dot_vote", title="Priorités", source_item_id=room.wall
    )
    votes.set_dots(db, dots, 3, card_id=b)
    score = votes.open_session(db, w, room.vote, "score", title="ROTI")
    votes.set_tally(db, score, "4", 2)
    poll = votes.open_session(db, w, room.circle, "poll", title="D'accord ?")
    votes.set_tally(db, poll, "green", 30)
    decision = decisions.add_decision(db, w, room.circle, "Horaires", proposal="9h")
    decisions.set_position(db, decision, "objection", author="Bruno", reason="Tôt")
    election = elections.add_election(db, w, room.circle, "Second lien", term="1 an")
    elections.nominate(db, election, "Anne", nominator="Bruno")
    session = codev.start_session(db, w, room.wall, participant_id=p["Chloé"], problem="P")
    codev.add_entry(db, session, "plan", "Faire", due="avril")
    records.add_object(db, w, room.wall, "Une graine", reason="Faire pousser")
    records.add_trait(db, w, room.wall, "Curieux", heading="head")
    actions.add_action(db, w, room.wall, "Écrire", due_on=date(2026, 4, 1))
    photos.add_photo(db, w, room.wall, PNG, caption="Mur")


def test_every_kind_in_the_registrys_order_with_its_rows(room: Room):
    _everything(room)
    captured = capture_of(room.db, room.workshop)
    assert [s.kind.id for s in captured.sections] == list(kinds.KINDS_BY_ID)
    counts = {s.kind.id: len(s.rows) for s in captured.sections}
    assert counts == {
        "attendance": 1,
        "weather": 1,
        "note": 1,
        "card": 2,
        "cluster": 1,
        "dot_vote": 1,
        "score": 1,
        "ranking": 2,  # both cards, the one without a vote too
        "poll": 4,  # green, yellow, red, other
        "decision": 4,  # proposal, position, objection, outcome
        "election": 3,  # role, nomination, result
        "codev": 2,  # problem, a step of the plan
        "desert_island": 1,
        "portrait": 1,
        "action": 1,
        "photo": 1,
    }
    for section in captured.sections:
        for row in section.rows:
            assert {c.key for c in section.kind.columns} <= set(row), section.kind.id


def test_rows_read_in_words_in_the_workshops_language(room: Room):
    _everything(room)
    captured = capture_of(room.db, room.workshop)
    assert captured.language == "fr"
    weather = records_in_words(captured.section("weather"), "fr")
    assert weather[0]["weather"] == "Brouillard" and weather[0]["participant"] == "Anne"
    decision = records_in_words(captured.section("decision"), "fr")
    assert [r["part"] for r in decision] == ["Proposition", "Position", "Objection", "Résultat"]
    assert decision[2]["objection_status"] == "Ouverte"
    ranking = records_in_words(captured.section("ranking"), "en")
    assert [(r["rank"], r["option"], r["total"]) for r in ranking] == [
        ("1", "Wiki", "3"),
        ("2", "Forum", "0"),
    ]
    text = csv_text(captured.sections, "fr")
    assert "Météo de la salle" in text and "Brouillard" in text


def test_one_item_one_kind(room: Room):
    _everything(room)
    only = capture_of(room.db, room.workshop, room.circle)
    # The item's outputs, and the attendance of the half-day it belongs to.
    assert {s.kind.id for s in only.sections if s.rows} == {
        "attendance",
        "poll",
        "decision",
        "election",
    }
    [section] = capture_of(room.db, room.workshop, kind="desert-island").sections
    assert section.kind.id == "desert_island"
    morning = capture_of(room.db, room.workshop, room.wall, "attendance").sections[0]
    assert [r["half_day"] for r in morning.rows] == ["am"]  # the item's half-day


def test_an_unknown_workshop_item_or_kind_is_refused(room: Room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    with pytest.raises(NotFoundError):
        capture_of(room.db, 999)
    with pytest.raises(NotFoundError):
        capture_of(room.db, other, room.wall)
    with pytest.raises(UserError):
        capture_of(room.db, room.workshop, kind="rainbow")


def test_an_arrival_time_reads_as_a_clock_time(room: Room):
    attendance.record_arrival(room.db, room.people["Bruno"], room.day, time(14, 10))
    [row] = records_in_words(
        capture_of(room.db, room.workshop, kind="attendance").sections[0], "fr"
    )
    assert (row["half_day"], row["status"], row["arrived_at"]) == ("Après-midi", "Présent", "14:10")
