"""Storage: latency of committing one card with synchronous=FULL (goal: median under 5 ms)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.figures import Figure, median, percentile
from facilitator_app.models import Card
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database

COMMITS = 500


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as directory:
        db = open_database(Location.in_data_dir(Path(directory)))
        workshop_id = workshops.create_workshop(db, "Bench")
        latencies = []
        for index in range(COMMITS):
            started = time.perf_counter()
            with db.transaction() as session:
                session.add(Card(workshop_id=workshop_id, text=f"idée {index}", colour="yellow"))
            latencies.append((time.perf_counter() - started) * 1000)
        db.close()
    med, p99 = median(latencies), percentile(latencies, 0.99)
    return [
        Figure(f"commit one card, synchronous=FULL, median of {COMMITS}", med, "ms", "< 5 ms",
               med < 5),
        Figure("commit one card, synchronous=FULL, p99", p99, "ms", "-", True),
    ]
