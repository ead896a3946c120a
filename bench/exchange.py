"""The workshop file at scale: export and import of a 1000-participant, 3-day workshop with
5000 cards (goal: under 2 s each). The workshop is built with bulk inserts."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench.figures import Figure
from facilitator_app import models
from facilitator_app.storage.database import Database, Location, open_database

PEOPLE, DAYS, ITEMS_PER_DAY, CARDS = 1000, 3, 8, 5000
GOAL_SECONDS = 2.0


def build_large_workshop(db: Database) -> int:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        workshop = models.Workshop(title="Grand forum", organiser="Région", created_at=created)
        session.add(workshop)
        session.flush()
        wid = workshop.id
        people = list(
            session.scalars(
                insert(models.Participant).returning(
                    models.Participant.id, sort_by_parameter_order=True
                ),
                [
                    {
                        "workshop_id": wid,
                        "name": f"Personne {n}",
                        "organisation": f"Service {n % 40}",
                    }
                    for n in range(PEOPLE)
                ],
            )
        )
        days = list(
            session.scalars(
                insert(models.Day).returning(models.Day.id, sort_by_parameter_order=True),
                [
                    {"workshop_id": wid, "position": d, "date": date(2026, 6, 1) + timedelta(d)}
                    for d in range(DAYS)
                ],
            )
        )
        items = list(
            session.scalars(
                insert(models.AgendaItem).returning(
                    models.AgendaItem.id, sort_by_parameter_order=True
                ),
                [
                    {
                        "day_id": day,
                        "position": p,
                        "title": f"Séquence {p}",
                        "tool_id": "1-2-4-all",
                        "duration_minutes": 45,
                        "phases": [{"key": "alone", "seconds": 60}],
                    }
                    for day in days
                    for p in range(ITEMS_PER_DAY)
                ],
            )
        )
        session.execute(
            insert(models.Attendance),
            [
                {"participant_id": p, "day_id": d, "half_day": h, "status": "present"}
                for p in people
                for d in days
                for h in ("am", "pm")
            ],
        )
        session.execute(
            insert(models.Card),
            [
                {
                    "workshop_id": wid,
                    "item_id": items[n % len(items)],
                    "position": n,
                    "text": f"Idée numéro {n} : travailler ensemble autrement",
                    "author": f"Personne {n % PEOPLE}",
                    "created_at": created,
                }
                for n in range(CARDS)
            ],
        )
        session.execute(
            insert(models.ToolRecord),
            [
                {
                    "workshop_id": wid,
                    "item_id": items[0],
                    "kind": "weather",
                    "participant_id": p,
                    "data": {"weather": "sun", "comment": ""},
                    "created_at": created,
                }
                for p in people
            ],
        )
    return wid


def run() -> list[Figure]:
    from facilitator_app.services.exchange import export_workshop, import_workshop_file

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(Location.in_data_dir(root / "data"))
        try:
            wid = build_large_workshop(db)
            started = time.perf_counter()
            path = export_workshop(db, wid, root / "large.facilitator")
            exported = time.perf_counter() - started
            size = path.stat().st_size / 1024
            started = time.perf_counter()
            import_workshop_file(db, path)
            imported = time.perf_counter() - started
        finally:
            db.close()
    goal = f"< {GOAL_SECONDS:.0f} s"
    label = f"{PEOPLE} people, {DAYS} days, {CARDS} cards"
    return [
        Figure(f"export a workshop ({label})", exported, "s", goal, exported < GOAL_SECONDS),
        Figure(
            "import it back (validated, one transaction)",
            imported,
            "s",
            goal,
            imported < GOAL_SECONDS,
        ),
        Figure("size of the workshop file", size, "KiB", "information", True),
    ]
