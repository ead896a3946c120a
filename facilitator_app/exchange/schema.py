"""The JSON Schema of workshop.json, built from the field tables in `format` and shipped as
resources/schema/workshop-file.schema.json (a test keeps the two equal).

    python -m facilitator_app.exchange.schema > resources/schema/workshop-file.schema.json
"""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any

from facilitator_app.exchange import format as f
from facilitator_app.tools import limits

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIME_PATTERN = r"^\d{2}:\d{2}(:\d{2})?$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
SCHEMA_ID = "https://facilitator-app.invalid/schema/workshop-file-2.json"


def _field(field: f.Field) -> dict[str, Any]:
    spec: dict[str, Any]
    if field.kind in (f.STR, f.TEXT):
        spec = {"type": "string", "maxLength": field.max_length}
        if field.enum:
            spec = {"enum": list(field.enum)}
    elif field.kind == f.INT:
        # SQLite stores 64-bit integers; no count in a workshop comes near this bound.
        spec = {"type": "integer", "minimum": -f.MAX_INT, "maximum": f.MAX_INT}
    elif field.kind == f.FLOAT:
        spec = {"type": "number"}
    elif field.kind == f.BOOL:
        spec = {"type": "boolean"}
    elif field.kind == f.DATE:
        spec = {"type": "string", "pattern": DATE_PATTERN}
    elif field.kind == f.TIME:
        spec = {"type": "string", "pattern": TIME_PATTERN}
    elif field.kind == f.DATETIME:
        spec = {"type": "string", "pattern": DATETIME_PATTERN}
    elif field.kind == f.WORDS:
        spec = {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 24}}
    else:
        spec = {"type": "object"}
    if field.minimum is not None:
        spec["minimum"] = field.minimum
    if field.maximum is not None:
        spec["maximum"] = field.maximum
    if field.nullable:
        # "type": [..., "null"] rather than anyOf: validation is several times faster.
        if "enum" in spec:
            spec["enum"] = [*spec["enum"], None]
        else:
            spec["type"] = [spec["type"], "null"]
    return spec


def _ref(nullable: bool = False) -> dict[str, Any]:
    # Written out in place: resolving a "$ref" for each of thousands of rows is slow.
    return {"type": ["string", "null"] if nullable else "string", "pattern": f.REF_PATTERN}


def _object(
    fields: tuple[f.Field, ...], extra: dict[str, Any] | None = None, optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    properties = {field.column: _field(field) for field in fields}
    properties.update(extra or {})
    optional = (*optional, *(field.column for field in fields if field.optional))
    required = sorted(name for name in properties if name not in optional)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def _phase() -> dict[str, Any]:
    # The phases contract belongs to the planner and timer; the file checks what they rely on,
    # within the limits every tool obeys (a small file must not make millions of steps).
    def text(limit: int) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": {"type": "string", "maxLength": limit}}

    return {
        "type": "object",
        "required": ["key", "seconds"],
        "properties": {
            "key": {"type": "string", "maxLength": 120},
            "name": text(limits.MAX_NAME),
            "instructions": text(limits.MAX_TEXT),
            "seconds": {"type": "integer", "minimum": 0, "maximum": 86400},
            "grouping": {"type": "string", "maxLength": 60},
            "rounds": {"type": "integer", "minimum": 1, "maximum": limits.MAX_ROUNDS},
            # What the phase captures and its parameters (capture/params.py checks them).
            "capture": {
                "type": ["object", "null"],
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "maxLength": 60}},
            },
        },
    }


def _outputs() -> dict[str, Any]:
    sections = {}
    for section in f.OUTPUT_SECTIONS:
        extra: dict[str, Any] = {"item": _ref(nullable=True)}
        if section.has_ref:
            extra["ref"] = _ref()
        for key, _column, _target in section.refs:
            extra[key] = _ref(nullable=True)
        if section.key == "decisions":
            extra["objections"] = _array(_object(f.OBJECTION_FIELDS))
            extra["entries"] = _array(_object(f.ENTRY_FIELDS, {"participant": _ref(True)}))
        if section.key == "photos":
            extra["file"] = {"type": "string", "pattern": f.PHOTO_FILE_PATTERN}
        sections[section.key] = _array(_object(f.OUTPUT_FIELDS + section.fields, extra))
    return {
        "type": "object",
        "additionalProperties": False,
        "required": sorted(sections),
        "properties": sections,
    }


@cache
def build_schema() -> dict[str, Any]:
    role = _object(f.ROLE_FIELDS, {"participant": _ref(nullable=True)})
    item = _object(
        f.ITEM_FIELDS,
        {
            "ref": _ref(),
            # "type": [..., "null"] rather than anyOf: a refusal then names the exact path.
            "phases": {
                "type": ["array", "null"],
                "maxItems": limits.MAX_PHASES,
                "items": _phase(),
            },
            "roles": _array(role),
        },
    )
    day = _object(f.DAY_FIELDS, {"ref": _ref(), "items": _array(item)})
    participant = _object(f.PARTICIPANT_FIELDS, {"ref": _ref()})
    attendance = _object(f.ATTENDANCE_FIELDS, {"participant": _ref(), "day": _ref()})
    group = {
        "type": "object",
        "additionalProperties": False,
        "required": ["label", "members"],
        "properties": {
            "label": {"type": "string", "maxLength": 100},
            "members": _array(_ref()),
        },
    }
    group_set = _object(f.GROUP_SET_FIELDS, {"item": _ref(nullable=True), "groups": _array(group)})
    custom_tool = _object(
        (),
        {
            "uid": {"type": "string", "minLength": 1, "maxLength": 36, "pattern": f.REF_PATTERN},
            "based_on": {"type": ["string", "null"], "maxLength": 120},
            "definition": {"type": "object"},
        },
    )
    choice_list = _array({"type": "integer", "minimum": 0, "maximum": f.MAX_INT})
    answer = _object(
        f.ANSWER_FIELDS,
        {"participant": _ref(nullable=True), "chosen": choice_list, "sheet": _ref(nullable=True)},
        optional=("sheet",),
    )
    question = _object(
        f.QUIZ_FIELDS,
        {
            "choices": _array({"type": "string", "maxLength": f.MAX_TEXT}),
            "correct": choice_list,
            "answers": _array(answer),
        },
    )
    satisfaction = _object(
        f.SATISFACTION_FIELDS,
        {"participant": _ref(nullable=True), "sheet": _ref(nullable=True)},
        optional=("sheet",),
    )
    sheet = _object(f.SHEET_FIELDS, {"ref": _ref(), "participant": _ref(nullable=True)})
    workshop = _object(f.WORKSHOP_FIELDS)
    workshop["properties"]["title"]["minLength"] = 1
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "facilitator_app workshop file (workshop.json)",
        "type": "object",
        "additionalProperties": False,
        "required": [
            "attendance",
            "custom_tools",
            "days",
            "evaluation",
            "format",
            "format_version",
            "group_sets",
            "outputs",
            "participants",
            "workshop",
        ],
        "properties": {
            "format": {"const": f.FORMAT},
            "format_version": {"type": "integer", "minimum": 1},
            "exported_at": {"type": "string", "pattern": DATETIME_PATTERN},
            "app_version": {"type": "string", "maxLength": 40},
            "workshop": workshop,
            "custom_tools": _array(custom_tool),
            "participants": _array(participant),
            "days": _array(day),
            "attendance": _array(attendance),
            "group_sets": _array(group_set),
            "outputs": _outputs(),
            "evaluation": {
                "type": "object",
                "additionalProperties": False,
                "required": ["quiz", "satisfaction"],
                "properties": {
                    "quiz": _array(question),
                    "satisfaction": _array(satisfaction),
                    "sheets": _array(sheet),
                },
            },
        },
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
