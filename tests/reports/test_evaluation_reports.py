"""The evaluation form and the satisfaction report: the indicators the quality standard asks
for, computed from the forms typed in, and printed for the period covered."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.services import evaluation, workshops
from facilitator_app.services.reports.satisfaction import satisfaction_data
from tests.reports.helpers import LONG_NAME, make_training, pdf_pages, pdf_text


def _type_three_forms(db, training):
    second = evaluation.form_plan(db, training.workshop).questions[1].id
    evaluation.save_sheet(
        db,
        training.workshop,
        participant_id=training.people["Émilie Durand"],
        ratings={"overall": 4, "content": 3, "objective:1": 4, "objective:2": 3},
        comments={"liked": "Les échanges entre pairs", "improve": "Plus de pauses"},
        quiz={training.question: [1], second: [1]},
    )
    evaluation.save_sheet(
        db,
        training.workshop,
        ratings={"overall": 2, "content": 2, "objective:1": 2},
        quiz={training.question: [0], second: [1]},
    )
    evaluation.save_sheet(db, training.workshop, ratings={"overall": 3, "objective:1": 3})


def test_the_form_asks_in_the_order_the_typing_screen_follows(db, tmp_path):
    training = make_training(db)
    [path] = make_report(
        db, training.workshop, ReportRequest("evaluation-form"), tmp_path / "q.pdf"
    )
    text = pdf_text(path)
    assert len(pdf_pages(path)) == 1
    order = [
        "Questionnaire n°",
        "1. Que favorise la coopération ?",
        "☐ A. La concurrence",
        "☐ B. La confiance",
        "Objectif 1 — Comprendre les concepts de coopération.",
        "Objectif 2 — Acquérir des compétences de facilitation.",
        "1 Pas du tout satisfait",
        "4 Très satisfait",
        "Satisfaction générale",
        "Ce que vous avez le plus apprécié",
        "Ce qui pourrait être amélioré",
    ]
    positions = [text.index(fact) for fact in order]
    assert positions == sorted(positions)


def test_the_indicators_are_computed_from_the_forms(db):
    training = make_training(db)
    _type_three_forms(db, training)
    data = satisfaction_data(db, training.workshop, made_on=date(2026, 3, 10))
    assert (data.learners, data.forms) == (4, 3)
    assert data.return_rate == pytest.approx(0.75)
    assert data.satisfaction_rate == pytest.approx(2 / 3)  # overall rated 4, 2 and 3
    assert data.dropout_rate == pytest.approx(0.25)
    overall = next(c for c in data.criteria if c.key == "overall")
    assert overall.counts == (0, 1, 1, 1) and overall.average == pytest.approx(3.0)
    assert [o.share_high for o in data.objectives] == [pytest.approx(2 / 3), 1.0]
    assert sorted(data.quiz_scores) == [1, 2]
    assert data.dropouts[0].name == LONG_NAME and data.dropouts[0].reason == "Mutation imprévue"
    assert data.liked == ("Les échanges entre pairs",)


def test_the_report_prints_the_indicators_the_period_and_the_causes(db, tmp_path):
    training = make_training(db)
    _type_three_forms(db, training)
    request = ReportRequest("satisfaction", made_on=date(2026, 3, 10))
    [path] = make_report(db, training.workshop, request, tmp_path / "bilan.pdf")
    text = pdf_text(path)
    for fact in (
        "Bilan de satisfaction",
        "Période couverte : du 2 mars 2026 au 3 mars 2026. Établi le 10 mars 2026.",
        "Qualiopi, indicateurs 2, 11 et 30",
        "Nombre d’apprenants 4",
        "Questionnaires retournés 3",
        "Taux de retour des questionnaires 75 %",
        "67 %",  # the satisfaction rate
        "Taux d’abandon 25 %",
        "Satisfaction générale",
        "3,0 · 3 réponses",  # the average of the overall satisfaction, and its count
        "Objectif 2 — Acquérir des compétences de facilitation. 100 %",
        "Que favorise la coopération ? — 1 bonne réponse sur 2",
        f"{LONG_NAME}, le 2 mars 2026 : Mutation imprévue",
        "Les échanges entre pairs",
        "Plus de pauses",
    ):
        assert fact in text, fact
    # The counts written on the distribution bars: overall rated 2, 3 and 4 once each.
    assert "1 Pas du tout satisfait 2 Peu satisfait 3 Satisfait 4 Très satisfait" in text


def test_a_workshop_with_no_form_yet_gets_a_clean_report(db, tmp_path):
    wid = workshops.create_workshop(db, "Vide")
    [path] = make_report(db, wid, ReportRequest("satisfaction", language="en"), tmp_path / "s.pdf")
    text = pdf_text(path)
    assert "No evaluation form has been typed in yet." in text
    assert "Return rate of the forms —" in text


def test_the_report_says_how_many_forms_came_from_phones(db, tmp_path):
    training = make_training(db)
    _type_three_forms(db, training)
    evaluation.save_sheet(
        db, training.workshop, ratings={"overall": 4}, uid="phone-form-1", origin="phone"
    )
    request = ReportRequest("satisfaction", made_on=date(2026, 3, 10))
    [path] = make_report(db, training.workshop, request, tmp_path / "bilan.pdf")
    assert "Questionnaires retournés 4, dont 1 sur téléphone" in pdf_text(path)
    english = ReportRequest("satisfaction", language="en", made_on=date(2026, 3, 10))
    [path] = make_report(db, training.workshop, english, tmp_path / "report.pdf")
    assert "Forms returned 4, of which 1 on phones" in pdf_text(path)
