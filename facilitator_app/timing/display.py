"""How a countdown is shown and coloured: the one place that rounds remaining time.

While remaining > 0 the display shows ceil(remaining) (so 0.2 s left still reads 00:01 and
00:00 appears exactly at zero); from zero on it shows floor(-remaining) counting up, and time
is up: 00:01, 00:00 (for one second, already in the overtime colour), +00:01, +00:02...
Every change therefore happens when remaining crosses a whole second, which is what
`TimerSnapshot.seconds_to_next_display_change` announces.
"""

from __future__ import annotations

import math
from typing import Literal

from facilitator_app.timing.engine import DISPLAY_MARGIN, TimerSnapshot

Level = Literal["normal", "warning", "overtime"]
DEFAULT_WARNING_SECONDS = 60


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


def warning_threshold(
    planned_seconds: float, warning_seconds: float | None, warning_percent: float | None
) -> int:
    """The facilitator's threshold in whole seconds (so the colour changes with the digits):
    a percentage of the step when given, otherwise a number of seconds."""
    if warning_percent is not None:
        return math.ceil(planned_seconds * max(0.0, warning_percent) / 100.0)
    if warning_seconds is not None:
        return math.ceil(max(0.0, warning_seconds))
    return 0


def level(
    snapshot: TimerSnapshot,
    warning_seconds: float | None = DEFAULT_WARNING_SECONDS,
    warning_percent: float | None = None,
) -> Level:
    """'overtime' once time is up (zero included), 'warning' within the threshold, else
    'normal'. Both limits are whole seconds, so the colour changes with the digits."""
    remaining = snapshot.remaining
    if remaining <= 0:
        return "overtime"
    threshold = warning_threshold(snapshot.planned_seconds, warning_seconds, warning_percent)
    if threshold > 0 and remaining <= threshold:
        return "warning"
    return "normal"


def seconds_to_level_change(
    snapshot: TimerSnapshot,
    warning_seconds: float | None = DEFAULT_WARNING_SECONDS,
    warning_percent: float | None = None,
) -> float | None:
    """While running, when `level` will next change (None when it will not or when paused).
    The thresholds are whole seconds, so this always falls on a display change."""
    if not snapshot.running:
        return None
    remaining = snapshot.remaining
    if remaining <= 0:
        return None
    threshold = warning_threshold(snapshot.planned_seconds, warning_seconds, warning_percent)
    if threshold > 0 and remaining > threshold:
        return remaining - threshold + DISPLAY_MARGIN
    return remaining + DISPLAY_MARGIN
