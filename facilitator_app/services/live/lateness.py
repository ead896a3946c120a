"""How late or early a day runs, for the planner and the reports: the console's own rule
(`timing.projection.live_projection`), fed from the database. When the day is being run, the
running item's timer is read from its saved state, so a minute added on the console shows in
the planner at once (the console saves after every key press)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from facilitator_app.agenda import Projection
from facilitator_app.errors import NotFoundError
from facilitator_app.models import Day, RunState
from facilitator_app.services.live.loading import load_items
from facilitator_app.services.live.resume import item_steps
from facilitator_app.storage.database import Database
from facilitator_app.timing.engine import TimerEngine
from facilitator_app.timing.projection import RunningItem, live_projection, running_item
from facilitator_app.timing.run_day import LiveDay, LiveItem


def day_projection(
    db: Database, day_id: int, now: datetime, tz: tzinfo | None = None
) -> Projection:
    """How the rest of a day will run, from what the live run recorded and is running."""
    with db.reading() as session:
        row = session.get(Day, day_id)
        if row is None:
            raise NotFoundError("day {day_id} does not exist", day_id=day_id)
        day = LiveDay(row.id, row.position, row.date, row.title, row.start_time)
        items = load_items(session, day)
        saved = session.get(RunState, row.workshop_id)
        state = dict(saved.state) if saved is not None else {}
        saved_item = saved.item_id if saved is not None else None
    recorded = [t for i in items for t in (i.actual_start, i.actual_end) if t is not None]
    if day.date and now.astimezone(tz).date() != day.date and recorded:
        # Not the day itself (looking back a week later): describe the day as it was last
        # seen running, not "6422 hours late".
        now = max(recorded)
    running = _running(items, saved_item, state, now)
    return live_projection(day, items, running, now, tz=tz, held_seconds=_held(state, now))


def _held(state: dict, now: datetime) -> float:
    """A break called from the console holds the room until it ends."""
    screen = (state.get("room") or {}).get("break") if isinstance(state, dict) else None
    try:
        ends_at = datetime.fromisoformat(screen["ends_at"]) if screen else None
    except (KeyError, TypeError, ValueError):
        return 0.0
    return max(0.0, (ends_at - now).total_seconds()) if ends_at else 0.0


def _running(
    items: tuple[LiveItem, ...], item_id: int | None, state: dict, now: datetime
) -> RunningItem | None:
    item = next((i for i in items if i.id == item_id), None)
    if item is None or not state.get("engine") or item.actual_end is not None:
        return None
    try:
        steps = item_steps(item)
        restored = TimerEngine.from_state(state["engine"], lambda: 0.0, lambda: now, steps)
    except (KeyError, TypeError, ValueError):
        return None  # an unreadable state: the plan's own length is used
    return running_item(item.id, restored.engine)
