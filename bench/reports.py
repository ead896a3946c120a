"""Printed documents: each measured in a child process of its own (so its peak memory is its
own), in seconds from the database to the written file, and as a ratio to bare ReportLab
drawing the same pages with the same fonts in the same child (no database, no catalogue, no
page-X-of-Y canvas).

- the summary of a 2-day workshop with 40 participants, 12 items, 500 cards and 3 charts
  (goal: under 1.5 s);
- attendance sheets for 1000 participants over 2 days (goal: under 3 s, at most 2x bare);
- 1000 certificates of completion (goal: under 5 s, at most 2x bare);
- the peak memory of each (goal: under 300 MB).

    python -m bench reports            # all three
    python -m bench.reports child KIND # one, printing its figures as JSON (used by run())
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from bench.figures import Figure

PEOPLE = 1000
GOALS = {"summary": (1.5, None), "attendance": (3.0, 2.0), "certificates": (5.0, 2.0)}
LABELS = {
    "summary": "summary: 2 days, 40 people, 12 items, 500 cards, 3 charts",
    "attendance": f"attendance sheets: {PEOPLE} participants x 2 days",
    "certificates": f"{PEOPLE} certificates of completion",
}


# -- the workshops -------------------------------------------------------------------------
def _training(db, people: int) -> int:
    """Two days of the 4-day programme's shape, `people` participants present every half-day
    (one in ten arriving late or leaving early)."""
    from facilitator_app import models
    from facilitator_app.services import agenda, workshops

    wid = workshops.create_workshop(
        db,
        "Management de la coopération",
        first_day=date(2026, 3, 2),
        organiser="CNFPT Grand Est",
        venue="Nancy",
        facilitators="Florence Mensah",
        training_nature="training",
        representative="Claire Dupont, directrice",
        signature_place="Nancy",
    )
    day1 = workshops.get_outline(db, wid).days[0].id
    day2 = agenda.add_day(db, wid, date=date(2026, 3, 3))
    for day in (day1, day2):
        agenda.add_item(db, day, title="Les fondements de la coopération", duration_minutes=90)
        agenda.add_item(db, day, title="Pause", kind="break", duration_minutes=15)
        agenda.add_item(db, day, title="Analyse des dynamiques", duration_minutes=105)
        agenda.add_item(db, day, title="Déjeuner", kind="meal", duration_minutes=90)
        agenda.add_item(db, day, title="Stratégies de mise en place", duration_minutes=180)
    with db.transaction() as s:
        persons = [
            models.Participant(
                workshop_id=wid,
                name=f"Agent {n:04d} Lefèvre-Durand",
                organisation=f"Mairie de Saint-Ouen {n % 40}",
            )
            for n in range(people)
        ]
        s.add_all(persons)
        s.flush()
        for n, person in enumerate(persons):
            for day in (day1, day2):
                for half in ("am", "pm"):
                    s.add(
                        models.Attendance(
                            participant_id=person.id,
                            day_id=day,
                            half_day=half,
                            status="present",
                            left_at=clock(16, 0) if n % 10 == 0 and half == "pm" else None,
                        )
                    )
    return wid


def _seminar(db) -> int:
    """The summary's workshop, through the capture services: 2 days, 40 people, 12 items,
    500 cards, and 3 charts (the room's weather, a dot vote's ranking, coloured cards)."""
    from facilitator_app.services import agenda, workshops
    from facilitator_app.services.capture import cards, records, votes

    wid = _training(db, 40)
    days = [d.id for d in workshops.get_outline(db, wid).days]
    for n in range(6):  # 6 activities in the two days already, 12 in all
        agenda.add_item(db, days[n % 2], title=f"Atelier {n + 1}", duration_minutes=30)
    outline = workshops.get_outline(db, wid)
    items = [i.id for d in outline.days for i in d.items if i.kind == "activity"][:12]
    people = [p.id for p in outline.participants][:12]
    for person, weather in zip(people, ("sun", "sun_clouds", "clouds", "fog") * 3, strict=True):
        records.set_weather(db, wid, items[0], weather, participant_id=person)
    card_ids = [
        cards.add_card(
            db,
            wid,
            items[1 + n % 11],
            f"Idée {n} : coopérer au-delà des services, partager les réussites et les échecs",
            author=f"Agent {n % 40}",
        )
        for n in range(500)
    ]
    vote = votes.open_session(db, wid, items[1], "dot_vote", title="Priorités")
    for n, card in enumerate(card_ids[::11][:25]):
        votes.set_dots(db, vote, n % 4, card_id=card, voter=f"Agent {n}")
    poll = votes.open_session(db, wid, items[2], "poll", title="Êtes-vous d’accord ?")
    for colour, count in (("green", 25), ("yellow", 10), ("red", 5)):
        votes.set_tally(db, poll, colour, count)
    return wid


def _open(folder: Path):
    from facilitator_app.storage.database import Location, open_database

    return open_database(Location.in_data_dir(folder))


# -- ours and bare ReportLab ---------------------------------------------------------------
def _ours(kind: str, db, workshop_id: int, target: Path) -> None:
    from facilitator_app.reports.make import ReportRequest, make_report

    make_report(db, workshop_id, ReportRequest(kind), target)


def _bare_attendance(target: Path, people: int) -> None:
    """The same pages drawn straight on a canvas: title, half-day boxes, rows, struck rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from facilitator_app.reports.base import FONT, FONT_BOLD, register_fonts

    register_fonts()
    per_page = 17
    canvas = Canvas(str(target), pagesize=A4)
    width = A4[0] - 30 * mm
    for day in (1, 2):
        names = [f"Agent {n:04d} Lefèvre-Durand" for n in range(people)] + [""] * 3
        for start in range(0, len(names), per_page):
            canvas.translate(15 * mm, 16 * mm)
            top = 265 * mm
            canvas.setFont(FONT_BOLD, 13)
            canvas.drawString(0, top - 5 * mm, "Feuille d’émargement")
            canvas.setFont(FONT, 9)
            canvas.drawString(0, top - 15 * mm, f"Jour {day} — 2 mars 2026 — Nancy")
            for column in range(2):
                x = width * 0.4 + column * width * 0.3
                canvas.rect(x, top - 62 * mm, width * 0.3, 42 * mm)
                canvas.drawString(x + 2 * mm, top - 25 * mm, "Matin 9h00–12h30")
                canvas.rect(x + 2 * mm, top - 60 * mm, width * 0.3 - 4 * mm, 14 * mm)
            y = top - 70 * mm
            chunk = names[start : start + per_page]
            for name in chunk:
                canvas.rect(0, y - 11 * mm, width * 0.4, 11 * mm)
                canvas.setFont(FONT_BOLD, 8.5)
                canvas.drawString(2 * mm, y - 4.5 * mm, name)
                canvas.setFont(FONT, 7)
                canvas.drawString(2 * mm, y - 9 * mm, "Mairie de Saint-Ouen 1")
                for column in range(2):
                    canvas.rect(
                        width * 0.4 + column * width * 0.3, y - 11 * mm, width * 0.3, 11 * mm
                    )
                y -= 11 * mm
            for _ in range(per_page - len(chunk)):
                canvas.rect(0, y - 11 * mm, width, 11 * mm)
                y -= 11 * mm
            canvas.line(0, y, width, y + (per_page - len(chunk)) * 11 * mm)
            canvas.rect(width * 0.62, y - 26 * mm, width * 0.38, 23 * mm)
            canvas.drawString(width * 0.62 + 2 * mm, y - 6 * mm, "Cachet de l’organisme")
            canvas.showPage()
    canvas.save()


def _bare_certificates(target: Path, people: int) -> None:
    """The same page per person with platypus paragraphs and the signature box."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    from facilitator_app.reports.base import FONT, register_fonts

    register_fonts()
    text = ParagraphStyle("t", fontName=FONT, fontSize=10.5, leading=15)
    story = []
    for n in range(people):
        story += [
            Paragraph("<b>CERTIFICAT DE RÉALISATION</b>", text),
            Paragraph(
                "Je soussigné(e) <b>Claire Dupont, directrice</b>, représentant légal du "
                "dispensateur de l’action concourant au développement des compétences "
                "<b>CNFPT Grand Est</b>,",
                text,
            ),
            Paragraph("atteste que :", text),
            Paragraph(f"<b>Agent {n:04d} Lefèvre-Durand</b>", text),
            Paragraph("salarié(e) de <b>Mairie de Saint-Ouen 1</b>", text),
            Paragraph("a suivi l’action <b>Management de la coopération</b>", text),
            Paragraph("Nature de l’action concourant au développement des compétences :", text),
            *[
                Paragraph(f"☐ {nature}", text)
                for nature in (
                    "action de formation",
                    "bilan de compétences",
                    "action de validation des acquis de l’expérience",
                    "action de formation par apprentissage",
                )
            ],
            Paragraph("qui s’est déroulée du <b>2 mars 2026</b> au <b>3 mars 2026</b>", text),
            Paragraph("pour une durée de <b>12h30</b> effectivement suivie.", text),
            Paragraph(
                "Je m’engage à conserver l’ensemble des pièces justificatives qui ont "
                "permis d’établir le présent certificat pendant une durée de 3 ans.",
                text,
            ),
            Spacer(1, 8 * mm),
            Paragraph("Fait à <b>Nancy</b>, le 4 mars 2026", text),
            Table(
                [["Cachet et signature"], [""]],
                colWidths=[100 * mm],
                rowHeights=[None, 38 * mm],
                style=[("BOX", (0, 0), (-1, -1), 0.6, "black")],
            ),
            PageBreak(),
        ]
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def _bare_summary(target: Path) -> None:
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator_app.reports.base import FONT, register_fonts

    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=12.5)
    story = []
    for item in range(12):
        story.append(Paragraph(f"<b>Atelier {item}</b>", body))
        for n in range(item, 500, 12):
            story.append(
                Paragraph(
                    f"• Idée {n} : coopérer au-delà des services, partager les "
                    f"réussites et les échecs ({n % 4} votes)",
                    body,
                )
            )
        if item < 3:
            drawing = Drawing(500, 200)
            for row in range(25):
                drawing.add(Rect(200, row * 7, 10 * (row % 4), 5))
                drawing.add(String(0, row * 7, f"Idée {row}", fontName=FONT, fontSize=7))
            story.append(drawing)
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def child(kind: str, repeats: int = 3) -> dict[str, float]:
    """Ours and bare ReportLab in turn, `repeats` times each: the medians (other programs
    share the machine)."""
    import statistics

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = _open(root / "data")
        try:
            workshop_id = _seminar(db) if kind == "summary" else _training(db, PEOPLE)
            # Fonts and imports once for both, as a window has them after its first document.
            import facilitator_app.reports.make  # noqa: F401
            from facilitator_app.reports.base import register_fonts

            register_fonts()
            ours, bare = [], []
            for _ in range(repeats):
                started = time.perf_counter()
                _ours(kind, db, workshop_id, root / "ours.pdf")
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                if kind == "attendance":
                    _bare_attendance(root / "bare.pdf", PEOPLE)
                elif kind == "certificates":
                    _bare_certificates(root / "bare.pdf", PEOPLE)
                else:
                    _bare_summary(root / "bare.pdf")
                bare.append(time.perf_counter() - started)
        finally:
            db.close()
    return {"ours": statistics.median(ours), "bare": statistics.median(bare), "peak_mb": _peak_mb()}


def _peak_mb() -> float:
    """This process's own peak. Linux's ru_maxrss keeps the parent's peak across fork and
    exec (after the other benchmarks, `make bench` showed 506 MB for every document); the
    high-water mark of /proc/self/status belongs to the process's own memory."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run() -> list[Figure]:
    figures = []
    for kind, (seconds_goal, ratio_goal) in GOALS.items():
        result = subprocess.run(
            [sys.executable, "-m", "bench.reports", "child", kind],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        if result.returncode != 0:
            figures.append(Figure(f"{LABELS[kind]}: FAILED", 0, "", result.stderr[-200:], False))
            continue
        measured = json.loads(result.stdout.strip().splitlines()[-1])
        ours, bare, peak = measured["ours"], measured["bare"], measured["peak_mb"]
        ratio = ours / bare if bare else 0.0
        figures.append(Figure(LABELS[kind], ours, "s", f"< {seconds_goal} s", ours < seconds_goal))
        figures.append(Figure("  bare ReportLab, the same pages", bare, "s", "-", True))
        figures.append(
            Figure(
                "  ratio to bare ReportLab",
                ratio,
                "x",
                f"<= {ratio_goal}x" if ratio_goal else "information",
                ratio <= ratio_goal if ratio_goal else True,
            )
        )
        figures.append(Figure("  peak memory of the process", peak, "MB", "< 300 MB", peak < 300))
    return figures


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        print(json.dumps(child(sys.argv[2])))
    else:
        for figure in run():
            print(figure.line())
