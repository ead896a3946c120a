"""The decision register, the group and table lists of a rotation, and the method sheets of
the agenda's methods."""

from __future__ import annotations

from datetime import date

from facilitator_app import models
from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.services import agenda, groups, participants, workshops
from tests.reports.helpers import pdf_pages, pdf_text


def _decisions(db, wid):
    with db.transaction() as s:
        first = models.Decision(
            workshop_id=wid,
            title="Adopter la charte de coopération",
            proposal="Chaque service désigne un référent.",
            amended_proposal="Chaque service désigne un référent, volontaire.",
            outcome="amended",
            decided_on=date(2026, 3, 3),
            details={"review_on": "2026-09-01"},
        )
        first.objections.append(
            models.Objection(
                position=0,
                author="Zoé",
                text="Personne n’est volontaire",
                integration="Le référent est volontaire",
            )
        )
        earlier = models.Decision(
            workshop_id=wid,
            kind="election",
            title="Élire la secrétaire",
            outcome="adopted",
            decided_on=date(2026, 3, 2),
        )
        s.add_all([first, earlier])


def test_the_register_lists_decisions_in_the_order_taken_with_their_objections(db, tmp_path):
    wid = workshops.create_workshop(db, "Gouvernance partagée", first_day=date(2026, 3, 2))
    _decisions(db, wid)
    [path] = make_report(db, wid, ReportRequest("decisions"), tmp_path / "registre.pdf")
    text = pdf_text(path)
    assert text.index("1. Élire la secrétaire") < text.index("2. Adopter la charte")
    for fact in (
        "Registre des décisions",
        "Élection sans candidat · 02/03/2026",
        "Proposition : Chaque service désigne un référent.",
        "Proposition amendée : Chaque service désigne un référent, volontaire.",
        "Issue : amendée et adoptée — À revoir le 1er septembre 2026",
        "Zoé : Personne n’est volontaire",
        "Intégrée : Le référent est volontaire",
    ):
        assert fact in text, fact


def test_an_empty_register_says_so(db, tmp_path):
    wid = workshops.create_workshop(db, "Rien")
    [path] = make_report(db, wid, ReportRequest("decisions", language="en"), tmp_path / "r.pdf")
    assert "No decision was recorded." in pdf_text(path)


def test_a_rotation_prints_each_round_and_who_sits_where(db, tmp_path):
    wid = workshops.create_workshop(db, "World Café")
    ids = [
        participants.add_participant(db, wid, name)
        for name in ("Anne", "Bérénice", "Célia", "Driss")
    ]
    groups.save_group_set(db, wid, [[ids[0], ids[1]], [ids[2], ids[3]]], name="Rotation 1")
    groups.save_group_set(db, wid, [[ids[0], ids[2]], [ids[1], ids[3]]], name="Rotation 2")
    [path] = make_report(db, wid, ReportRequest("groups"), tmp_path / "tables.pdf")
    text = pdf_text(path)
    assert "Rotation 1" in text and "Rotation 2" in text
    assert "Qui est à quelle table" in text
    assert len(pdf_pages(path)) == 2


def test_the_method_sheets_follow_the_agenda(db, tmp_path):
    wid = workshops.create_workshop(db, "Méthodes")
    day = workshops.get_outline(db, wid).days[0].id
    agenda.add_tool_item(db, day, "1-2-4-all")
    agenda.add_tool_item(db, day, "world-cafe")
    agenda.add_tool_item(db, day, "1-2-4-all")
    [path] = make_report(db, wid, ReportRequest("methods"), tmp_path / "fiches.pdf")
    text = pdf_text(path)
    assert text.index("1-2-4-Tous") < text.index("World Café")
    assert text.count("Fiche méthode — 1-2-4-Tous") == 0  # the workshop's header instead
    assert "Méthodes — date à préciser" in text
