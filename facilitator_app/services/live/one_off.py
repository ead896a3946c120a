"""A method run at once from the library ("Run now"): its steps on the projector without a
workshop, a day or anything recorded. The live run is given a day held in memory (no
database row is read or written), so the timer, the clicker, the chimes and the projector
work exactly as in a workshop."""

from __future__ import annotations

import time as _time
from datetime import tzinfo

from facilitator_app.models import utcnow
from facilitator_app.services.live.run import LiveRun
from facilitator_app.storage.database import Database
from facilitator_app.timing.engine import Clock, WallClock
from facilitator_app.timing.run_day import LiveDay, LiveItem
from facilitator_app.tools.model import Tool
from facilitator_app.tools.planning import plan_phases, usual_minutes

ONE_OFF_ID = 0  # the id of the day and of the item held in memory (never a row's: ids start at 1)


def one_off_run(
    db: Database,
    tool: Tool,
    language: str,
    *,
    participants: int | None = None,
    clock: Clock = _time.monotonic,
    wall: WallClock = utcnow,
    tz: tzinfo | None = None,
) -> LiveRun:
    """A run of `tool` alone, starting now, in `language`; nothing of it is saved."""
    phases = plan_phases(tool, participants=participants)
    now = wall().astimezone(tz)
    start = now.time().replace(second=0, microsecond=0, tzinfo=None)
    day = LiveDay(ONE_OFF_ID, 0, now.date(), "", start)
    item = LiveItem(
        id=ONE_OFF_ID,
        day_id=ONE_OFF_ID,
        position=0,
        kind="activity",
        title=tool.text(language).name,
        question="",
        tool_id=tool.id,
        duration_minutes=max(1, usual_minutes(phases)) if phases else tool.duration_minutes,
        planned_start=start,
        pinned_start=None,
        phases=tuple(phases),
        actual_start=None,
        actual_end=None,
    )
    return LiveRun(
        db, ONE_OFF_ID, clock=clock, wall=wall, tz=tz, recording=False, agenda=(day, (item,))
    )
