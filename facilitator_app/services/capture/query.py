"""Everything captured in a workshop, as plain data, in the order of the registry
(capture/kinds.py): the printed reports and `facilitator-app outputs` read this one function.

Each section holds one kind's rows: a dict per record whose keys are the kind's column keys,
values as stored (codes such as "fog", dates, times, numbers; `capture.table` turns them into
words), plus `_id` (the row's id), `_item_id` and, where records belong together (a
decision's rounds, a session's entries), `_group` (the uid they share). Contract:
docs/development.md, "Contract: captured outputs".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.capture.halfday import item_half_day
from facilitator_app.capture.kinds import KINDS, OutputKind, get_kind
from facilitator_app.capture.params import Label, spec_of
from facilitator_app.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Card,
    CardCluster,
    Day,
    Note,
    Participant,
    Photo,
    ToolRecord,
)
from facilitator_app.services.capture.common import check_item, get_workshop
from facilitator_app.services.capture.query_rounds import RoundsReader
from facilitator_app.storage.database import Database

Row = dict[str, Any]


@dataclass(frozen=True)
class Section:
    kind: OutputKind
    rows: tuple[Row, ...]
    # Words the items declare for coded columns: {"category": {"wind": Label(...)}}.
    labels: Mapping[str, Mapping[str, Label]] = field(default_factory=dict)


@dataclass(frozen=True)
class Captured:
    workshop_id: int
    workshop_uid: str
    title: str
    language: str  # the workshop's: reports are printed in it
    sections: tuple[Section, ...]

    def section(self, kind_id: str) -> Section | None:
        return next((s for s in self.sections if s.kind.id == kind_id), None)

    @property
    def count(self) -> int:
        return sum(len(s.rows) for s in self.sections)


def capture_of(
    db: Database, workshop_id: int, item_id: int | None = None, kind: str | None = None
) -> Captured:
    """What was captured in the workshop (or during one item, or of one kind), every kind of
    the registry in its order, each with its rows (a kind with nothing has no rows).
    Raises NotFoundError for an unknown workshop or item, UserError for an unknown kind."""
    wanted = [get_kind(kind)] if kind is not None else list(KINDS)
    with db.reading() as session:
        workshop = get_workshop(session, workshop_id)
        if item_id is not None:
            check_item(session, workshop_id, item_id)
        reader = _Reader(session, workshop_id, item_id)
        sections = tuple(reader.section(k) for k in wanted)
        return Captured(workshop.id, workshop.uid, workshop.title, workshop.language, sections)


class _Reader(RoundsReader):
    def __init__(self, session: Session, workshop_id: int, item_id: int | None) -> None:
        self.s = session
        self.workshop_id = workshop_id
        self.item_id = item_id
        days = session.execute(
            select(Day.id, Day.date, Day.title, Day.position)
            .where(Day.workshop_id == workshop_id)
            .order_by(Day.position, Day.id)
        ).all()
        self.days = {d.id: d for d in days}
        items = session.execute(
            select(
                AgendaItem.id,
                AgendaItem.title,
                AgendaItem.day_id,
                AgendaItem.phases,
                AgendaItem.pinned_start,
                AgendaItem.actual_start,
            )
            .where(AgendaItem.day_id.in_(list(self.days)))
            .order_by(AgendaItem.day_id, AgendaItem.position, AgendaItem.id)
        ).all()
        day_order = {d.id: index for index, d in enumerate(days)}
        items = sorted(items, key=lambda i: day_order[i.day_id])
        self.items = {i.id: i for i in items}
        self.order = {i.id: index for index, i in enumerate(items)}
        self.people = dict(
            session.execute(
                select(Participant.id, Participant.name).where(
                    Participant.workshop_id == workshop_id
                )
            ).all()
        )

    # -- helpers -----------------------------------------------------------------------------
    def title(self, item_id: int | None) -> str:
        item = self.items.get(item_id) if item_id is not None else None
        return item.title if item is not None else ""

    def where(self, model: Any) -> list[Any]:
        conditions = [model.workshop_id == self.workshop_id]
        if self.item_id is not None:
            conditions.append(model.item_id == self.item_id)
        return conditions

    def sort_key(self, item_id: int | None, group: str, position: int, row_id: int) -> tuple:
        """Agenda order, then the order things were captured in (groups interleave as the
        room spoke; a report groups them if it wants); what belongs to no item first."""
        del group
        return (
            self.order.get(item_id, len(self.order)) if item_id is not None else -1,
            position,
            row_id,
        )

    def base(self, item_id: int | None, row_id: int, group: str | None = None) -> Row:
        row: Row = {"_id": row_id, "_item_id": item_id, "item": self.title(item_id)}
        if group is not None:
            row["group"] = group
        return row

    def declared(self, capture_kind: str, name: str) -> dict[str, Label]:
        """The labels the items' phases declare for a parameter (a speed boat's columns)."""
        found: dict[str, Label] = {}
        for item in self.items.values():
            if self.item_id is not None and item.id != self.item_id:
                continue
            for phase in item.phases or ():
                spec = spec_of(phase.get("capture")) if isinstance(phase, dict) else None
                if spec is not None and spec.kind == capture_kind:
                    for label in spec.labels(name):
                        found.setdefault(label.key, label)
        return found

    def section(self, kind: OutputKind) -> Section:
        rows, labels = getattr(self, f"_{kind.id}")()
        return Section(kind, tuple(rows), labels)

    # -- kinds -------------------------------------------------------------------------------
    def _attendance(self) -> tuple[list[Row], dict]:
        query = (
            select(
                Attendance.id,
                Attendance.day_id,
                Attendance.half_day,
                Attendance.status,
                Attendance.arrived_at,
                Attendance.left_at,
                Attendance.signed,
                Participant.id,
                Participant.name,
                Participant.organisation,
            )
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(Participant.workshop_id == self.workshop_id)
        )
        if self.item_id is not None:
            item = self.items[self.item_id]
            half = item_half_day(item.pinned_start, item.actual_start)
            query = query.where(Attendance.day_id == item.day_id)
            if half is not None:
                query = query.where(Attendance.half_day == half)
        day_order = {day_id: index for index, day_id in enumerate(self.days)}
        found = sorted(
            self.s.execute(query).all(),
            key=lambda r: (day_order.get(r[1], 0), r[2], r[7]),
        )
        rows = []
        for row_id, day_id, half, status, arrived, left, signed, _pid, name, org in found:
            day = self.days.get(day_id)
            rows.append(
                {
                    "_id": row_id,
                    "_item_id": None,
                    "participant": name,
                    "organisation": org,
                    "day": day.date if day is not None and day.date else (day.title if day else ""),
                    "half_day": half,
                    "status": status,
                    "arrived_at": arrived,
                    "left_at": left,
                    "signed": "yes" if signed else "no",
                }
            )
        return rows, {}

    def _records(self, kind: str) -> list[Any]:
        records = self.s.scalars(
            select(ToolRecord).where(*self.where(ToolRecord), ToolRecord.kind == kind)
        ).all()
        return sorted(
            records, key=lambda r: self.sort_key(r.item_id, r.group_label, r.position, r.id)
        )

    def _who(self, record: Any) -> str:
        return str(record.author or self.people.get(record.participant_id, ""))

    def _weather(self) -> tuple[list[Row], dict]:
        rows = []
        for r in self._records("weather"):
            data = r.data or {}
            rows.append(
                {
                    **self.base(r.item_id, r.id),
                    "participant": self._who(r),
                    "weather": data.get("weather", ""),
                    "comment": data.get("comment", ""),
                }
            )
        return rows, {}

    def _note(self) -> tuple[list[Row], dict]:
        found = self.s.execute(
            select(
                Note.id, Note.item_id, Note.group_label, Note.position, Note.scribe, Note.text
            ).where(*self.where(Note))
        ).all()
        found = sorted(found, key=lambda n: self.sort_key(n[1], n[2], n[3], n[0]))
        return [
            {**self.base(item, row_id, group), "scribe": scribe, "text": text}
            for row_id, item, group, _position, scribe, text in found
        ], {}

    def _cluster_names(self) -> dict[int, str]:
        return dict(
            self.s.execute(
                select(CardCluster.id, CardCluster.name).where(
                    CardCluster.workshop_id == self.workshop_id
                )
            ).all()
        )

    def _card(self) -> tuple[list[Row], dict]:
        clusters = self._cluster_names()
        found = self.s.execute(
            select(
                Card.id,
                Card.item_id,
                Card.group_label,
                Card.position,
                Card.text,
                Card.colour,
                Card.category,
                Card.cluster_id,
                Card.x,
                Card.y,
                Card.author,
            ).where(*self.where(Card))
        ).all()
        found = sorted(found, key=lambda c: self.sort_key(c[1], c[2], c[3], c[0]))
        rows = [
            {
                **self.base(c.item_id, c.id, c.group_label),
                "text": c.text,
                "colour": c.colour,
                "category": c.category,
                "cluster": clusters.get(c.cluster_id, "") if c.cluster_id else "",
                "x": c.x,
                "y": c.y,
                "author": c.author,
            }
            for c in found
        ]
        return rows, {"category": self.declared("card", "categories")}

    def _cluster(self) -> tuple[list[Row], dict]:
        counts = dict(
            self.s.execute(
                select(Card.cluster_id, func.count(Card.id))
                .where(Card.workshop_id == self.workshop_id, Card.cluster_id.is_not(None))
                .group_by(Card.cluster_id)
            ).all()
        )
        found = self.s.scalars(select(CardCluster).where(*self.where(CardCluster))).all()
        found = sorted(
            found, key=lambda k: self.sort_key(k.item_id, k.group_label, k.position, k.id)
        )
        return [
            {
                **self.base(k.item_id, k.id, k.group_label),
                "name": k.name,
                "cards": counts.get(k.id, 0),
            }
            for k in found
        ], {}

    def _desert_island(self) -> tuple[list[Row], dict]:
        rows = []
        for r in self._records("desert_island"):
            data = r.data or {}
            rows.append(
                {
                    **self.base(r.item_id, r.id, r.group_label),
                    "participant": self._who(r),
                    "object": data.get("object", ""),
                    "reason": data.get("reason", ""),
                    "kit": "yes" if data.get("kit") else "no",
                }
            )
        return rows, {}

    def _portrait(self) -> tuple[list[Row], dict]:
        rows = []
        for r in self._records("portrait"):
            data = r.data or {}
            rows.append(
                {
                    **self.base(r.item_id, r.id, r.group_label),
                    "heading": data.get("heading", ""),
                    "trait": data.get("trait", ""),
                    "composite": "yes" if data.get("composite") else "no",
                }
            )
        return rows, {"heading": self.declared("portrait", "headings")}

    def _action(self) -> tuple[list[Row], dict]:
        found = self.s.scalars(select(ActionItem).where(*self.where(ActionItem))).all()
        found = sorted(
            found, key=lambda a: self.sort_key(a.item_id, a.group_label, a.position, a.id)
        )
        return [
            {
                **self.base(a.item_id, a.id, a.group_label),
                "what": a.what,
                "who": a.who,
                "due": a.due_on or a.due_text,
                "status": a.status,
            }
            for a in found
        ], {}

    def _photo(self) -> tuple[list[Row], dict]:
        found = self.s.execute(
            select(
                Photo.id,
                Photo.item_id,
                Photo.group_label,
                Photo.position,
                Photo.caption,
                Photo.filename,
                Photo.media_type,
                func.length(Photo.content),
            ).where(*self.where(Photo))
        ).all()
        found = sorted(found, key=lambda p: self.sort_key(p[1], p[2], p[3], p[0]))
        return [
            {
                **self.base(item, row_id, group),
                "caption": caption,
                "filename": filename,
                "media_type": media_type,
                "size": round((size or 0) / 1024),
            }
            for row_id, item, group, _position, caption, filename, media_type, size in found
        ], {}


def find_item(db: Database, workshop_id: int, reference: str) -> int:
    """An agenda item of the workshop named on the command line: its id, or its title (exact,
    ignoring case)."""
    from facilitator_app.errors import NotFoundError, UserError

    ref = reference.strip()
    with db.reading() as session:
        items = session.execute(
            select(AgendaItem.id, AgendaItem.title)
            .join(Day, Day.id == AgendaItem.day_id)
            .where(Day.workshop_id == workshop_id)
            .order_by(Day.position, AgendaItem.position)
        ).all()
    if ref.isdigit() and any(i.id == int(ref) for i in items):
        return int(ref)
    same = [i.id for i in items if i.title.casefold() == ref.casefold()]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        raise UserError(
            "several items are titled {ref} (ids {ids}): use the id",
            ref=repr(ref),
            ids=", ".join(map(str, same)),
        )
    raise NotFoundError("no agenda item of this workshop matches {ref}", ref=repr(ref))


def kinds_present(db: Database, workshop_id: int, item_id: int) -> set[str]:
    """The kinds of output an item already holds (the console shows their tabs)."""
    found: set[str] = set()
    with db.reading() as session:
        for model, kind in (
            (Note, "note"),
            (Card, "card"),
            (ActionItem, "action"),
            (Photo, "photo"),
            (CardCluster, "cluster"),
        ):
            if session.scalar(
                select(model.id)
                .where(model.workshop_id == workshop_id, model.item_id == item_id)
                .limit(1)
            ):
                found.add(kind)
        from facilitator_app.models import Decision, VoteSession

        found |= set(
            session.scalars(
                select(VoteSession.kind)
                .where(VoteSession.workshop_id == workshop_id, VoteSession.item_id == item_id)
                .distinct()
            )
        )
        for kind in session.scalars(
            select(Decision.kind)
            .where(Decision.workshop_id == workshop_id, Decision.item_id == item_id)
            .distinct()
        ):
            found.add("election" if kind == "election" else "decision")
        found |= set(
            session.scalars(
                select(ToolRecord.kind)
                .where(ToolRecord.workshop_id == workshop_id, ToolRecord.item_id == item_id)
                .distinct()
            )
        )
    return found
