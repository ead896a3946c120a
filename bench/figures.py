"""One measured figure and how it is printed."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str
    met: bool

    def line(self) -> str:
        mark = "ok  " if self.met else "MISS"
        return f"{mark} {self.name:<62} {self.value:>10.3f} {self.unit:<6} (goal: {self.goal})"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)
