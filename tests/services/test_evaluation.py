"""The evaluation: quiz questions, paper forms typed in whole (again over a mistake), and what
the form asks (the workshop's objectives, the standard criteria)."""

from __future__ import annotations

import pytest

from facilitator_app.errors import UserError
from facilitator_app.services import evaluation, workshops
from tests.reports.helpers import make_training


def test_the_form_asks_the_objectives_then_the_standard_criteria(db):
    training = make_training(db)
    plan = evaluation.form_plan(db, training.workshop)
    assert plan.objectives == (
        "Comprendre les concepts de coopération.",
        "Acquérir des compétences de facilitation.",
    )
    assert plan.rated[:3] == ("objective:1", "objective:2", "organisation")
    assert plan.questions[0].text == "Que favorise la coopération ?"


def test_a_workshop_without_bullets_has_its_first_paragraph_as_objective():
    assert evaluation.objectives_of("Mieux coopérer.\n\nDétails") == ["Mieux coopérer."]
    assert evaluation.objectives_of("") == []
    assert evaluation.objectives_of("1. Un\n2) Deux\n- Trois") == ["Un", "Deux", "Trois"]


def test_a_form_typed_again_replaces_what_it_held_and_quiz_answers_are_marked(db):
    training = make_training(db)
    wid = training.workshop
    sheet = evaluation.save_sheet(
        db, wid, ratings={"overall": 2, "content": 3}, quiz={training.question: [0]}
    )
    evaluation.save_sheet(
        db,
        wid,
        sheet_id=sheet,
        participant_id=training.people["Zoé Faure"],
        ratings={"overall": 4},
        comments={"liked": "Les échanges"},
        quiz={training.question: [1]},
    )
    [typed] = evaluation.list_sheets(db, wid)
    assert typed.number == 1 and typed.participant == "Zoé Faure"
    assert typed.ratings == {"overall": 4}
    assert typed.comments == {"liked": "Les échanges"}
    assert typed.quiz == {training.question: (1,)}
    second = evaluation.save_sheet(db, wid)
    assert [s.number for s in evaluation.list_sheets(db, wid)] == [1, 2]
    evaluation.remove_sheet(db, second)
    assert len(evaluation.list_sheets(db, wid)) == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"ratings": {"overall": 5}}, "from 1 to 4"),
        ({"ratings": {"objective:9": 3}}, "no criterion"),
        ({"comments": {"other": "x"}}, "no open question"),
        ({"quiz": {999: [0]}}, "no question"),
    ],
)
def test_a_mistyped_form_is_refused_and_nothing_is_saved(db, values, message):
    training = make_training(db)
    with pytest.raises(UserError, match=message):
        evaluation.save_sheet(db, training.workshop, **values)
    assert evaluation.list_sheets(db, training.workshop) == []


def test_a_question_needs_two_choices_and_a_right_answer(db):
    wid = workshops.create_workshop(db, "Quiz")
    with pytest.raises(UserError):
        evaluation.add_question(db, wid, "Seule ?", ["Oui"], [0])
    with pytest.raises(UserError):
        evaluation.add_question(db, wid, "Laquelle ?", ["A", "B"], [])
    question = evaluation.add_question(db, wid, "Laquelle ?", [" A ", "B", ""], [1])
    assert evaluation.form_plan(db, wid).questions[0].choices == ("A", "B")
    evaluation.update_question(db, question, "Laquelle donc ?", ["A", "B", "C"], [2])
    assert evaluation.form_plan(db, wid).questions[0].correct == (2,)
