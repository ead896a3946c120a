"""The payloads of `ToolRecord` rows, one schema per record kind: the services check a payload
before it is written, and the workshop file's import checks every record of a file with the
same schema (a hand-edited file cannot slip a malformed weather into the database)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from facilitator_app.errors import UserError


@dataclass(frozen=True)
class PayloadField:
    """`type`: text (at most `max_length`), code (of `vocabulary`), bool, int, date (ISO)."""

    name: str
    type: str = "text"
    max_length: int = 2000
    vocabulary: str = ""
    required: bool = False
    parts: tuple[str, ...] = ()  # when set: only records whose "part" is one of these


class PayloadError(UserError):
    """A payload that does not follow its kind's schema; `key` names the field."""

    def __init__(self, template: str, /, key: str = "", **params: Any) -> None:
        self.key = key
        super().__init__(template, key=key, **params)


def check_payload(fields: tuple[PayloadField, ...], data: Any) -> dict[str, Any]:
    """The payload cleaned: texts trimmed, every field of its part present (missing ones
    empty), fields of other parts left out. Raises PayloadError naming the first wrong one."""
    from facilitator_app.capture.words import codes

    if not isinstance(data, Mapping):
        raise PayloadError("a record's data must be a table of fields")
    known = {f.name for f in fields}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PayloadError("{key}: this kind of record has no such field", key=unknown[0])
    part = data.get("part")
    cleaned: dict[str, Any] = {}
    for spec in fields:
        value = data.get(spec.name)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if spec.parts and part not in spec.parts:
            if not empty and value is not False and value != 0:
                raise PayloadError("{key} does not belong to this part", key=spec.name)
            continue
        if empty:
            if spec.required:
                raise PayloadError("{key} is needed", key=spec.name)
            cleaned[spec.name] = _empty(spec)
            continue
        cleaned[spec.name] = _value(spec, value, codes)
    return cleaned


def _empty(spec: PayloadField) -> Any:
    return {"text": "", "code": "", "bool": False, "int": 0, "date": None}[spec.type]


def _value(spec: PayloadField, value: Any, codes: Any) -> Any:
    if spec.type == "text":
        if not isinstance(value, str):
            raise PayloadError("{key} must be text", key=spec.name)
        text = value.strip()
        if len(text) > spec.max_length:
            raise PayloadError(
                "{key} is at most {limit} characters", key=spec.name, limit=spec.max_length
            )
        return text
    if spec.type == "code":
        if value not in codes(spec.vocabulary):
            raise PayloadError(
                "{key}: {value} is not one of {allowed}",
                key=spec.name,
                value=repr(value),
                allowed=", ".join(codes(spec.vocabulary)),
            )
        return value
    if spec.type == "bool":
        if not isinstance(value, bool):
            raise PayloadError("{key} must be true or false", key=spec.name)
        return value
    if spec.type == "int":
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
            raise PayloadError("{key} must be a whole number from 0 to 10000", key=spec.name)
        return value
    if spec.type == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except (TypeError, ValueError):
            raise PayloadError("{key} must be a date as YYYY-MM-DD", key=spec.name) from None
    raise ValueError(f"unknown payload type {spec.type!r}")  # pragma: no cover


WEATHER = (
    PayloadField("weather", "code", vocabulary="weather", required=True),
    PayloadField("comment", max_length=500),
)
DESERT_ISLAND = (
    PayloadField("object", max_length=300, required=True),
    PayloadField("reason", max_length=2000),
    # In the group's shared kit (chosen together after each one's object).
    PayloadField("kit", "bool"),
)
PORTRAIT = (
    PayloadField("heading", max_length=200),
    PayloadField("trait", max_length=4000, required=True),
    # The composite portrait the group writes from the traits, rather than one trait.
    PayloadField("composite", "bool"),
)
CODEV_SESSION_PARTS = ("session",)
CODEV_ENTRY_PARTS = ("question", "suggestion", "plan", "learning")
CODEV = (
    PayloadField("part", "code", vocabulary="codev_record", required=True),
    # The session (part "session"): who brings a problem, what help they ask for, what
    # they take away. Its number in the series (1-8) orders the series.
    PayloadField("client", max_length=200, parts=CODEV_SESSION_PARTS),
    PayloadField("number", "int", parts=CODEV_SESSION_PARTS),
    PayloadField("problem", max_length=8000, parts=CODEV_SESSION_PARTS),
    PayloadField("contract", max_length=4000, parts=CODEV_SESSION_PARTS),
    PayloadField("synthesis", max_length=8000, parts=CODEV_SESSION_PARTS),
    # An entry of the session (its parent): a question, a suggestion, a step of the action
    # plan, a participant's learning.
    PayloadField("text", max_length=4000, parts=CODEV_ENTRY_PARTS),
    PayloadField("resources", max_length=1000, parts=("plan",)),
    PayloadField("due", max_length=200, parts=("plan",)),
    PayloadField("indicator", max_length=1000, parts=("plan",)),
    PayloadField("follow_up", "date", parts=("plan",)),
)
