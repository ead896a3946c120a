"""The timer: a pure-Python engine driven by an injected monotonic clock, the live run that
follows the agenda and saves its state, and the chimes' scheduling. No Qt here."""

from facilitator_app.timing.display import (
    countdown_text,
    level,
    seconds_to_level_change,
    shown_seconds,
)
from facilitator_app.timing.engine import RestoredTimer, TimerEngine, TimerSnapshot
from facilitator_app.timing.steps import Step, expand_steps

__all__ = [
    "RestoredTimer",
    "Step",
    "TimerEngine",
    "TimerSnapshot",
    "countdown_text",
    "expand_steps",
    "level",
    "seconds_to_level_change",
    "shown_seconds",
]
