"""Named operations on an agenda item's steps (its phases): the planner's step editor sets
them (names, lengths, groupings, instructions, a question per round, rounds, order) and can
put back the method's own; the item's length follows its steps."""

from __future__ import annotations

from typing import Any

from facilitator_app.errors import UserError
from facilitator_app.services.agenda.base import check_minutes, get_item, notify
from facilitator_app.services.agenda.phases import check_phases
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database
from facilitator_app.tools.planning import usual_minutes


def _clean(phases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each step as the timer reads it: whole seconds and rounds, a question per round at
    most."""
    cleaned = []
    for phase in phases:
        copy = dict(phase)
        seconds = copy.get("seconds", 0)
        if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 0:
            raise UserError("a step lasts a whole number of seconds")
        rounds = copy.get("rounds", 1) or 1
        questions = [str(q or "") for q in copy.get("questions") or ()]
        if questions:
            copy["questions"] = (questions + [""] * rounds)[:rounds]
        cleaned.append(copy)
    return cleaned


@operation("agenda.set_steps", "change the steps of “{title}”")
def set_steps(
    db: Database, item_id: int, phases: list[dict[str, Any]], *, minutes: int | None = None
) -> None:
    """The item's steps as the facilitator edited them; its length is theirs (rounded up to
    the minute) unless `minutes` is given."""
    check_phases(phases)
    phases = _clean(phases)
    length = usual_minutes(phases) if minutes is None else minutes
    check_minutes(length)
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        item.phases = phases or None
        item.duration_minutes = length
        notify(session, item.day.workshop_id)


@operation("agenda.reset_steps", "put back the method's steps in “{title}”")
def reset_steps(db: Database, item_id: int) -> None:
    """The steps of the item's method, as the library has them, fitted to the room."""
    from facilitator_app.services.agenda.items import _people_in_the_room
    from facilitator_app.services.library import find_tool
    from facilitator_app.tools.planning import plan_phases

    with db.reading() as session:
        item = get_item(session, item_id)
        tool_id = item.tool_id
        participants = _people_in_the_room(session, item.day)
    if not tool_id:
        raise UserError("this item has no method to take the steps from")
    phases = plan_phases(find_tool(db, tool_id), participants=participants)
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        item.phases = phases
        item.duration_minutes = max(1, usual_minutes(phases))
        notify(session, item.day.workshop_id)
