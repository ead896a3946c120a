"""Action items: what, who, by when (a date, or "d'ici 6 mois" when there is none yet) and
their status, per item and group; the action plan of the report lists them all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.words import ACTION_STATUSES
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import ActionItem
from facilitator_app.services.capture.common import (
    by_uid,
    check_choice,
    check_item,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

STATUSES = tuple(ACTION_STATUSES)
_UNSET: Any = object()


@dataclass(frozen=True)
class ActionView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    what: str
    who: str
    due_on: date | None
    due_text: str
    status: str
    group_label: str
    position: int


def _view(a: ActionItem) -> ActionView:
    return ActionView(
        a.id,
        a.uid,
        a.workshop_id,
        a.item_id,
        a.what,
        a.who,
        a.due_on,
        a.due_text,
        a.status,
        a.group_label,
        a.position,
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _due(due_on: Any) -> date | None:
    if due_on is not None and not isinstance(due_on, date):
        raise UserError("a due date must be a date")
    return due_on


@operation("capture.add_action", "add the action “{what}”")
def add_action(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    what: str,
    *,
    who: str = "",
    due_on: date | None = None,
    due_text: str = "",
    status: str = "open",
    group_label: str = "",
    uid: str | None = None,
) -> int:
    what = limits.checked_text(what, limits.NOTE_TEXT, Phrase("an action"), required=True)
    who = limits.one_line(who, limits.TITLE, Phrase("who does it"))
    due_text = limits.one_line(due_text, limits.NAME, Phrase("by when"))
    check_choice(status, STATUSES, Phrase("status"))
    describe(what=_short(what))
    with db.transaction() as session:
        same = by_uid(session, ActionItem, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        action = ActionItem(
            workshop_id=workshop_id,
            item_id=item_id,
            what=what,
            who=who,
            due_on=_due(due_on),
            due_text=due_text,
            status=status,
            group_label=limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name")),
            position=next_position(
                session,
                ActionItem,
                ActionItem.workshop_id == workshop_id,
                ActionItem.item_id == item_id,
            ),
        )
        if uid is not None:
            action.uid = uid
        session.add(action)
        session.flush()
        notify(session, "action_item", workshop_id, (action.id,))
        return int(action.id)


@operation("capture.edit_action", "edit the action “{what}”")
def edit_action(
    db: Database,
    action_id: int,
    *,
    what: str | None = None,
    who: str | None = None,
    due_on: date | None = _UNSET,
    due_text: str | None = None,
    status: str | None = None,
) -> None:
    with db.transaction() as session:
        action = get_row(session, ActionItem, action_id, Phrase("action"))
        if what is not None:
            action.what = limits.checked_text(
                what, limits.NOTE_TEXT, Phrase("an action"), required=True
            )
        if who is not None:
            action.who = limits.one_line(who, limits.TITLE, Phrase("who does it"))
        if due_on is not _UNSET:
            action.due_on = _due(due_on)
        if due_text is not None:
            action.due_text = limits.one_line(due_text, limits.NAME, Phrase("by when"))
        if status is not None:
            action.status = check_choice(status, STATUSES, Phrase("status"))
        describe(what=_short(action.what))
        notify(session, "action_item", action.workshop_id, (action.id,))


@operation("capture.remove_action", "remove the action “{what}”")
def remove_action(db: Database, action_id: int) -> None:
    with db.transaction() as session:
        action = get_row(session, ActionItem, action_id, Phrase("action"))
        describe(what=_short(action.what))
        workshop_id = action.workshop_id
        session.delete(action)
        notify(session, "action_item", workshop_id, (action_id,))


def actions_of(db: Database, workshop_id: int, item_id: int | None) -> list[ActionView]:
    with db.reading() as session:
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.workshop_id == workshop_id, ActionItem.item_id == item_id)
            .order_by(ActionItem.group_label, ActionItem.position, ActionItem.id)
        )
        return [_view(a) for a in rows]


def action_plan(db: Database, workshop_id: int) -> list[ActionView]:
    """Every action of the workshop, in the order they were agreed."""
    with db.reading() as session:
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.workshop_id == workshop_id)
            .order_by(ActionItem.created_at, ActionItem.id)
        )
        return [_view(a) for a in rows]
