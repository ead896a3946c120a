"""Records of a kind one tool produces, kept as `ToolRecord` rows whose payload follows the
kind's schema (capture/payloads.py): the weather check-in (one turn per person present), the
desert-island objects (each one's object and why, then the group's shared kit) and the
collaborative portrait (traits under headings, then the composite portrait). Editing and
removing any record, co-development's included, goes through the two generic operations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.kinds import payload_schema
from facilitator_app.capture.payloads import check_payload
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import ToolRecord
from facilitator_app.services.capture.common import (
    by_uid,
    check_item,
    check_participant,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class RecordView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    kind: str
    data: dict[str, Any]
    participant_id: int | None = None
    author: str = ""
    group_label: str = ""
    parent_id: int | None = None
    position: int = 0
    created_at: datetime | None = None

    def __getitem__(self, name: str) -> Any:
        return self.data.get(name)


def record_view(r: ToolRecord) -> RecordView:
    return RecordView(
        r.id,
        r.uid,
        r.workshop_id,
        r.item_id,
        r.kind,
        dict(r.data or {}),
        r.participant_id,
        r.author,
        r.group_label,
        r.parent_id,
        r.position,
        r.created_at,
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def summary(kind: str, data: dict[str, Any]) -> str:
    """A few words that name a record on the Undo menu."""
    for key in ("object", "trait", "text", "problem", "client", "weather"):
        if data.get(key):
            return _short(str(data[key]))
    return kind


def write_record(
    session: Any,
    workshop_id: int,
    item_id: int | None,
    kind: str,
    data: dict[str, Any],
    *,
    participant_id: int | None = None,
    author: str = "",
    group_label: str = "",
    parent_id: int | None = None,
    uid: str | None = None,
) -> int:
    """Inside a transaction: a new record, its payload checked. Returns its id."""
    same = by_uid(session, ToolRecord, uid, workshop_id)
    if same is not None:
        return int(same.id)
    payload = check_payload(payload_schema(kind), data)
    check_item(session, workshop_id, item_id)
    name = check_participant(session, workshop_id, participant_id)
    if parent_id is not None:
        parent = get_row(session, ToolRecord, parent_id, Phrase("record"))
        if parent.workshop_id != workshop_id:
            raise UserError("this record belongs to another workshop")
    record = ToolRecord(
        workshop_id=workshop_id,
        item_id=item_id,
        kind=kind,
        data=payload,
        participant_id=participant_id,
        author=limits.one_line(author or name, limits.NAME, Phrase("a name")),
        group_label=limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name")),
        parent_id=parent_id,
        position=next_position(
            session,
            ToolRecord,
            ToolRecord.workshop_id == workshop_id,
            ToolRecord.item_id == item_id,
            ToolRecord.kind == kind,
        ),
    )
    if uid is not None:
        record.uid = uid
    session.add(record)
    session.flush()
    notify(session, "tool_record", workshop_id, (record.id,))
    return int(record.id)


@operation("capture.set_weather", "note the weather of {who}")
def set_weather(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    weather: str,
    *,
    participant_id: int | None = None,
    author: str = "",
    comment: str = "",
) -> int:
    """One person's weather, with a word of comment; their turn again replaces it."""
    data = check_payload(payload_schema("weather"), {"weather": weather, "comment": comment})
    with db.transaction() as session:
        name = check_participant(session, workshop_id, participant_id)
        who = limits.one_line(author or name, limits.NAME, Phrase("a name"))
        if not who:
            raise UserError("say whose weather it is")
        describe(who=who)
        query = select(ToolRecord).where(
            ToolRecord.workshop_id == workshop_id,
            ToolRecord.item_id == item_id,
            ToolRecord.kind == "weather",
        )
        query = query.where(
            ToolRecord.participant_id == participant_id
            if participant_id is not None
            else (ToolRecord.participant_id.is_(None) & (ToolRecord.author == who))
        )
        found = session.scalars(query).first()
        if found is not None:
            found.data = data
            found.author = who
            notify(session, "tool_record", workshop_id, (found.id,))
            return int(found.id)
        return write_record(
            session,
            workshop_id,
            item_id,
            "weather",
            data,
            participant_id=participant_id,
            author=who,
        )


@operation("capture.add_object", "add the object “{object}”")
def add_object(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    object: str,
    *,
    reason: str = "",
    kit: bool = False,
    participant_id: int | None = None,
    author: str = "",
    group_label: str = "",
    uid: str | None = None,
) -> int:
    """Someone's object for the desert island and why; `kit`: in the group's shared kit."""
    data = {"object": object, "reason": reason, "kit": kit}
    describe(object=_short(object.strip()))
    with db.transaction() as session:
        return write_record(
            session,
            workshop_id,
            item_id,
            "desert_island",
            data,
            participant_id=participant_id,
            author=author,
            group_label=group_label,
            uid=uid,
        )


@operation("capture.add_trait", "add “{trait}” to the portrait")
def add_trait(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    trait: str,
    *,
    heading: str = "",
    composite: bool = False,
    group_label: str = "",
    author: str = "",
    uid: str | None = None,
) -> int:
    """A trait under a heading of the portrait; `composite`: the portrait the group writes."""
    describe(trait=_short(trait.strip()))
    with db.transaction() as session:
        return write_record(
            session,
            workshop_id,
            item_id,
            "portrait",
            {"heading": heading, "trait": trait, "composite": composite},
            author=author,
            group_label=group_label,
            uid=uid,
        )


@operation("capture.edit_record", "edit “{text}”")
def edit_record(
    db: Database,
    record_id: int,
    changes: dict[str, Any],
    *,
    group_label: str | None = None,
) -> None:
    """Change fields of a record's payload (checked against its kind's schema)."""
    with db.transaction() as session:
        record = get_row(session, ToolRecord, record_id, Phrase("record"))
        data = check_payload(payload_schema(record.kind), {**(record.data or {}), **changes})
        describe(text=summary(record.kind, data))
        record.data = data
        if group_label is not None:
            record.group_label = limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group"))
        notify(session, "tool_record", record.workshop_id, (record.id,))


@operation("capture.remove_record", "remove “{text}”")
def remove_record(db: Database, record_id: int) -> None:
    """The record and the records that belong to it (a session's questions and plan)."""
    with db.transaction() as session:
        record = get_row(session, ToolRecord, record_id, Phrase("record"))
        describe(text=summary(record.kind, record.data or {}))
        workshop_id = record.workshop_id
        session.delete(record)
        notify(session, "tool_record", workshop_id, (record_id,))


def records_of(db: Database, workshop_id: int, item_id: int | None, kind: str) -> list[RecordView]:
    with db.reading() as session:
        rows = session.scalars(
            select(ToolRecord)
            .where(
                ToolRecord.workshop_id == workshop_id,
                ToolRecord.item_id == item_id,
                ToolRecord.kind == kind,
            )
            .order_by(ToolRecord.group_label, ToolRecord.position, ToolRecord.id)
        )
        return [record_view(r) for r in rows]


def get_record(db: Database, record_id: int) -> RecordView:
    with db.reading() as session:
        return record_view(get_row(session, ToolRecord, record_id, Phrase("record")))
