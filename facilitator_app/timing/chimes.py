"""When to play the chimes: a soft one shortly before the end of a step, a clearer one at zero.

Pure scheduling: the UI feeds every snapshot it shows to `ChimeSchedule.observe` and plays what
comes back. Each chime sounds once per step; a minute added after a chime re-arms it (the
step's end moved), a pause does not. A step shorter than the soft lead gets no soft chime.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from facilitator_app.resources import resource_path
from facilitator_app.timing.engine import TimerSnapshot

DEFAULT_SOFT_LEAD = 30


class Chime(StrEnum):
    SOFT = "soft"
    END = "end"

    @property
    def sound_file(self) -> Path:
        """The shipped WAV (resources/sounds/chime-soft.wav, chime-end.wav)."""
        return resource_path("sounds", f"chime-{self.value}.wav")


@dataclass
class _Armed:
    step_key: str
    soft: bool
    end: bool


class ChimeSchedule:
    def __init__(self, soft_lead_seconds: float = DEFAULT_SOFT_LEAD) -> None:
        self.soft_lead_seconds = soft_lead_seconds
        self._armed: _Armed | None = None

    def _soft_possible(self, snapshot: TimerSnapshot) -> bool:
        lead = self.soft_lead_seconds
        return lead > 0 and snapshot.planned_seconds > lead

    def observe(self, snapshot: TimerSnapshot) -> tuple[Chime, ...]:
        """The chimes to play now (usually none)."""
        remaining = snapshot.remaining
        lead = self.soft_lead_seconds
        armed = self._armed
        if armed is None or armed.step_key != snapshot.step_key:
            # A new step (or the first look after a resume): arm what is still ahead.
            self._armed = _Armed(
                snapshot.step_key,
                soft=self._soft_possible(snapshot) and remaining > lead,
                end=remaining > 0,
            )
            return ()
        # Time added after a chime moves the end away: the chime is due again.
        if remaining > lead and self._soft_possible(snapshot):
            armed.soft = True
        if remaining > 0:
            armed.end = True
        if not snapshot.running or snapshot.finished:
            return ()
        due: list[Chime] = []
        if armed.end and remaining <= 0:
            armed.end = False
            armed.soft = False  # the end chime says it all
            due.append(Chime.END)
        elif armed.soft and remaining <= lead:
            armed.soft = False
            due.append(Chime.SOFT)
        return tuple(due)

    def seconds_to_next_chime(self, snapshot: TimerSnapshot) -> float | None:
        """While running, how long until a chime is due (for a single-shot timer)."""
        if not snapshot.running or snapshot.finished:
            return None
        armed = self._armed
        soft = end = True
        if armed is not None and armed.step_key == snapshot.step_key:
            soft, end = armed.soft, armed.end
        remaining = snapshot.remaining
        lead = self.soft_lead_seconds
        if soft and self._soft_possible(snapshot) and remaining > lead:
            return remaining - lead
        if end and remaining > 0:
            return remaining
        return None
