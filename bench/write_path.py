"""The write path with several writers: the UI thread and a server-like thread adding 1000
cards each at the same time (goal: nothing lost, p99 commit latency under 20 ms), and undo and
redo of removing a day of 30 items with their outputs (goal: under 50 ms each)."""

from __future__ import annotations

import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from bench.figures import Figure, median, percentile
from facilitator_app.changes import Change
from facilitator_app.models import (
    AgendaItem,
    Card,
    Note,
    Participant,
    PhaseLog,
    RoleAssignment,
    Vote,
)
from facilitator_app.services import agenda, operations, workshops
from facilitator_app.storage.database import Database, Location, announce, open_database

CARDS_EACH = 1000
ITEMS = 30
REPEATS = 5


def _add_cards(db: Database, workshop_id: int, prefix: str, latencies: list[float]) -> None:
    for n in range(CARDS_EACH):
        started = time.perf_counter()
        with db.transaction() as session:
            card = Card(workshop_id=workshop_id, text=f"{prefix} {n}")
            session.add(card)
            session.flush()
            announce(session, Change("outputs", workshop_id, (card.id,)))
        latencies.append((time.perf_counter() - started) * 1000)


def two_writers(db: Database) -> list[Figure]:
    workshop_id = workshops.create_workshop(db, "Deux écrivains")
    ui: list[float] = []
    server: list[float] = []
    thread = threading.Thread(target=_add_cards, args=(db, workshop_id, "serveur", server))
    thread.start()
    _add_cards(db, workshop_id, "écran", ui)
    thread.join()
    with db.reading() as session:
        stored = session.scalar(select(func.count(Card.id)).where(Card.workshop_id == workshop_id))
    lost = 2 * CARDS_EACH - int(stored or 0)
    both = ui + server
    p99 = percentile(both, 0.99)
    return [
        Figure(f"two writers x {CARDS_EACH} cards: commit latency, median", median(both), "ms",
               "-", True),
        Figure("two writers: commit latency, p99", p99, "ms", "< 20 ms", p99 < 20),
        Figure("two writers: cards lost", lost, "cards", "0", lost == 0),
    ]


def _full_day(db: Database) -> tuple[int, int]:
    workshop_id = workshops.create_workshop(db, "Grande journée")
    day_id = agenda.add_day(db, workshop_id, title="Jour 2")
    started = datetime(2026, 3, 2, 9, tzinfo=UTC)
    with db.transaction() as session:
        person = Participant(workshop_id=workshop_id, name="Anne")
        session.add(person)
        session.flush()
        for n in range(ITEMS):
            item_id = AgendaItem(day_id=day_id, position=n, title=f"Étape {n}")
            session.add(item_id)
            session.flush()
            session.add(RoleAssignment(item_id=item_id.id, role="scribe", participant_id=person.id))
            session.add(PhaseLog(item_id=item_id.id, started_at=started, planned_seconds=600))
            for k in range(3):
                card = Card(workshop_id=workshop_id, item_id=item_id.id, text=f"carte {n}.{k}")
                session.add(card)
                session.flush()
                session.add(Vote(workshop_id=workshop_id, item_id=item_id.id, card_id=card.id))
            session.add(Note(workshop_id=workshop_id, item_id=item_id.id, text=f"note {n}"))
    return workshop_id, day_id


def undo_redo(db: Database) -> list[Figure]:
    _workshop, day_id = _full_day(db)
    applied = agenda.remove_day.apply(db, day_id)
    undos, redos = [], []
    for _ in range(REPEATS):
        started = time.perf_counter()
        undone = operations.undo(db, applied)
        undos.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        applied = operations.redo(db, undone)
        redos.append((time.perf_counter() - started) * 1000)
    rows = len(applied.changes.rows)
    undo, redo = median(undos), median(redos)
    return [
        Figure(f"undo removing a day of {ITEMS} items ({rows} rows), median", undo, "ms",
               "< 50 ms", undo < 50),
        Figure(f"redo removing a day of {ITEMS} items, median", redo, "ms", "< 50 ms", redo < 50),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as directory:
        db = open_database(Location.in_data_dir(Path(directory)))
        try:
            return two_writers(db) + undo_redo(db)
        finally:
            db.close()
