"""Clearing what the live run recorded on a day (a run by mistake, a rehearsal recorded for
real): the items' actual start and end, their phase logs, and the interrupted run that would
write them again. Undo puts all of it back."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_app.models import PhaseLog, RunState
from facilitator_app.services.agenda.base import get_day, items_of, notify
from facilitator_app.services.operations import operation
from facilitator_app.storage.database import Database


def has_actual_times(db: Database, day_id: int) -> bool:
    """Whether the day has anything `clear_actual_times` would clear."""
    with db.reading() as session:
        items = items_of(session, day_id)
        ids = [item.id for item in items]
        if any(i.actual_start is not None or i.actual_end is not None for i in items):
            return True
        return (
            bool(ids)
            and session.scalar(select(PhaseLog.id).where(PhaseLog.item_id.in_(ids)).limit(1))
            is not None
        )


@operation("agenda.clear_actual_times", "clear the day's recorded times")
def clear_actual_times(db: Database, day_id: int) -> bool:
    """Forget that the day's items ran: the planner shows the plan again. Returns whether
    there was anything to clear."""
    with db.transaction() as session:
        day = get_day(session, day_id)
        items = items_of(session, day_id)
        ids = [item.id for item in items]
        cleared = False
        saved = session.get(RunState, day.workshop_id)
        if saved is not None and saved.item_id in ids:
            session.delete(saved)
            cleared = True
        for item in items:
            if item.actual_start is not None or item.actual_end is not None:
                item.actual_start = None
                item.actual_end = None
                cleared = True
        if ids:
            for log in session.scalars(select(PhaseLog).where(PhaseLog.item_id.in_(ids))):
                session.delete(log)
                cleared = True
        notify(session, day.workshop_id)
    return cleared
