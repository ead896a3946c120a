"""Clearing what the live run recorded on a day (a run by mistake, a rehearsal recorded for
real): the items' actual start and end, their phase logs, and the interrupted run that would
write them again. Undoable: the operation returns what it removed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete

from facilitator_app.models import PhaseLog, RunState
from facilitator_app.services.agenda.base import get_day, items_of, publish
from facilitator_app.services.agenda.dependents import _MODELS, Dependents, collect
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class ActualTimes:
    """What `clear_actual_times` removed from one day, to put back on undo."""

    day_id: int
    workshop_id: int
    times: tuple[tuple[int, datetime | None, datetime | None], ...]  # (item id, start, end)
    logs: Dependents
    run_state: Dependents

    @property
    def is_empty(self) -> bool:
        return not self.times and not self.logs.owned and not self.run_state.owned


def clear_actual_times(db: Database, day_id: int) -> ActualTimes:
    """Forget that the day's items ran: the planner shows the plan again, untouched."""
    with db.transaction() as session:
        day = get_day(session, day_id)
        workshop_id = day.workshop_id
        items = items_of(session, day_id)
        ids = [item.id for item in items]
        times = tuple(
            (item.id, item.actual_start, item.actual_end)
            for item in items
            if item.actual_start is not None or item.actual_end is not None
        )
        logs = Dependents(
            owned=tuple(
                entry
                for item_id in ids
                for entry in collect(session, "item_id", item_id, (PhaseLog,)).owned
            )
        )
        run_state = Dependents()
        saved = session.get(RunState, workshop_id)
        if saved is not None and saved.item_id in ids:
            run_state = collect(session, "workshop_id", workshop_id, (RunState,))
            session.delete(saved)
        for item in items:
            item.actual_start = None
            item.actual_end = None
        if ids:
            session.execute(delete(PhaseLog).where(PhaseLog.item_id.in_(ids)))
    publish(db, workshop_id)
    return ActualTimes(day_id, workshop_id, times, logs, run_state)


def restore_actual_times(db: Database, removed: ActualTimes) -> None:
    """Undo `clear_actual_times`: the times, the phase logs (with their ids) and the run."""
    with db.transaction() as session:
        items = {item.id: item for item in items_of(session, removed.day_id)}
        for item_id, start, end in removed.times:
            item = items.get(item_id)
            if item is not None:
                item.actual_start, item.actual_end = start, end
        for table, values in (*removed.logs.owned, *removed.run_state.owned):
            if table == PhaseLog.__tablename__ and values.get("item_id") not in items:
                continue  # the item was removed since
            if table == RunState.__tablename__ and session.get(RunState, removed.workshop_id):
                continue  # a new run started since: it wins
            session.add(_MODELS[table](**values))
    publish(db, removed.workshop_id)
