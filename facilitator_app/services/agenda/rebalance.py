"""Finishing a late day on time: the proposal (facilitator_app.rebalance, from the one lateness
rule) and accepting it, one named operation and so one undo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from facilitator_app import agenda, rebalance
from facilitator_app.errors import UserError
from facilitator_app.services.agenda.base import get_day, items_of, notify, renumber
from facilitator_app.services.agenda.views import DayView
from facilitator_app.services.operations import describe, operation
from facilitator_app.step_lengths import fit_phases
from facilitator_app.storage.database import Database


def day_items(day: DayView) -> list[rebalance.DayItem]:
    """What the rebalancing reads of a day's items, in order."""
    return [
        rebalance.DayItem(
            item.duration_minutes,
            item.kind,
            pinned=item.pinned_start is not None,
            fixed=item.fixed,
            phases=item.phases,
        )
        for item in day.items
    ]


def day_rebalancing(
    db: Database, day_id: int, now: datetime, tz: tzinfo | None = None
) -> rebalance.Proposal:
    """The planner's proposal for a day being run (the console computes its own from its
    timer in memory, with the same rule)."""
    from facilitator_app.services.agenda.views import day_agenda, project_day

    return rebalance.propose(project_day(db, day_id, now, tz), day_items(day_agenda(db, day_id)))


@operation("agenda.rebalance", "catch up the day “{title}”")
def rebalance_day(db: Database, day_id: int, cuts: Sequence[tuple[int, int | None]]) -> None:
    """Apply a proposal: each (item id, new length in minutes) is shortened, its steps moved
    within their bounds; (item id, None) drops the item. One transaction, one undo."""
    with db.transaction() as session:
        day = get_day(session, day_id, lock=True)
        describe(title=day.title or (day.date.isoformat() if day.date else str(day.position + 1)))
        items = items_of(session, day_id)
        by_id = {item.id: item for item in items}
        for item_id, minutes in cuts:
            item = by_id.get(item_id)
            if item is None:
                raise UserError("this item is no longer on the day: look at the proposal again")
            if minutes is None:
                items.remove(item)
                session.delete(item)
                continue
            if not 0 < minutes <= item.duration_minutes:
                raise UserError("catching up only shortens an item")
            if item.phases:
                fit = fit_phases(item.phases, minutes)
                item.phases = (
                    fit.phases if fit.reached else agenda.scale_phases(item.phases, minutes)
                )
            item.duration_minutes = minutes
        renumber(items)
        notify(session, day.workshop_id)
