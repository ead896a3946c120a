"""Reading a clock time as people type it, pure Python: "1230", "12:30", "12h30", "9h",
"930", "2:30 PM". The planner's pinned start accepts any of them."""

from __future__ import annotations

import re
from datetime import time

_CLOCK = re.compile(r"^(\d{1,2})(?:[:h.](\d{0,2}))?(am|pm)?$")
_DIGITS = re.compile(r"^(\d{3,4})(am|pm)?$")


def parse_clock(text: str) -> time | None:
    """The time typed, or None when it is not one."""
    typed = "".join(text.casefold().replace(".m.", "m").split())
    hours_text, minutes_text, suffix = "", "", None
    if match := _DIGITS.match(typed):  # "930", "1230": the last two digits are the minutes
        digits, suffix = match.groups()
        hours_text, minutes_text = digits[:-2], digits[-2:]
    elif match := _CLOCK.match(typed):
        hours_text, minutes_text, suffix = match.groups()
    else:
        return None
    hours = int(hours_text)
    minutes = int(minutes_text) if minutes_text else 0
    if suffix is not None:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if suffix == "pm" else 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)
