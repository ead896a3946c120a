"""Attendance sheets: one per day with the action's title, place, date, the times, modules and
trainer of each half-day; a cell per participant per half-day, struck where the person was
absent or had gone; blank rows for late registrations, unused rows struck, the stamp box."""

from __future__ import annotations

from datetime import date

from facilitator_app.reports.make import ReportRequest, make_report
from facilitator_app.services import participants, workshops
from facilitator_app.services.reports.attendance import ABSENT, DROPPED, SIGN, attendance_data
from tests.reports.helpers import (
    LONG_NAME,
    diagonals,
    embedded_fonts,
    make_training,
    pdf_pages,
    pdf_text,
)


def _sheets(db, tmp_path, workshop_id, **options):
    request = ReportRequest("attendance", **options)
    [path] = make_report(db, workshop_id, request, tmp_path / "emargement.pdf")
    return path


def test_one_page_per_day_with_the_facts_a_training_body_files(db, tmp_path):
    training = make_training(db)
    path = _sheets(db, tmp_path, training.workshop)
    pages = [" ".join(p.replace("\u00a0", " ").split()) for p in pdf_pages(path)]
    assert len(pages) == 2
    for number, (page, day) in enumerate(
        zip(pages, ("2 mars 2026", "3 mars 2026"), strict=True), start=1
    ):
        assert "Feuille d’émargement" in page
        assert "Action de formation : Management de la coopération" in page
        assert f"Jour {number} — {day} — Nancy, salle Érable" in page
        assert "Matin 9h00–12h30" in page and "Après-midi 14h00–17h00" in page
        assert "Les fondements · Analyse des dynamiques" in page
        assert "Stratégies de mise en place" in page
        assert "Signature du formateur ou de la formatrice" in page
        assert "Cachet de l’organisme" in page and f"Page {number} sur 2" in page
        for name in ("Émilie Durand", "Zoé Faure", "Jean-Marc Œuvray", LONG_NAME):
            assert page.count(name) == 1, name
        # The trainer signs in the trainer's box, not among the participants.
        assert page.count("Florence Mensah") == 1
        assert page.count("Inscription tardive") == 3
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(path)


def test_absences_departures_and_drop_outs_strike_their_cells(db, tmp_path):
    training = make_training(db)
    data = attendance_data(db, training.workshop)
    day1, day2 = data.days
    rows1 = {r.name: r for r in day1.rows}
    rows2 = {r.name: r for r in day2.rows}
    assert [c.state for c in rows1["Zoé Faure"].cells] == [ABSENT, SIGN]
    assert rows1["Jean-Marc Œuvray"].cells[1].arrived_at is not None
    assert rows2["Émilie Durand"].cells[1].left_at is not None
    assert [c.state for c in rows2[LONG_NAME].cells] == [DROPPED, DROPPED]
    path = _sheets(db, tmp_path, training.workshop)
    # Day 1: Zoé's morning and the block of unused rows; day 2: two dropped-out cells and
    # the block of unused rows.
    assert diagonals(path) == [2, 3]
    text = pdf_text(path)
    assert text.count("Absent(e)") == 1 and text.count("Abandon") == 2
    assert "Arrivée à 14h30" in text and "Départ à 16h00" in text


def test_the_half_days_after_a_departure_are_struck(db, tmp_path):
    from datetime import time

    from facilitator_app.services import attendance

    training = make_training(db)
    person = training.people["Zoé Faure"]
    attendance.set_attendance(db, person, training.day2, "am", "present", left_at=time(11, 0))
    attendance.set_attendance(db, person, training.day2, "pm", "unknown")
    day2 = attendance_data(db, training.workshop).days[1]
    [zoe] = [r for r in day2.rows if r.name == "Zoé Faure"]
    assert [c.state for c in zoe.cells] == [SIGN, "struck"]
    assert diagonals(_sheets(db, tmp_path, training.workshop))[1] == 4


def test_a_long_list_runs_over_several_pages_and_names_each_person_once(db, tmp_path):
    training = make_training(db)
    for n in range(40):
        participants.add_participant(db, training.workshop, f"Agent {n:02d} Lefèvre")
    path = _sheets(db, tmp_path, training.workshop)
    pages = pdf_pages(path)
    assert len(pages) >= 4
    text = pdf_text(path)
    for n in range(40):
        assert text.count(f"Agent {n:02d} Lefèvre") == 2  # once on each day's sheet
    assert "Feuille d’émargement (suite)" in text
    assert all("Cachet de l’organisme" in page for page in pages)


def test_in_english_and_for_a_workshop_that_is_not_a_training(db, tmp_path):
    wid = workshops.create_workshop(db, "Forum", first_day=date(2026, 5, 4))
    participants.add_participant(db, wid, "Ana")
    path = _sheets(db, tmp_path, wid, language="en")
    text = pdf_text(path)
    assert "Attendance sheet" in text and "Workshop: Forum" in text
    assert "Day 1 — 4 May 2026" in text and "Page 1 of 1" in text
