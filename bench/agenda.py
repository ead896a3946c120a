"""How fast the planner recomputes clock times after one edit of a 200-item agenda."""

from __future__ import annotations

import random
import time as clock
from dataclasses import replace
from datetime import time

from bench.figures import Figure, median, percentile
from facilitator_app.agenda import PlanItem, RunItem, project_day, schedule_day

GOAL_MS = 1.0
ITEMS = 200
RUNS = 2000


def _agenda(rng: random.Random) -> list[PlanItem]:
    items = []
    for index in range(ITEMS):
        kind = rng.choice(["activity", "activity", "activity", "plenary", "break"])
        pin = time(12, 30) if index % 40 == 20 else None
        items.append(PlanItem(rng.randint(0, 90), pin, "meal" if pin else kind))
    return items


def _timed(action, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        started = clock.perf_counter()
        action()
        samples.append((clock.perf_counter() - started) * 1000)
    return samples


def run() -> list[Figure]:
    rng = random.Random(200)
    items = _agenda(rng)

    def edit_and_recompute() -> None:
        index = rng.randrange(ITEMS)
        items[index] = replace(items[index], duration_minutes=rng.randint(0, 90))
        schedule_day(time(9, 0), items)

    running = [RunItem(i.duration_minutes, i.pinned_start, i.kind) for i in items]
    running[:50] = [
        RunItem(i.duration_minutes, None, i.kind, 540 + 30 * n, 570 + 30 * n)
        for n, i in enumerate(running[:50])
    ]

    def project() -> None:
        project_day(time(9, 0), running, now=540 + 30 * 50).absorb()

    figures = []
    for name, action in (
        ("recompute a 200-item agenda after one edit", edit_and_recompute),
        ("project lateness of a 200-item day (150 to come)", project),
    ):
        _timed(action, 200)  # warm up
        samples = _timed(action, RUNS)
        for label, value in (("median", median(samples)), ("p99", percentile(samples, 0.99))):
            figures.append(
                Figure(f"{name}, {label}", value, "ms", f"< {GOAL_MS:g} ms", value < GOAL_MS)
            )
    return figures
