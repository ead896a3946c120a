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


@dataclass
class Seminar:
    workshop: int
    items: dict[str, int]
    people: dict[str, int]


def make_seminar(db: Database) -> Seminar:
    """A day of the forum through the capture services: the room's weather, notes and cards
    with a dot vote, the audience's coloured cards, a consent decision with an integrated
    objection, the desert island, a portrait, actions, a photo, a co-development session and
    an item where nothing was noted."""
    from facilitator_app.services.capture import (
        actions,
        cards,
        codev,
        decisions,
        notes,
        photos,
        records,
        votes,
    )

    wid = workshops.create_workshop(
        db,
        "Forum de la coopération",
        first_day=date(2026, 6, 4),
        organiser="CNFPT",
        venue="Angers",
        facilitators="Florence Mensah",
        theme="Coopérer entre services",
    )
    day = workshops.get_outline(db, wid).days[0].id
    items = {
        title: agenda.add_item(db, day, title=title, duration_minutes=30, question=question)
        for title, question in (
            ("Météo d’ouverture", "Quelle météo pour la coopération chez vous ?"),
            ("Idées", "Que pourrions-nous essayer dès lundi ?"),
            ("Conférence", ""),
            ("Décision", "Adoptons-nous le consentement ?"),
            ("Île déserte", ""),
            ("Co-développement", ""),
            ("Silence", "Un temps sans trace"),
        )
    }
    people = {n: participants.add_participant(db, wid, n) for n in ("Émilie", "Zoé", "Driss")}
    records.set_weather(db, wid, items["Météo d’ouverture"], "sun", participant_id=people["Émilie"])
    records.set_weather(
        db,
        wid,
        items["Météo d’ouverture"],
        "fog",
        participant_id=people["Zoé"],
        comment="on en parle sans savoir faire",
    )
    records.set_weather(db, wid, items["Météo d’ouverture"], "fog", participant_id=people["Driss"])
    idea = items["Idées"]
    notes.add_note(db, wid, idea, "Partager les réussites", group_label="Table 1", scribe="Zoé")
    first = cards.add_card(db, wid, idea, "Déjeuners croisés", author="Émilie")
    second = cards.add_card(db, wid, idea, "Un wiki commun", colour="blue", author="Driss")
    cards.add_card(db, wid, idea, "Carte sans vote", colour="green")
    cards.add_cluster(db, wid, idea, "Se rencontrer", card_ids=[first])
    vote = votes.open_session(db, wid, idea, "dot_vote", title="Priorités")
    votes.set_dots(db, vote, 3, card_id=first, voter="Zoé")
    votes.set_dots(db, vote, 1, card_id=second, voter="Driss")
    votes.close_session(db, vote)
    poll = votes.open_session(
        db, wid, items["Conférence"], "poll", title="La sociocratie vous parle-t-elle ?"
    )
    for colour, count in (("green", 12), ("yellow", 5), ("red", 2)):
        votes.set_tally(db, poll, colour, count)
    decision = decisions.add_decision(
        db, wid, items["Décision"], "Décider par consentement", proposal="Essayer six mois."
    )
    objection = decisions.add_objection(db, decision, "Trop long", author="Zoé")
    decisions.edit_objection(db, objection, status="integrated", integration="Trois mois")
    decisions.set_outcome(
        db, decision, "amended", decided_on=date(2026, 6, 4), review_on=date(2026, 9, 4)
    )
    records.add_object(db, wid, items["Île déserte"], "Un couteau suisse", reason="Tout faire")
    records.add_object(db, wid, items["Île déserte"], "Une graine", kit=True)
    records.add_trait(db, wid, items["Île déserte"], "Curieux", heading="Qualités")
    actions.add_action(
        db, wid, idea, "Organiser un déjeuner croisé", who="Émilie", due_on=date(2026, 7, 1)
    )
    actions.add_action(
        db, wid, None, "Envoyer le compte rendu", who="Florence", due_text="d’ici une semaine"
    )
    photos.add_photo(db, wid, idea, _png(), caption="Le mur des idées")
    session = codev.start_session(
        db, wid, items["Co-développement"], client="Driss", problem="Mon équipe ne se parle plus"
    )
    codev.add_entry(db, session, "suggestion", "Un café d’équipe le lundi")
    codev.add_entry(
        db,
        session,
        "plan",
        "Tester le café",
        resources="Une salle",
        due="septembre",
        indicator="présence",
    )
    codev.add_entry(db, session, "learning", "Écouter avant de conseiller")
    return Seminar(wid, items, people)


def _png() -> bytes:
    """A small real PNG (a grey square), made without any image library."""
    import struct
    import zlib

    width = height = 8
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def fonts_not_embedded(path: Path) -> set[str]:
    """The fonts a PDF names (on its pages and in its forms) without carrying their file: a
    reader would replace them, and a glyph such as « or € could be lost."""
    missing: set[str] = set()
    seen: set[int] = set()

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                files = descriptor.get_object() if descriptor is not None else {}
                if not any(k in files for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(font["/BaseFont"]).split("+")[-1])
        for reference in (resources.get("/XObject") or {}).values():
            number = getattr(reference, "idnum", None)
            if number in seen:
                continue
            seen.add(number)
            visit(reference.get_object().get("/Resources"))

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources"))
    return missing
