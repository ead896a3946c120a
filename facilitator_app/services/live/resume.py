"""The offer to resume an interrupted run ("Resume Fishbowl, round 2, 4 min ago?")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator_app.models import AgendaItem, RunState, utcnow
from facilitator_app.storage.database import Database
from facilitator_app.timing.engine import TimerEngine, WallClock
from facilitator_app.timing.run_day import LiveItem
from facilitator_app.timing.steps import Step, expand_steps


@dataclass(frozen=True)
class PendingResume:
    """A run that was interrupted: what to offer ("Resume Fishbowl, round 2, 4 min ago?")."""

    workshop_id: int
    item_id: int
    item_title: str
    step_index: int
    step_count: int
    step_name: dict[str, str]
    round_index: int
    round_count: int
    saved_at: datetime
    away_seconds: float
    was_running: bool
    remaining: float  # what the timer will show on resuming
    item_finished: bool = False  # stopped between two items


def item_steps(item: LiveItem | AgendaItem) -> tuple[Step, ...]:
    """The steps an item's timer runs: rebuilt from the item itself (the saved timer holds
    positions and times only)."""
    return expand_steps(list(item.phases or ()), item.duration_minutes, item.title)


def pending_resume(
    db: Database, workshop_id: int, *, wall: WallClock = utcnow
) -> PendingResume | None:
    """The interrupted run of this workshop, if any, to offer "Resume where we were?"."""
    with db.reading() as session:
        row = session.get(RunState, workshop_id)
        if row is None or row.item_id is None:
            return None
        item = session.get(AgendaItem, row.item_id)
        if item is None:
            return None
        title, saved, saved_at = item.title, dict(row.state), row.saved_at
        steps = item_steps(item)
    engine_state = saved.get("engine")
    if not engine_state:
        return None
    try:
        restored = TimerEngine.from_state(engine_state, lambda: 0.0, wall, steps)
    except (KeyError, ValueError, TypeError):
        return None
    if not restored.engine.records:
        return None  # the item was only selected, never started: nothing to resume
    snap = restored.engine.snapshot()
    return PendingResume(
        workshop_id=workshop_id,
        item_id=int(saved.get("item_id") or 0),
        item_title=title,
        step_index=snap.step_index,
        step_count=snap.step_count,
        step_name=snap.name,
        round_index=snap.round_index,
        round_count=snap.round_count,
        saved_at=saved_at,
        away_seconds=restored.away_seconds,
        was_running=restored.was_running,
        remaining=snap.remaining,
        item_finished=snap.finished,
    )
