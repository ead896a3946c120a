"""Long work told how far it is and asked to stop: a report of 1000 certificates, an import, an
export, a backup. Pure Python and thread-safe, so the core reports progress without knowing who
shows it (the window's progress bar, nobody on the command line).

The job calls `progress.step(done, total)` now and then; each call is also the moment it stops
when someone pressed Cancel (`Cancelled` is raised there, never in the middle of a write).
Cancel is not an error: callers catch `Cancelled` and say nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The user stopped the job; whatever it was writing was not put in place."""


@dataclass(frozen=True)
class Step:
    done: int
    total: int  # 0 when the job cannot tell how much is left
    label: str = ""

    @property
    def fraction(self) -> float | None:
        if self.total <= 0:
            return None
        return min(1.0, max(0.0, self.done / self.total))


class Progress:
    """Shared between the job (which steps) and whoever watches (who reads and may cancel)."""

    def __init__(self, on_step: Callable[[Step], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._step = Step(0, 0)
        self._cancel = threading.Event()
        self._on_step = on_step

    def step(self, done: int, total: int = 0, label: str = "") -> None:
        """Record how far the job is; raises Cancelled when it has been asked to stop."""
        with self._lock:
            self._step = Step(done, total, label or self._step.label)
            current = self._step
        if self._on_step is not None:
            self._on_step(current)
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def current(self) -> Step:
        with self._lock:
            return self._step

    def part(self, start: float, end: float) -> Progress:
        """A progress for one part of the job, mapped onto [start, end] of this one (per mille),
        sharing its cancel flag."""
        return _Part(self, start, end)


class _Part(Progress):
    def __init__(self, whole: Progress, start: float, end: float) -> None:
        super().__init__()
        self._whole = whole
        self._start, self._end = start, end
        self._cancel = whole._cancel

    def step(self, done: int, total: int = 0, label: str = "") -> None:
        fraction = min(1.0, done / total) if total > 0 else 0.0
        mapped = self._start + (self._end - self._start) * fraction
        self._whole.step(round(mapped * 1000), 1000, label)


NO_PROGRESS = Progress()
"""For callers that watch nothing (the command line); it is never cancelled."""
