"""The rows that hang on a day or an item, kept aside when it is removed so undo puts them back.

The database deletes a day's attendance (the signed sheet) and an item's phase logs with them,
and only clears the item link of outputs, group sets and the run state. A snapshot keeps the
deleted rows whole (with their ids) and the keys of the rows whose link was cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from facilitator_app.models import (
    ActionItem,
    Attendance,
    Card,
    CardCluster,
    Decision,
    GroupSet,
    Note,
    PhaseLog,
    Photo,
    RunState,
    ToolRecord,
    Vote,
)
from facilitator_app.models.base import Base

# Deleted with the day (cascade).
DAY_OWNED: tuple[type[Base], ...] = (Attendance,)
# Deleted with the item (cascade); role assignments travel in ItemSnapshot.roles.
ITEM_OWNED: tuple[type[Base], ...] = (PhaseLog,)
# Left in place with item_id set to NULL.
ITEM_LINKED: tuple[type[Base], ...] = (
    Note,
    CardCluster,
    Card,
    Vote,
    Decision,
    ActionItem,
    ToolRecord,
    Photo,
    GroupSet,
    RunState,
)
_MODELS = {model.__tablename__: model for model in (*DAY_OWNED, *ITEM_OWNED, *ITEM_LINKED)}


@dataclass(frozen=True)
class Dependents:
    owned: tuple[tuple[str, dict[str, Any]], ...] = ()  # (table, column values)
    linked: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # (table, primary key) link cleared


def collect(
    session: Session,
    column: str,
    parent_id: int,
    owned: tuple[type[Base], ...],
    linked: tuple[type[Base], ...] = (),
) -> Dependents:
    """What `owned` and `linked` rows point at `parent_id` through `column`, before deletion."""
    return Dependents(
        owned=tuple(
            (model.__tablename__, _columns(row))
            for model in owned
            for row in session.scalars(
                select(model).where(getattr(model, column) == parent_id).order_by(*_key(model))
            )
        ),
        linked=tuple(
            (model.__tablename__, tuple(key))
            for model in linked
            for key in session.execute(
                select(*_key(model)).where(getattr(model, column) == parent_id)
            )
        ),
    )


def put_back(session: Session, dependents: Dependents, column: str, parent_id: int) -> None:
    """Re-create the owned rows and relink the linked ones, unless they were relinked since
    (the run moved on to another item) or removed."""
    for table, values in dependents.owned:
        session.add(_MODELS[table](**values))
    for table, key in dependents.linked:
        row = session.get(_MODELS[table], key)
        if row is not None and getattr(row, column) is None:
            setattr(row, column, parent_id)


def _key(model: type[Base]) -> tuple[Any, ...]:
    return tuple(inspect(model).primary_key)


def _columns(row: Base) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs}
