"""What the projector shows, as plain data: the views paint a `DisplayState` and nothing else.

The console fills it from the timer engine's snapshot (facilitator_app.timing); tests and the
bench fill it by hand. Free of Qt; the digits follow the engine's one display rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator_app.timing.display import countdown_text
from facilitator_app.ui.live.output_scene import OutputScene


class Scene(StrEnum):
    TIMER = "timer"
    BREAK = "break"
    BLACK = "black"
    TOUR = "tour"
    DONE = "done"  # the item is over: "Done", and what comes next
    GROUPS = "groups"  # the groups or tables, with who sits where
    OUTPUT = "output"  # what the room produced: the wall, a vote, the weather (ui/capture)


class Level(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"  # amber
    FINAL = "final"  # red: the last moments
    OVERTIME = "overtime"


@dataclass(frozen=True)
class GroupCard:
    """One group or table on the projector: its name and its members (name, organisation)."""

    label: str
    members: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TourTurn:
    """The tour de table: who speaks now, how long they have left, who comes next."""

    speaker: str = ""
    position: int = 0  # 1-based
    count: int = 0
    next_speaker: str = ""
    remaining: float = 0.0
    total: float = 0.0
    level: Level = Level.NORMAL


@dataclass(frozen=True)
class DisplayState:
    scene: Scene = Scene.TIMER
    level: Level = Level.NORMAL
    remaining: float = 0.0  # seconds; negative in overtime
    total: float = 0.0  # planned seconds of the phase
    running: bool = False
    phase_name: str = ""
    instruction: str = ""
    question: str = ""
    step_label: str = ""  # "Step 2 of 3 - Round 1 of 2"
    next_label: str = ""  # "Next: Pairs (2 min)"
    hide_digits: bool = False
    flash: bool = False  # the overtime flashing setting
    theme: str = "dark"
    break_title: str = ""  # "Break"
    break_back_at: str = ""  # "back at 15h40"
    tour: TourTurn = field(default_factory=TourTurn)
    paused: bool = False  # started, then paused: the room sees a discreet mark
    paused_label: str = ""  # "PAUSED", written large on the console's copy only
    done_title: str = ""  # "Done" (scene DONE), or the end of a step: "Done" above the next
    clock: str = ""  # the time of day, in a corner (the facilitator's choice)
    groups_title: str = ""  # "Tables - World Café" (scene GROUPS)
    groups: tuple[GroupCard, ...] = ()
    output: OutputScene | None = None  # with Scene.OUTPUT

    @property
    def digits(self) -> str:
        return countdown_text(self.remaining)

    @property
    def progress(self) -> float:
        """Share of the phase already spent, 0..1 (1 in overtime)."""
        return elapsed_fraction(self.remaining, self.total)

    @property
    def flashing_now(self) -> bool:
        """Overtime flashing alternates with each displayed second, so it needs no own timer."""
        if not (self.flash and self.running and self.level is Level.OVERTIME):
            return False
        return math.floor(max(0.0, -self.remaining)) % 2 == 1


def elapsed_fraction(remaining: float, total: float) -> float:
    if total <= 0:
        return 1.0 if remaining <= 0 else 0.0
    return min(1.0, max(0.0, 1.0 - remaining / total))
