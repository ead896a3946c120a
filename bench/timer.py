"""Timer: drift of the engine over a simulated 3-hour session, cost of a snapshot, and the
latency of a saved live-run operation (what the facilitator waits for after pressing Space)."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.figures import Figure, median, percentile
from facilitator_app.services import agenda, workshops
from facilitator_app.services.live import LiveRun
from facilitator_app.storage.database import Location, open_database
from facilitator_app.timing import TimerEngine, expand_steps

SNAPSHOTS = 20_000
OPERATIONS = 300


class _Clock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


def _drift() -> float:
    """|remaining - truth| after 3 hours of uneven ticks, pauses and added minutes (ms)."""
    clock = _Clock()
    wall = datetime(2026, 3, 12, 9, tzinfo=UTC)
    engine = TimerEngine(expand_steps([{"key": "a", "seconds": 3 * 3600}], 0), clock, lambda: wall)
    engine.start()
    truth = 3 * 3600.0
    for tick in range(180_000):  # ~60 ms apart, jittered as an event loop would
        step = 0.06 + (tick % 7) * 0.001
        clock.now += step
        truth -= step
        if tick % 20_000 == 0:
            engine.pause()
            clock.now += 300
            engine.add_seconds(60)
            truth += 60
            engine.resume()
    return abs(engine.remaining() - truth) * 1000


def _snapshot_cost() -> float:
    clock = _Clock()
    wall = datetime(2026, 3, 12, 9, tzinfo=UTC)
    phases = [{"key": f"p{i}", "seconds": 300, "rounds": 3} for i in range(10)]
    engine = TimerEngine(expand_steps(phases, 0), clock, lambda: wall)
    engine.start()
    started = time.perf_counter()
    for _ in range(SNAPSHOTS):
        clock.now += 0.001
        engine.snapshot()
    return (time.perf_counter() - started) / SNAPSHOTS * 1e6


def _operation_latencies() -> list[float]:
    with tempfile.TemporaryDirectory() as directory:
        db = open_database(Location.in_data_dir(Path(directory)))
        workshop_id = workshops.create_workshop(db, "Bench", first_day=date(2026, 3, 12))
        day_id = agenda.workshop_agenda(db, workshop_id).days[0].id
        # One step per operation, in phases of rounds (an item has at most 40 phases and a
        # phase at most 200 rounds).
        phases = [
            {"key": f"p{i}", "seconds": 120, "rounds": min(100, OPERATIONS - i * 100)}
            for i in range(-(-OPERATIONS // 100))
        ]
        agenda.add_item(db, day_id, title="Bench", duration_minutes=2 * OPERATIONS, phases=phases)
        clock = _Clock()
        moment = [datetime(2026, 3, 12, 9, tzinfo=UTC)]
        run = LiveRun(db, workshop_id, clock=clock, wall=lambda: moment[0], tz=UTC)
        latencies = []
        for index in range(OPERATIONS):
            clock.now += 1
            moment[0] += timedelta(seconds=1)
            operation = (run.toggle, run.next_step, lambda: run.add_seconds(60))[index % 3]
            started = time.perf_counter()
            operation()
            latencies.append((time.perf_counter() - started) * 1000)
        db.close()
    return latencies


def run() -> list[Figure]:
    drift = _drift()
    cost = _snapshot_cost()
    latencies = _operation_latencies()
    med, p99 = median(latencies), percentile(latencies, 0.99)
    return [
        Figure(
            "timer drift after 3 h of jittered ticks, pauses, +minutes",
            drift,
            "ms",
            "< 1 ms",
            drift < 1,
        ),
        Figure(f"timer snapshot, mean of {SNAPSHOTS}", cost, "us", "< 50 us", cost < 50),
        Figure(
            f"live-run operation saved (Space, Next, +1 min), median of {OPERATIONS}",
            med,
            "ms",
            "< 20 ms",
            med < 20,
        ),
        Figure("live-run operation saved, p99", p99, "ms", "< 50 ms", p99 < 50),
    ]
