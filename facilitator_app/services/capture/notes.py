"""Notes per item and per group or table, with the scribe's name: the scribe types a line and
presses Enter, a note written at the wrong table moves to the right one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.errors import Phrase
from facilitator_app.models import GroupSet, Note, RoleAssignment
from facilitator_app.services.capture.common import (
    by_uid,
    check_item,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class NoteView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    group_label: str
    scribe: str
    text: str
    position: int
    created_at: datetime


def _view(note: Note) -> NoteView:
    return NoteView(
        note.id,
        note.uid,
        note.workshop_id,
        note.item_id,
        note.group_label,
        note.scribe,
        note.text,
        note.position,
        note.created_at,
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


@operation("capture.add_note", "add the note “{text}”")
def add_note(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    text: str,
    *,
    group_label: str = "",
    scribe: str = "",
    uid: str | None = None,
) -> int:
    """A note at the end of its group's list; the same `uid` twice stores it once."""
    text = limits.checked_text(text, limits.NOTE_TEXT, Phrase("a note"), required=True)
    group_label = limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name"))
    scribe = limits.one_line(scribe, limits.NAME, Phrase("a scribe's name"))
    describe(text=_short(text))
    with db.transaction() as session:
        same = by_uid(session, Note, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        note = Note(
            workshop_id=workshop_id,
            item_id=item_id,
            group_label=group_label,
            scribe=scribe,
            text=text,
            position=next_position(
                session, Note, Note.workshop_id == workshop_id, Note.item_id == item_id
            ),
        )
        if uid is not None:
            note.uid = uid
        session.add(note)
        session.flush()
        notify(session, "note", workshop_id, (note.id,))
        return int(note.id)


@operation("capture.edit_note", "edit the note “{text}”")
def edit_note(
    db: Database, note_id: int, *, text: str | None = None, scribe: str | None = None
) -> None:
    with db.transaction() as session:
        note = get_row(session, Note, note_id, Phrase("note"))
        if text is not None:
            note.text = limits.checked_text(text, limits.NOTE_TEXT, Phrase("a note"), required=True)
        if scribe is not None:
            note.scribe = limits.one_line(scribe, limits.NAME, Phrase("a scribe's name"))
        describe(text=_short(note.text))
        notify(session, "note", note.workshop_id, (note.id,))


@operation("capture.move_note", "move the note “{text}” to {group}")
def move_note(db: Database, note_id: int, group_label: str) -> None:
    """To another group or table: at the end of that group's notes."""
    group_label = limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name"))
    with db.transaction() as session:
        note = get_row(session, Note, note_id, Phrase("note"))
        describe(text=_short(note.text), group=group_label or "-")
        if note.group_label == group_label:
            return
        note.group_label = group_label
        note.position = next_position(
            session, Note, Note.workshop_id == note.workshop_id, Note.item_id == note.item_id
        )
        notify(session, "note", note.workshop_id, (note.id,))


@operation("capture.remove_note", "remove the note “{text}”")
def remove_note(db: Database, note_id: int) -> None:
    with db.transaction() as session:
        note = get_row(session, Note, note_id, Phrase("note"))
        describe(text=_short(note.text))
        workshop_id = note.workshop_id
        session.delete(note)
        notify(session, "note", workshop_id, (note_id,))


def notes_of(db: Database, workshop_id: int, item_id: int | None) -> list[NoteView]:
    """The item's notes, by group then in the order they were written."""
    with db.reading() as session:
        rows = session.scalars(
            select(Note)
            .where(Note.workshop_id == workshop_id, Note.item_id == item_id)
            .order_by(Note.group_label, Note.position, Note.id)
        )
        return [_view(n) for n in rows]


def notes_by_id(db: Database, ids: tuple[int, ...]) -> list[NoteView]:
    with db.reading() as session:
        return [_view(n) for n in session.scalars(select(Note).where(Note.id.in_(ids)))]


def groups_of(db: Database, workshop_id: int, item_id: int | None) -> list[str]:
    """The groups or tables of an item: its group sets' labels, then any other label its
    outputs already use (a table named on the fly)."""
    from facilitator_app.models import Group

    with db.reading() as session:
        labels: list[str] = []
        if item_id is not None:
            sets = select(GroupSet.id).where(GroupSet.item_id == item_id)
            labels = list(
                session.scalars(
                    select(Group.label)
                    .where(Group.group_set_id.in_(sets))
                    .order_by(Group.group_set_id, Group.position)
                )
            )
        used = session.scalars(
            select(Note.group_label)
            .where(Note.workshop_id == workshop_id, Note.item_id == item_id)
            .distinct()
        )
        return list(dict.fromkeys([*labels, *(label for label in used if label)]))


def scribe_of(db: Database, item_id: int | None, group_label: str = "") -> str:
    """Who holds the scribe role for the item (at that table, else for the whole item)."""
    if item_id is None:
        return ""
    with db.reading() as session:
        roles = list(
            session.scalars(
                select(RoleAssignment).where(
                    RoleAssignment.item_id == item_id, RoleAssignment.role == "scribe"
                )
            )
        )
        for wanted in (group_label, ""):
            for role in roles:
                if role.group_label == wanted:
                    if role.participant is not None:
                        return str(role.participant.name)
                    return str(role.person_name)
        return ""
