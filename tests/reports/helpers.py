"""A two-day training as a training body runs it, through the services: a lunch each day,
people with accents, one without organisation, one with a 40-character name, attendance with
an absence, a late arrival and a departure at 16h on day 2, a quiz, typed evaluation forms, a
drop-out; and the text of a PDF for the tests to read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from facilitator_app.services import agenda, attendance, evaluation, participants, workshops
from facilitator_app.storage.database import Database

LONG_NAME = "Marie-Françoise de La Tour-d’Auvergne Ép"  # 40 characters
assert len(LONG_NAME) == 40


@dataclass
class Training:
    workshop: int
    day1: int
    day2: int
    people: dict[str, int]
    question: int


def make_training(db: Database) -> Training:
    wid = workshops.create_workshop(
        db,
        "Management de la coopération",
        first_day=date(2026, 3, 2),
        organiser="CNFPT Grand Est",
        venue="Nancy, salle Érable",
        facilitators="Florence Mensah",
        objective=(
            "Objectifs de la formation :\n"
            "• Comprendre les concepts de coopération.\n"
            "• Acquérir des compétences de facilitation."
        ),
        training_nature="training",
        representative="Claire Dupont, directrice",
        signature_place="Nancy",
    )
    day1 = workshops.get_outline(db, wid).days[0].id
    day2 = agenda.add_day(db, wid, date=date(2026, 3, 3))
    for day in (day1, day2):
        # 9h00-12h30 (a 15-minute break at 10h30), lunch 12h30-14h00, 14h00-17h00.
        agenda.add_item(db, day, title="Les fondements", duration_minutes=90)
        agenda.add_item(db, day, title="Pause", kind="break", duration_minutes=15)
        agenda.add_item(db, day, title="Analyse des dynamiques", duration_minutes=105)
        agenda.add_item(db, day, title="Déjeuner", kind="meal", duration_minutes=90)
        agenda.add_item(db, day, title="Stratégies de mise en place", duration_minutes=180)
    people = {}
    for name, organisation in (
        ("Émilie Durand", "Mairie de Saint-Ouen"),
        ("Zoé Faure", "Conseil départemental"),
        ("Jean-Marc Œuvray", ""),
        (LONG_NAME, "Communauté d’agglomération"),
    ):
        people[name] = participants.add_participant(db, wid, name, organisation=organisation)
    people["Florence Mensah"] = participants.add_participant(
        db, wid, "Florence Mensah", category="trainer"
    )
    for name in ("Émilie Durand", "Zoé Faure", "Jean-Marc Œuvray", LONG_NAME):
        for day in (day1, day2):
            for half in ("am", "pm"):
                attendance.set_attendance(db, people[name], day, half, "present")
    attendance.set_attendance(db, people["Zoé Faure"], day1, "am", "absent")
    attendance.set_attendance(
        db, people["Jean-Marc Œuvray"], day1, "pm", "present", arrived_at=time(14, 30)
    )
    attendance.set_attendance(
        db, people["Émilie Durand"], day2, "pm", "present", left_at=time(16, 0)
    )
    attendance.record_dropout(db, people[LONG_NAME], date(2026, 3, 2), "Mutation imprévue")
    attendance.set_attendance(db, people[LONG_NAME], day2, "am", "unknown")
    attendance.set_attendance(db, people[LONG_NAME], day2, "pm", "unknown")
    question = evaluation.add_question(
        db, wid, "Que favorise la coopération ?", ["La concurrence", "La confiance"], [1]
    )
    evaluation.add_question(db, wid, "Combien d’étapes au co-développement ?", ["4", "6"], [1])
    return Training(wid, day1, day2, people, question)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    """The words of a PDF, every run of spaces and line breaks as one space."""
    return " ".join("\n".join(pdf_pages(path)).replace("\u00a0", " ").split())


_LINE = re.compile(rb"(-?[\d.]+) (-?[\d.]+) m (-?[\d.]+) (-?[\d.]+) l S")


def diagonals(path: Path) -> list[int]:
    """Per page, how many strokes go from a lower left to an upper right corner: the struck
    cells and rows (grid lines are horizontal or vertical)."""
    counts = []
    for page in PdfReader(str(path)).pages:
        data = page.get_contents().get_data()
        count = 0
        for x1, y1, x2, y2 in _LINE.findall(data):
            if float(x2) > float(x1) and float(y2) > float(y1):
                count += 1
        counts.append(count)
    return counts


def embedded_fonts(path: Path) -> set[str]:
    """The names of the fonts whose file travels inside the PDF."""
    found = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found.add(str(font["/BaseFont"]).split("+")[-1])
    return found
