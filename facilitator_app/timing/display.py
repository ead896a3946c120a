"""How a countdown is shown and coloured: the one place that rounds remaining time.

While remaining > 0 the display shows ceil(remaining) (so 0.2 s left still reads 00:01 and
00:00 appears exactly at zero); from zero on it shows floor(-remaining) counting up, and time
is up: 00:01, 00:00 (for one second, already in the overtime colour), +00:01, +00:02...
Every change therefore happens when remaining crosses a whole second, which is what
`TimerSnapshot.seconds_to_next_display_change` announces.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from facilitator_app.timing.engine import DISPLAY_MARGIN, TimerSnapshot

Level = Literal["normal", "warning", "final", "overtime"]
WARNING_UNITS = ("percent", "seconds")
# In percent, a short step still gets a warning people can see: amber at least this many
# seconds before the end, red at least these.
AMBER_FLOOR_SECONDS = 10
RED_FLOOR_SECONDS = 3


@dataclass(frozen=True)
class Warnings:
    """When the countdown turns amber, then red, before the end of a step: a share of the
    step ("percent", SessionLab's 20 % and 5 % by default) or seconds left. Neither comes
    before the middle of the step, so a one-minute step is never amber from its first second
    whatever the setting."""

    unit: str = "percent"
    amber: float = 20
    red: float = 5

    def thresholds(self, planned_seconds: float) -> tuple[int, int]:
        """(amber, red): seconds left, whole so that the colours change with the digits."""
        planned = max(0.0, planned_seconds)
        if self.unit == "seconds":
            amber, red = max(0.0, self.amber), max(0.0, self.red)
        else:
            amber = planned * max(0.0, self.amber) / 100.0
            red = planned * max(0.0, self.red) / 100.0
            amber = max(amber, AMBER_FLOOR_SECONDS) if amber > 0 else 0.0
            red = max(red, RED_FLOOR_SECONDS) if red > 0 else 0.0
        half = math.floor(planned / 2)
        amber_at = min(math.ceil(amber), half)
        return amber_at, min(math.ceil(red), amber_at if amber_at else half)


    @classmethod
    def from_settings(cls, settings: Any) -> Warnings:
        """The application's choice (facilitator_app.settings; a workshop may have its own)."""
        return cls(
            settings.get("warning_unit"),
            settings.get("warning_amber"),
            settings.get("warning_red"),
        )

    def as_json(self) -> dict[str, object]:
        return {"unit": self.unit, "amber": self.amber, "red": self.red}

    @classmethod
    def from_json(cls, data: object, fallback: Warnings | None = None) -> Warnings:
        """A stored choice (a workshop's, a file's); what cannot be read is the fallback's."""
        base = fallback or DEFAULT_WARNINGS
        if not isinstance(data, dict):
            return base
        unit = data.get("unit")
        amber, red = data.get("amber"), data.get("red")

        def number(value: object, default: float) -> float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return default
            return float(value) if 0 <= value <= MAX_WARNING else default

        return cls(
            unit if unit in WARNING_UNITS else base.unit,
            number(amber, base.amber),
            number(red, base.red),
        )


DEFAULT_WARNINGS = Warnings()
MAX_WARNING = 3600


def shown_seconds(remaining: float) -> int:
    """The whole seconds on the display: counting down above zero, up in overtime."""
    if remaining > 0:
        return math.ceil(remaining)
    return math.floor(-remaining)


def countdown_text(remaining: float) -> str:
    """ "12:05", "1:02:03", "00:00", "+00:01". Digits and signs only, nothing to translate."""
    seconds = shown_seconds(remaining)
    sign = "+" if remaining <= 0 and seconds > 0 else ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def level(snapshot: TimerSnapshot, warnings: Warnings = DEFAULT_WARNINGS) -> Level:
    """'overtime' once time is up (zero included), 'final' (red) within the red threshold,
    'warning' (amber) within the amber one, else 'normal'. The limits are whole seconds, so
    the colour changes with the digits."""
    remaining = snapshot.remaining
    if remaining <= 0:
        return "overtime"
    amber, red = warnings.thresholds(snapshot.planned_seconds)
    if red > 0 and remaining <= red:
        return "final"
    if amber > 0 and remaining <= amber:
        return "warning"
    return "normal"


def seconds_to_level_change(
    snapshot: TimerSnapshot, warnings: Warnings = DEFAULT_WARNINGS
) -> float | None:
    """While running, when `level` will next change (None when it will not or when paused).
    The thresholds are whole seconds, so this always falls on a display change."""
    if not snapshot.running:
        return None
    remaining = snapshot.remaining
    if remaining <= 0:
        return None
    for threshold in sorted(warnings.thresholds(snapshot.planned_seconds), reverse=True):
        if threshold > 0 and remaining > threshold:
            return remaining - threshold + DISPLAY_MARGIN
    return remaining + DISPLAY_MARGIN
