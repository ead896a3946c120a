"""Certificates of completion on the ministry's model, with the hours actually attended; the
attestation de fin de formation with the quiz result only when there is a quiz."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.errors import UserError
from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.services import evaluation, workshops
from facilitator_app.services.reports.certificates import certificate_data
from tests.reports.helpers import LONG_NAME, embedded_fonts, make_training, pdf_pages

MADE_ON = date(2026, 3, 4)


def _pages(path):
    return [" ".join(p.replace("\u00a0", " ").split()) for p in pdf_pages(path)]


def test_hours_come_from_the_attendance_not_the_plan(db):
    training = make_training(db)
    data = certificate_data(db, training.workshop)
    hours = {c.name: c.attended_minutes for c in data.certificates}
    assert data.planned_minutes == 2 * (90 + 105 + 180)
    assert hours == {
        "Émilie Durand": 750 - 60,  # left at 16h on day 2
        "Jean-Marc Œuvray": 750 - 30,  # arrived at 14h30 on day 1
        "Zoé Faure": 750 - 195,  # absent on the morning of day 1
        LONG_NAME: 375,  # dropped out after day 1
    }
    assert "Florence Mensah" not in hours  # the trainer gets no certificate


def test_one_page_each_on_the_ministry_model(db, tmp_path):
    training = make_training(db)
    request = ReportRequest("certificates", made_on=MADE_ON)
    [path] = make_report(db, training.workshop, request, tmp_path / "certificats.pdf")
    pages = _pages(path)
    assert len(pages) == 4
    emilie = next(p for p in pages if "Émilie Durand" in p)
    for fact in (
        "CERTIFICAT DE RÉALISATION",
        "Je soussigné(e) Claire Dupont, directrice, représentant légal du dispensateur",
        "CNFPT Grand Est",
        "salarié(e) de Mairie de Saint-Ouen",
        "a suivi l’action Management de la coopération",
        "☒ action de formation",
        "☐ bilan de compétences",
        "☐ action de validation des acquis de l’expérience",
        "☐ action de formation par apprentissage",
        "qui s’est déroulée du 2 mars 2026 au 3 mars 2026",
        "pour une durée de 11h30 effectivement suivie (sur 12h30 prévues)",
        "Fait à Nancy, le 4 mars 2026",
        "Cachet et signature du responsable du dispensateur de formation",
    ):
        assert fact in emilie, fact
    jean_marc = next(p for p in pages if "Jean-Marc Œuvray" in p)
    assert "salarié(e) de ……………………" in jean_marc  # no organisation: to fill by hand
    assert "pour une durée de 12h effectivement suivie" in jean_marc
    assert any(LONG_NAME in p for p in pages)
    assert "DejaVuSans" in embedded_fonts(path)


def test_the_nature_ticked_is_the_workshops(db, tmp_path):
    training = make_training(db)
    workshops.update_workshop(db, training.workshop, training_nature="skills_review")
    [path] = make_report(db, training.workshop, ReportRequest("certificates"), tmp_path / "c.pdf")
    page = _pages(path)[0]
    assert "☐ action de formation" in page and "☒ bilan de compétences" in page


def test_the_attestation_gives_the_objectives_and_the_quiz_result(db, tmp_path):
    training = make_training(db)
    second = evaluation.form_plan(db, training.workshop).questions[1].id
    evaluation.save_sheet(
        db,
        training.workshop,
        participant_id=training.people["Zoé Faure"],
        quiz={training.question: [1], second: [0]},
    )
    request = ReportRequest("certificates", attestation=True, made_on=MADE_ON)
    [path] = make_report(db, training.workshop, request, tmp_path / "c.pdf")
    pages = _pages(path)
    assert len(pages) == 8
    zoe = next(p for p in pages if "ATTESTATION DE FIN DE FORMATION" in p and "Zoé Faure" in p)
    assert "Comprendre les concepts de coopération." in zoe
    assert "Durée : 12h30 prévues, 9h15 suivies" in zoe
    assert "1 bonne réponse sur 2 au questionnaire final" in zoe
    emilie = next(p for p in pages if "ATTESTATION" in p and "Émilie Durand" in p)
    assert "n’a pas répondu au questionnaire final" in emilie


def test_without_a_quiz_the_attestation_says_nothing_of_an_assessment(db, tmp_path):
    training = make_training(db)
    for question in evaluation.form_plan(db, training.workshop).questions:
        evaluation.remove_question(db, question.id)
    request = ReportRequest("certificates", attestation=True)
    [path] = make_report(db, training.workshop, request, tmp_path / "c.pdf")
    assert "Évaluation des acquis" not in " ".join(_pages(path))


def test_one_file_per_participant(db, tmp_path):
    training = make_training(db)
    request = ReportRequest("certificates", per_participant=True)
    written = make_report(db, training.workshop, request, tmp_path / "certificats")
    assert [p.name for p in written] == [
        "001 Émilie Durand.pdf",
        "002 Jean-Marc Œuvray.pdf",
        f"003 {LONG_NAME}.pdf",
        "004 Zoé Faure.pdf",
    ]
    assert all(len(pdf_pages(p)) == 1 for p in written)


def test_a_workshop_that_is_not_a_training_gets_no_certificates(db, tmp_path):
    wid = workshops.create_workshop(db, "Forum")
    with pytest.raises(UserError, match="training action"):
        make_report(db, wid, ReportRequest("certificates"), tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
