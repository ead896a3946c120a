"""Co-development (Payette and Champagne's method, seed 003): a session's client and problem,
the contract (the help asked for), the consultants' questions and suggestions (their authors
are written only if the group chooses: the method is confidential), the client's synthesis
and action plan (what, resources, by when, indicator, follow-up date) and each participant's
learning. A workshop holds the series (8 sessions over months): each participant is client
once, and the console proposes who has not been yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.payloads import CODEV_ENTRY_PARTS
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Participant, ToolRecord
from facilitator_app.services.capture.common import check_participant, get_row, notify
from facilitator_app.services.capture.records import RecordView, record_view, write_record
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

SERIES_LENGTH = 8
SESSION_TEXTS = ("problem", "contract", "synthesis")


@dataclass(frozen=True)
class CodevSession:
    record: RecordView
    entries: tuple[RecordView, ...]

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def client(self) -> str:
        return str(self.record["client"] or self.record.author)

    @property
    def number(self) -> int:
        return int(self.record["number"] or 0)

    def part(self, name: str) -> tuple[RecordView, ...]:
        return tuple(e for e in self.entries if e["part"] == name)


@operation("capture.start_codev", "start the co-development session of {client}")
def start_session(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    *,
    participant_id: int | None = None,
    client: str = "",
    problem: str = "",
    number: int | None = None,
    uid: str | None = None,
) -> int:
    """The session of one client (a participant, or a name); its number in the series
    follows the sessions already held unless given."""
    with db.transaction() as session:
        name = check_participant(session, workshop_id, participant_id)
        client = limits.one_line(client or name, limits.NAME, Phrase("the client"), required=True)
        describe(client=client)
        if number is None:
            held = session.scalars(
                select(ToolRecord.data).where(
                    ToolRecord.workshop_id == workshop_id,
                    ToolRecord.kind == "codev",
                    ToolRecord.parent_id.is_(None),
                )
            ).all()
            number = 1 + max((int(d.get("number") or 0) for d in held), default=0)
        return write_record(
            session,
            workshop_id,
            item_id,
            "codev",
            {"part": "session", "client": client, "number": number, "problem": problem},
            participant_id=participant_id,
            author=client,
            uid=uid,
        )


@operation("capture.edit_codev", "edit the session of {client}")
def edit_session(db: Database, record_id: int, **texts: str) -> None:
    """The problem, the contract, the synthesis (or the client's name)."""
    from facilitator_app.capture.kinds import payload_schema
    from facilitator_app.capture.payloads import check_payload

    unknown = set(texts) - {*SESSION_TEXTS, "client"}
    if unknown:
        raise UserError("a session has no field {name}", name=sorted(unknown)[0])
    with db.transaction() as session:
        record = _session(session, record_id)
        data = check_payload(payload_schema("codev"), {**record.data, **texts})
        if not data["client"]:
            raise UserError("the client is empty")
        describe(client=data["client"])
        record.data = data
        notify(session, "tool_record", record.workshop_id, (record.id,))


def _session(session: Any, record_id: int) -> ToolRecord:
    record = get_row(session, ToolRecord, record_id, Phrase("session"))
    if record.kind != "codev" or (record.data or {}).get("part") != "session":
        raise UserError("this record is not a co-development session")
    return record


@operation("capture.add_codev_entry", "add to the session of {client}")
def add_entry(
    db: Database,
    record_id: int,
    part: str,
    text: str,
    *,
    author: str = "",
    participant_id: int | None = None,
    resources: str = "",
    due: str = "",
    indicator: str = "",
    follow_up: date | None = None,
    uid: str | None = None,
) -> int:
    """A question, a suggestion, a step of the action plan or a learning."""
    if part not in CODEV_ENTRY_PARTS:
        raise UserError("a session's entry is one of {parts}", parts=", ".join(CODEV_ENTRY_PARTS))
    data: dict[str, Any] = {"part": part, "text": text}
    if part == "plan":
        data.update(
            resources=resources,
            due=due,
            indicator=indicator,
            follow_up=follow_up.isoformat() if follow_up else None,
        )
    elif resources or due or indicator or follow_up:
        raise UserError("resources, a date and an indicator belong to the action plan")
    if not text.strip():
        raise UserError("{what} is empty", what=part)
    with db.transaction() as session:
        parent = _session(session, record_id)
        describe(client=parent.data.get("client") or "-")
        return write_record(
            session,
            parent.workshop_id,
            parent.item_id,
            "codev",
            data,
            participant_id=participant_id,
            author=author,
            parent_id=parent.id,
            uid=uid,
        )


def sessions(db: Database, workshop_id: int, item_id: int | None = None) -> list[CodevSession]:
    """The series in its order (or the item's sessions), each with its entries."""
    with db.reading() as session:
        query = select(ToolRecord).where(
            ToolRecord.workshop_id == workshop_id, ToolRecord.kind == "codev"
        )
        rows = [
            record_view(r)
            for r in session.scalars(query.order_by(ToolRecord.position, ToolRecord.id))
        ]
    heads = [r for r in rows if r.parent_id is None]
    if item_id is not None:
        heads = [r for r in heads if r.item_id == item_id]
    found = [CodevSession(head, tuple(r for r in rows if r.parent_id == head.id)) for head in heads]
    return sorted(found, key=lambda s: (s.number, s.record.id))


def next_clients(db: Database, workshop_id: int) -> list[tuple[int, str]]:
    """The participants who have not yet been client in the series, in roster order."""
    been = {s.record.participant_id for s in sessions(db, workshop_id)}
    names = {s.client for s in sessions(db, workshop_id)}
    with db.reading() as session:
        people = session.execute(
            select(Participant.id, Participant.name)
            .where(Participant.workshop_id == workshop_id)
            .order_by(Participant.id)
        ).all()
    return [(pid, name) for pid, name in people if pid not in been and name not in names]
