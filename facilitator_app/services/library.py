"""Named operations on the library: the user's own tools ("My tools") and favourites.

A built-in tool is never modified: duplicating it stores an independent copy of its definition
in `CustomTool`, which the user may then edit or delete. Every definition is checked by the
same validator as the data files. The workshop file (exchange) reads and writes user tools
through `custom_tool_record` and `upsert_custom_tool`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.models import CustomTool, FavouriteTool, new_uid
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce
from facilitator_app.tools import registry
from facilitator_app.tools.custom import custom_id, validate_definition
from facilitator_app.tools.loader import ToolDataError
from facilitator_app.tools.model import CUSTOM_PREFIX, Tool
from facilitator_app.tools.vocabulary import LANGUAGES

COPY_SUFFIX = {"fr": " (copie)", "en": " (copy)"}


@dataclass(frozen=True)
class CustomToolRecord:
    """A user's tool as it travels in a workshop file."""

    uid: str
    based_on: str | None
    definition: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"uid": self.uid, "based_on": self.based_on, "definition": self.definition}


def _clean(definition: dict[str, Any], uid: str, based_on: str | None) -> dict[str, Any]:
    """Validated, then stored in the canonical shape (stripped texts, explicit rounds)."""
    return validate_definition(definition, uid, based_on).definition()


def blank_definition(language: str = "fr") -> dict[str, Any]:
    """A new tool from scratch: one ten-minute phase for the whole room."""
    name = {"fr": "Nouvel outil", "en": "New tool"}
    phase = {"fr": "Tous", "en": "All"}
    return {
        "family": "classic",
        "purposes": ["explore"],
        "group_min": 2,
        "group_max": 0,
        "duration_minutes": 10,
        "materials": [],
        "outputs": [],
        **{lang: {"name": name[lang] if lang == language else ""} for lang in LANGUAGES},
        "phases": [
            {
                "key": "all",
                "seconds": 600,
                "grouping": "whole-room",
                "rounds": 1,
                **{lang: {"name": phase[lang]} for lang in LANGUAGES},
            }
        ],
    }


def _get_row(session: Any, uid: str) -> CustomTool:
    row = session.scalars(select(CustomTool).where(CustomTool.uid == uid)).one_or_none()
    if row is None:
        raise NotFoundError("no tool of yours has the id {tool_id!r}", tool_id=custom_id(uid))
    return row


def _to_tool(row: CustomTool) -> Tool:
    return validate_definition(row.definition, row.uid, row.based_on)


# Validated user tools by (uid, last change): a screen reloading "My tools" after a change only
# validates the rows that changed.
_validated: dict[tuple[str, datetime, str | None], Tool] = {}


def list_custom_tools(db: Database) -> list[Tool]:
    """The user's tools, oldest first. A stored definition that no longer validates (written by
    a newer version) is skipped rather than hiding the whole library."""
    with db.reading() as session:
        rows = session.execute(
            select(CustomTool.uid, CustomTool.updated_at, CustomTool.based_on).order_by(
                CustomTool.id
            )
        ).all()
        missing = [
            row.uid for row in rows if (row.uid, row.updated_at, row.based_on) not in _validated
        ]
        definitions: dict[str, dict[str, Any]] = {}
        if missing:
            query = select(CustomTool.uid, CustomTool.definition)
            if len(missing) <= 500:  # beyond, reading all is simpler than a huge IN (...)
                query = query.where(CustomTool.uid.in_(missing))
            definitions = {uid: definition for uid, definition in session.execute(query)}
    tools = []
    for uid, updated_at, based_on in rows:
        key = (uid, updated_at, based_on)
        tool = _validated.get(key)
        if tool is None:
            try:
                tool = validate_definition(definitions[uid], uid, based_on)
            except ToolDataError:
                continue
            _validated[key] = tool
        tools.append(tool)
    if len(_validated) > 2 * len(rows) + 100:  # old versions of edited tools pile up
        current = {(uid, updated_at, based_on) for uid, updated_at, based_on in rows}
        for key in [k for k in _validated if k not in current]:
            del _validated[key]
    return tools


def custom_tools_stamp(db: Database) -> tuple[int, int | None, datetime | None]:
    """Changes whenever a user tool is added, edited or deleted (not for favourites): screens
    compare it to skip reloading My tools."""
    with db.reading() as session:
        count, last_id, last_change = session.execute(
            select(
                func.count(CustomTool.id), func.max(CustomTool.id), func.max(CustomTool.updated_at)
            )
        ).one()
    return int(count), last_id, last_change


def get_custom_tool(db: Database, uid: str) -> Tool:
    with db.reading() as session:
        return _to_tool(_get_row(session, uid))


def find_tool(db: Database, tool_id: str) -> Tool:
    """A built-in tool by id, or one of the user's by "custom:<uid>"."""
    if tool_id.startswith(CUSTOM_PREFIX):
        return get_custom_tool(db, tool_id.removeprefix(CUSTOM_PREFIX))
    return registry.find_tool(tool_id)


def custom_tool_record(db: Database, uid: str) -> CustomToolRecord:
    """A user's tool's definition, for the workshop file."""
    with db.reading() as session:
        row = _get_row(session, uid)
        return CustomToolRecord(row.uid, row.based_on, copy.deepcopy(row.definition))


def _name(definition: dict[str, Any]) -> dict[str, str]:
    """A tool's name for an operation's label, in each language (the UI picks its own)."""
    names = {lang: (definition.get(lang) or {}).get("name") or "" for lang in LANGUAGES}
    fallback = next((name for name in names.values() if name), "")
    return {lang: name or fallback for lang, name in names.items()}


@operation("tools.upsert", "save the tool “{name}”")
def upsert_custom_tool(
    db: Database, uid: str, definition: dict[str, Any], based_on: str | None = None
) -> bool:
    """Create or replace the user's tool `uid`. Returns True when it was created."""
    cleaned = _clean(definition, uid, based_on)
    describe(name=_name(cleaned))
    with db.transaction() as session:
        row = session.scalars(select(CustomTool).where(CustomTool.uid == uid)).one_or_none()
        created = row is None
        if row is None:
            session.add(CustomTool(uid=uid, based_on=based_on, definition=cleaned))
        else:
            row.definition = cleaned
            row.based_on = based_on
        announce(session, Change("tools"))
    return created


@operation("tools.create", "create the tool “{name}”")
def create_custom_tool(
    db: Database, definition: dict[str, Any], based_on: str | None = None
) -> str:
    """A new tool of the user's; returns its uid (its id is "custom:<uid>")."""
    uid = new_uid()
    upsert_custom_tool(db, uid, definition, based_on)
    return uid


@operation("tools.duplicate", "copy “{name}” to My tools")
def duplicate_tool(db: Database, tool_id: str) -> str:
    """Copy a tool (built-in or the user's) into My tools, named "... (copie)"; returns the uid.
    The original is left exactly as it was."""
    source = find_tool(db, tool_id)
    definition = source.definition()
    for language in LANGUAGES:
        name = definition[language]["name"]
        if name:
            definition[language]["name"] = name + COPY_SUFFIX[language]
    based_on = source.id if source.is_builtin else source.based_on
    uid = create_custom_tool(db, definition, based_on)
    describe(name=_name(source.definition()))
    return uid


@operation("tools.update", "edit the tool “{name}”")
def update_custom_tool(db: Database, uid: str, definition: dict[str, Any]) -> dict[str, Any]:
    """Replace the definition; returns the previous one."""
    with db.reading() as session:
        based_on = _get_row(session, uid).based_on
    cleaned = _clean(definition, uid, based_on)
    with db.transaction() as session:
        row = _get_row(session, uid)
        describe(name=_name(row.definition))
        previous = copy.deepcopy(row.definition)
        row.definition = cleaned
        announce(session, Change("tools"))
    return previous


@operation("tools.delete", "delete the tool “{name}”")
def delete_custom_tool(db: Database, uid: str) -> CustomToolRecord:
    """Remove the user's tool (and its star); returns what it was. Agenda items keep their
    copied phases, so workshops using it are unaffected."""
    with db.transaction() as session:
        row = _get_row(session, uid)
        describe(name=_name(row.definition))
        record = CustomToolRecord(row.uid, row.based_on, copy.deepcopy(row.definition))
        session.delete(row)
        favourite = session.get(FavouriteTool, custom_id(uid))
        if favourite is not None:
            session.delete(favourite)
        announce(session, Change("tools"))
    return record


def favourite_ids(db: Database) -> frozenset[str]:
    with db.reading() as session:
        return frozenset(session.scalars(select(FavouriteTool.tool_id)))


@operation("tools.favourite", "star or unstar “{name}”")
def set_favourite(db: Database, tool_id: str, favourite: bool) -> bool:
    """Mark or unmark a tool; returns whether it was a favourite before."""
    try:
        describe(name=_name(find_tool(db, tool_id).definition()))
    except NotFoundError:
        describe(name=tool_id)
    with db.transaction() as session:
        row = session.get(FavouriteTool, tool_id)
        before = row is not None
        if favourite and row is None:
            session.add(FavouriteTool(tool_id=tool_id))
        elif not favourite and row is not None:
            session.delete(row)
        if before != favourite:
            announce(session, Change("tools"))
    return before
