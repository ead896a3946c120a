"""Privacy: one person removed from every workshop in one action, what they produced kept
anonymous or removed as the user chooses; everything the app holds about them exported."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from facilitator_app import models
from facilitator_app.errors import UserError
from facilitator_app.services import operations, participants, privacy, workshops
from facilitator_app.storage.database import Database


@pytest.fixture
def two_workshops(db: Database) -> dict[str, int]:
    """Chloé (same e-mail, her name typed differently) in two workshops, Driss in one."""
    first = workshops.create_workshop(db, "Séminaire de printemps")
    second = workshops.create_workshop(db, "Séminaire d'automne")
    chloe = participants.add_participant(db, first, "Chloé Martin", email="chloe@mairie.fr")
    again = participants.add_participant(db, second, "chloé  martin", email="Chloe@Mairie.fr")
    driss = participants.add_participant(db, first, "Driss")
    with db.transaction() as s:
        s.add(models.Card(workshop_id=first, text="Plus de pauses", author="Chloé Martin"))
        s.add(models.Card(workshop_id=first, text="Moins de slides", author="Driss"))
        s.add(models.Vote(workshop_id=second, subject="Option A", voter="Chloé Martin"))
        s.add(models.ActionItem(workshop_id=second, what="Relancer", who="Chloé Martin"))
        s.add(
            models.SatisfactionResponse(
                workshop_id=first, participant_id=chloe, criterion="Rythme", rating=4
            )
        )
    return {"first": first, "second": second, "chloe": chloe, "again": again, "driss": driss}


def _rows(db: Database, model: type) -> list[SimpleNamespace]:
    with db.reading() as s:
        columns = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
        rows = s.scalars(select(model).order_by(model.id))  # type: ignore[attr-defined]
        return [SimpleNamespace(**{c: getattr(r, c) for c in columns}) for r in rows]


def test_the_same_person_is_found_in_every_workshop(db, two_workshops):
    found = privacy.records_of(db, two_workshops["again"])
    assert sorted(r["participant_id"] for r in found) == sorted(
        [two_workshops["chloe"], two_workshops["again"]]
    )


def test_forgetting_keeps_her_contributions_anonymous(db, two_workshops):
    removed = privacy.forget_person(db, two_workshops["chloe"])
    assert removed == 2
    names = [p.name for p in _rows(db, models.Participant)]
    assert names == ["Driss"]
    cards = {c.text: c.author for c in _rows(db, models.Card)}
    assert cards == {"Plus de pauses": "", "Moins de slides": "Driss"}
    assert [v.voter for v in _rows(db, models.Vote)] == [""]
    assert [a.who for a in _rows(db, models.ActionItem)] == [""]
    assert [(s.participant_id, s.rating) for s in _rows(db, models.SatisfactionResponse)] == [
        (None, 4)
    ]


def test_forgetting_may_remove_what_she_wrote(db, two_workshops):
    privacy.forget_person(db, two_workshops["chloe"], outputs="remove")
    assert [c.text for c in _rows(db, models.Card)] == ["Moins de slides"]
    assert _rows(db, models.Vote) == []
    assert _rows(db, models.SatisfactionResponse) == []
    assert [a.what for a in _rows(db, models.ActionItem)] == ["Relancer"]  # only named there


def test_forgetting_is_one_undoable_operation(db, two_workshops):
    applied = privacy.forget_person.apply(db, two_workshops["chloe"])
    assert applied.label.text("en") == "remove “Chloé Martin” everywhere"
    operations.undo(db, applied)
    assert len(_rows(db, models.Participant)) == 3
    assert {c.author for c in _rows(db, models.Card)} == {"Chloé Martin", "Driss"}


def test_an_unknown_choice_is_refused(db, two_workshops):
    with pytest.raises(UserError):
        privacy.forget_person(db, two_workshops["chloe"], outputs="shred")


def test_her_data_is_exported_as_one_json_document(db, two_workshops):
    data = privacy.person_data(db, two_workshops["chloe"])
    text = json.dumps(data, ensure_ascii=False)
    assert {r["workshop"] for r in data["rosters"]} == {
        "Séminaire de printemps",
        "Séminaire d'automne",
    }
    kinds = sorted(c["kind"] for c in data["contributions"])
    assert kinds == ["action_item", "card", "vote"]
    assert data["answers"] == [{"criterion": "Rythme", "rating": 4, "comment": ""}]
    assert "Driss" not in text and "Moins de slides" not in text


def test_what_she_said_in_a_decision_round_loses_her_name(db, two_workshops):
    with db.transaction() as s:
        decision = models.Decision(workshop_id=two_workshops["first"], title="Adopter")
        s.add(decision)
        s.flush()
        s.add(
            models.DecisionEntry(
                decision_id=decision.id,
                part="reaction",
                participant_id=two_workshops["chloe"],
                author="Chloé Martin",
                text="D'accord",
            )
        )
    assert [c["kind"] for c in privacy.person_data(db, two_workshops["chloe"])[
        "contributions"
    ]].count("decision_entry") == 1
    privacy.forget_person(db, two_workshops["chloe"])
    [entry] = _rows(db, models.DecisionEntry)
    assert (entry.author, entry.participant_id, entry.text) == ("", None, "D'accord")


def test_her_evaluation_forms_are_in_her_export_and_anonymous_once_she_is_forgotten(
    db, two_workshops
):
    from datetime import date

    from facilitator_app.services import evaluation

    sheet = evaluation.save_sheet(
        db, two_workshops["first"], participant_id=two_workshops["chloe"],
        returned_on=date(2026, 11, 30), ratings={"overall": 4},
    )
    evaluation.save_sheet(db, two_workshops["first"], participant_id=two_workshops["driss"])
    data = privacy.person_data(db, two_workshops["again"])  # found from her other roster line
    assert data["evaluation_forms"] == [
        {"workshop": "Séminaire de printemps", "number": 1, "returned_on": "2026-11-30"}
    ]
    privacy.forget_person(db, two_workshops["chloe"])
    kept = {s.id: s for s in _rows(db, models.EvaluationSheet)}
    assert kept[sheet].participant_id is None  # the form still counts, without her name
    assert len(kept) == 2


def test_what_she_sent_from_her_phone_is_hers_too(db, two_workshops):
    """A phone signs with the name and its number (the door's label): forgetting her takes
    that signature off too, and her export lists it."""
    from facilitator_app.phones.door import Phone

    signed = Phone(token="t", number=12, name="Chloé Martin").label
    assert signed != "Chloé Martin"
    with db.transaction() as s:
        s.add(models.Card(workshop_id=two_workshops["first"], text="Au téléphone", author=signed))
        s.add(models.Card(workshop_id=two_workshops["first"], text="Autre", author="Driss · 3"))
    texts = [c["text"] for c in privacy.person_data(db, two_workshops["chloe"])["contributions"]]
    assert "Au téléphone" in texts and "Autre" not in texts
    privacy.forget_person(db, two_workshops["chloe"])
    authors = {c.text: c.author for c in _rows(db, models.Card)}
    assert authors["Au téléphone"] == "" and authors["Autre"] == "Driss · 3"
