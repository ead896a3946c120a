"""A consent decision and an election without candidates, as sociocracy runs them (seed 004)."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.errors import UserError
from facilitator_app.services.capture import decisions, elections
from tests.services.capture.conftest import Room


def test_a_consent_round_from_proposal_to_adopted_amended(room: Room):
    db, people = room.db, room.people
    decision = decisions.add_decision(
        db, room.workshop, room.circle, "Horaires du forum", proposal="Ouvrir à 9h"
    )
    decisions.add_entry(
        db, decision, "clarification", "Et le samedi ?", participant_id=people["Bruno"]
    )
    decisions.add_entry(db, decision, "reaction", "Bonne idée")  # who said it: optional
    decisions.set_position(db, decision, "consent", participant_id=people["Anne"])
    decisions.set_position(
        db, decision, "concern", participant_id=people["Bruno"], reason="Les trains"
    )
    with pytest.raises(UserError):
        decisions.set_position(db, decision, "objection", participant_id=people["Chloé"])
    decisions.set_position(
        db,
        decision,
        "objection",
        participant_id=people["Chloé"],
        reason="Trop tôt pour les familles",
    )
    view = decisions.get_decision(db, decision)
    assert view.stances() == {"consent": 1, "concern": 1, "objection": 1}
    [objection] = view.open_objections
    assert (objection.author, objection.status) == ("Chloé", "open")
    with pytest.raises(UserError):  # an open objection blocks the adoption
        decisions.set_outcome(db, decision, "adopted")
    decisions.amend_proposal(db, decision, "Ouvrir à 9h30")
    decisions.edit_objection(
        db, objection.id, status="integrated", integration="Ouverture décalée d'une demi-heure"
    )
    decisions.set_outcome(
        db, decision, "amended", decided_on=date(2026, 3, 2), review_on=date(2026, 9, 1)
    )
    view = decisions.get_decision(db, decision)
    assert view.versions == ("Ouvrir à 9h", "Ouvrir à 9h30")
    assert view.current_proposal == "Ouvrir à 9h30"
    assert (view.outcome, view.review_on) == ("amended", date(2026, 9, 1))
    assert view.objections[0].integration.startswith("Ouverture")


def test_a_second_answer_replaces_the_first_and_consenting_withdraws_the_objection(room: Room):
    db = room.db
    decision = decisions.add_decision(db, room.workshop, room.circle, "Budget")
    decisions.set_position(db, decision, "objection", author="Invité", reason="Trop cher")
    decisions.set_position(db, decision, "consent", author="Invité")
    view = decisions.get_decision(db, decision)
    assert [e.stance for e in view.part("position")] == ["consent"]
    assert [o.status for o in view.objections] == ["withdrawn"]
    decisions.set_outcome(db, decision, "adopted")


def test_a_review_before_the_decision_is_refused(room: Room):
    decision = decisions.add_decision(room.db, room.workshop, room.circle, "X")
    with pytest.raises(UserError):
        decisions.set_outcome(
            room.db, decision, "adopted", decided_on=date(2026, 3, 2), review_on=date(2026, 1, 1)
        )


def test_the_register_lists_every_decision_in_agenda_order(room: Room):
    later = decisions.add_decision(room.db, room.workshop, room.circle, "Plus tard")
    sooner = decisions.add_decision(room.db, room.workshop, room.wall, "D'abord")
    election = elections.add_election(room.db, room.workshop, room.vote, "Facilitateur")
    assert [d.id for d in decisions.register(room.db, room.workshop)] == [
        sooner,
        election,
        later,
    ]


def test_an_election_without_candidates(room: Room):
    db, people = room.db, room.people
    election = elections.add_election(
        db,
        room.workshop,
        room.circle,
        "Second lien",
        term="1 an",
        asks="Porter la voix du cercle au cercle général",
    )
    elections.nominate(db, election, "Anne", participant_id=people["Bruno"], reason="Elle écoute")
    elections.nominate(db, election, "Driss", participant_id=people["Chloé"])
    elections.nominate(db, election, "Anne", nominator="Driss", reason="Disponible")
    elections.nominate(
        db,
        election,
        "Anne",
        participant_id=people["Chloé"],
        change=True,
        reason="Convaincue par les arguments",
    )
    view = decisions.get_decision(db, election)
    assert elections.nominations(view) == {"Anne": 3}
    elections.propose_candidate(db, election, "Anne", reason="Trois désignations")
    view = decisions.get_decision(db, election)
    assert elections.answer_order(view, ["Anne", "Bruno", "Chloé"]) == ["Bruno", "Chloé", "Anne"]
    for name in ("Bruno", "Chloé"):
        elections.answer(db, election, "consent", participant_id=people[name])
    elections.answer(db, election, "consent", participant_id=people["Anne"])
    with pytest.raises(UserError):
        elections.set_result(db, election, "elected")  # who?
    elections.set_result(db, election, "elected", elected="Anne", decided_on=date(2026, 3, 2))
    view = decisions.get_decision(db, election)
    assert view.details["result"] == "elected" and view.details["elected"] == "Anne"
    assert view.outcome == "adopted"
    assert view.stances("consent")["consent"] == 3
    assert decisions.decisions_of(db, room.workshop, room.circle, elections=True)[0].id == election
    assert decisions.decisions_of(db, room.workshop, room.circle) == []


def test_an_entry_sent_twice_is_stored_once(room: Room):
    decision = decisions.add_decision(room.db, room.workshop, room.circle, "X")
    first = decisions.add_entry(room.db, decision, "reaction", "Oui", uid="e-1")
    again = decisions.add_entry(room.db, decision, "reaction", "Oui", uid="e-1")
    assert first == again
    assert len(decisions.get_decision(room.db, decision).entries) == 1
