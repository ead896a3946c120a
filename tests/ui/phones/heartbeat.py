"""A QTimer that ticks every 10 ms on the Qt thread: the longest gap between two ticks (how
long the console's event loop waited, for whatever reason: its own work, Python's lock held
by another thread, or the processor given to other programs) and the most processor time the
Qt thread itself spent between two ticks (its own work: what our code can make shorter)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer

TICK_MS = 10


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = self.last_cpu = 0.0
        self.worst_ms = 0.0  # wall clock between two ticks, less the tick
        self.worst_work_ms = 0.0  # the Qt thread's own processor time between two ticks
        self.gaps: list[float] = []
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = max(0.0, (now - self.last) * 1000 - TICK_MS)
        self.gaps.append(gap)
        self.worst_ms = max(self.worst_ms, gap)
        self.worst_work_ms = max(self.worst_work_ms, (cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()

    def percentile(self, share: float) -> float:
        ordered = sorted(self.gaps)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0
