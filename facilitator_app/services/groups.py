"""Named operations on group sets: plan a split, store it, list, delete (and bring back).

A stored GroupSet is what the projector and the printed table plan show later, and the history
the next re-mix learns from: people who already sat together are kept apart when possible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.grouping import Grouping, Person, count_repeats, make_groups, met_pairs
from facilitator_app.models import (
    Attendance,
    AttendanceStatus,
    Group,
    GroupMember,
    GroupSet,
    Participant,
    Workshop,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce


@dataclass(frozen=True)
class GroupView:
    label: str
    member_ids: tuple[int, ...]
    member_names: tuple[str, ...]
    member_organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupSetView:
    id: int
    workshop_id: int
    name: str
    round_index: int
    item_id: int | None
    created_at: datetime
    groups: tuple[GroupView, ...]
    repeated_pairs: int  # pairs who had already met in the group sets stored before this one

    @property
    def people(self) -> int:
        return sum(len(g.member_ids) for g in self.groups)


def _check_workshop(session: Session, workshop_id: int, *, lock: bool = False) -> None:
    if session.get(Workshop, workshop_id, with_for_update=lock or None) is None:
        raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)


def _stored(session: Session, workshop_id: int) -> list[GroupSet]:
    query = (
        select(GroupSet)
        .where(GroupSet.workshop_id == workshop_id)
        .options(selectinload(GroupSet.groups).selectinload(Group.members))
        .order_by(GroupSet.round_index, GroupSet.id)
    )
    return list(session.scalars(query))


def _member_ids(group_set: GroupSet) -> list[list[int]]:
    return [sorted(m.participant_id for m in g.members) for g in group_set.groups]


def list_group_sets(db: Database, workshop_id: int) -> list[GroupSetView]:
    """Oldest round first; each with its repeats counted against the sets before it."""
    with db.reading() as session:
        people = {
            row.id: (row.name, row.organisation)
            for row in session.execute(
                select(Participant.id, Participant.name, Participant.organisation).where(
                    Participant.workshop_id == workshop_id
                )
            )
        }
        result: list[GroupSetView] = []
        history: list[list[list[int]]] = []
        for stored in _stored(session, workshop_id):
            members = _member_ids(stored)
            groups = tuple(
                GroupView(
                    g.label,
                    tuple(ids),
                    tuple(people.get(i, ("", ""))[0] for i in ids),
                    tuple(people.get(i, ("", ""))[1] for i in ids),
                )
                for g, ids in zip(stored.groups, members, strict=True)
            )
            result.append(
                GroupSetView(
                    id=stored.id,
                    workshop_id=workshop_id,
                    name=stored.name,
                    round_index=stored.round_index,
                    item_id=stored.item_id,
                    created_at=stored.created_at,
                    groups=groups,
                    repeated_pairs=count_repeats(members, met_pairs(history)),
                )
            )
            history.append(members)
        return result


def history(db: Database, workshop_id: int) -> list[list[list[int]]]:
    """Every stored group set as lists of participant ids: who has already met whom."""
    with db.reading() as session:
        return [_member_ids(s) for s in _stored(session, workshop_id)]


def next_round_index(db: Database, workshop_id: int) -> int:
    with db.reading() as session:
        highest = session.scalar(
            select(func.max(GroupSet.round_index)).where(GroupSet.workshop_id == workshop_id)
        )
        return 0 if highest is None else highest + 1


def present_ids(db: Database, workshop_id: int, day_id: int, half_day: str) -> set[int]:
    """Who is marked present for this half-day."""
    with db.reading() as session:
        query = (
            select(Attendance.participant_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(
                Participant.workshop_id == workshop_id,
                Attendance.day_id == day_id,
                Attendance.half_day == half_day,
                Attendance.status == AttendanceStatus.PRESENT.value,
            )
        )
        return set(session.scalars(query))


def plan_groups(
    db: Database,
    workshop_id: int,
    *,
    size: int | None = None,
    count: int | None = None,
    spread: Iterable[str] = (),
    avoid_repeats: bool = False,
    only: Iterable[int] | None = None,
    seed: int | None = None,
) -> Grouping:
    """A split of the roster (or of the people in `only`), not stored yet."""
    with db.reading() as session:
        _check_workshop(session, workshop_id)
        people = [
            Person(p.id, p.organisation, p.category)
            for p in session.scalars(
                select(Participant)
                .where(Participant.workshop_id == workshop_id)
                .order_by(Participant.id)
            )
        ]
        past = [_member_ids(s) for s in _stored(session, workshop_id)]
    if only is not None:
        chosen = set(only)
        people = [p for p in people if p.id in chosen]
    if not people:
        raise UserError("there is nobody to put into groups")
    return make_groups(
        people,
        size=size,
        count=count,
        spread=spread,
        history=past,
        avoid_repeats=avoid_repeats,
        seed=seed,
    )


@operation("groups.save", "save the groups “{name}”")
def save_group_set(
    db: Database,
    workshop_id: int,
    groups: Sequence[Sequence[int]],
    *,
    name: str = "",
    labels: Sequence[str] | None = None,
    round_index: int | None = None,
    item_id: int | None = None,
) -> int:
    """Store a split (by default as the next round); returns the new group set's id."""
    if labels is not None and len(labels) != len(groups):
        raise ValueError("one label per group")
    everyone = [i for g in groups for i in g]
    if len(everyone) != len(set(everyone)):
        raise UserError("someone is in two groups of the same set")
    describe(name=name.strip())
    with db.transaction() as session:
        _check_workshop(session, workshop_id, lock=True)
        if round_index is None:
            highest = session.scalar(
                select(func.max(GroupSet.round_index)).where(GroupSet.workshop_id == workshop_id)
            )
            round_index = 0 if highest is None else highest + 1
        known = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.workshop_id == workshop_id, Participant.id.in_(everyone)
                )
            )
        )
        if known != set(everyone):
            raise UserError("some people in these groups are not on this workshop's roster")
        group_set = GroupSet(
            workshop_id=workshop_id, name=name.strip(), round_index=round_index, item_id=item_id
        )
        for position, ids in enumerate(groups):
            label = labels[position] if labels is not None else str(position + 1)
            group = Group(position=position, label=label)
            group.members = [GroupMember(participant_id=i) for i in ids]
            group_set.groups.append(group)
        session.add(group_set)
        session.flush()
        new_id = group_set.id
        announce(session, Change("groups", workshop_id, (new_id,)))
    return new_id


@operation("groups.delete", "delete the groups “{name}”")
def delete_group_set(db: Database, group_set_id: int) -> None:
    with db.transaction() as session:
        stored = session.get(GroupSet, group_set_id)
        if stored is None:
            raise NotFoundError(
                "group set {group_set_id} does not exist", group_set_id=group_set_id
            )
        describe(name=stored.name)
        session.delete(stored)
        announce(session, Change("groups", stored.workshop_id, (group_set_id,)))
