"""What a workshop file holds, declared once: the sections, their fields and how each field's
value travels between the database and JSON. The exporter, the importer and the JSON Schema
(resources/schema/workshop-file.schema.json) are all built from these tables."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

FORMAT = "facilitator-workshop"
# 2: what the console captures (vote sessions, decisions' rounds, cards' columns and axes,
# objections' status, tool records' parents, phases' capture with its parameters). Version 1
# files are converted on reading (exchange/versions.py).
FORMAT_VERSION = 2
FILE_SUFFIX = ".facilitator"
DOCUMENT_NAME = "workshop.json"
PHOTO_FOLDER = "photos/"

# Read at call time (tests monkeypatch them): a file, its JSON and all its members unpacked.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_TEXT = 100_000  # a Text column: long notes, never a novel
MAX_INT = 2_000_000_000
SHORT_TEXT = 2_000

# The kinds of value a field carries. Text kinds carry their maximum length.
STR, TEXT, INT, FLOAT, BOOL, DATE, TIME, DATETIME, OBJECT, WORDS = (
    "str",
    "text",
    "int",
    "float",
    "bool",
    "date",
    "time",
    "datetime",
    "object",
    "words",  # a list of short codes (a poll's colours)
)


@dataclass(frozen=True)
class Field:
    """One column carried as one JSON property (same name unless `key` says otherwise)."""

    column: str
    kind: str
    max_length: int = 0
    nullable: bool = False
    enum: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    # An optional field may be absent from a file (files written before it existed): it
    # then takes `default`, and the exporter leaves it out when it holds its default, so a
    # file that does not use it stays readable by the versions before it.
    optional: bool = False
    default: Any = None

    @property
    def key(self) -> str:
        return self.column


def s(column: str, max_length: int, *, strict: bool = False, **kw: Any) -> Field:
    """A short text. SQLite does not enforce a column's length, so a name longer than the model
    says may exist; the file accepts up to SHORT_TEXT rather than refuse a workshop we made."""
    return Field(column, STR, max_length if strict else max(max_length, SHORT_TEXT), **kw)


def t(column: str) -> Field:
    return Field(column, TEXT, MAX_TEXT)


def to_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind in (DATE, DATETIME):
        return value.isoformat()
    if field.kind == TIME:
        return value.strftime("%H:%M:%S") if value.second else value.strftime("%H:%M")
    if field.kind == FLOAT:
        return float(value)
    if field.kind == INT:
        return int(value)
    if field.kind == BOOL:
        return bool(value)
    if field.kind == OBJECT:
        # A JSON column may hold whatever was stored; carry it through a JSON round trip.
        return json.loads(json.dumps(value))
    if field.kind == WORDS:
        return [str(v) for v in value]
    return value


# The app shows dates in local time and adds days and minutes to them: the first and last
# years of the calendar would overflow, so a file may not use them.
FIRST_DAY = date(2, 1, 1)
LAST_DAY = date(9998, 12, 31)


def _within_the_calendar(day: date) -> None:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError("too close to the ends of the calendar (years 1 and 9999)")


def from_json(field: Field, value: Any) -> Any:
    """JSON to a database value; raises ValueError for a date or time that does not exist."""
    if value is None:
        return None
    if field.kind == DATE:
        day = date.fromisoformat(value)
        _within_the_calendar(day)
        return day
    if field.kind == TIME:
        return time.fromisoformat(value)
    if field.kind == DATETIME:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("a date and time needs its UTC offset (e.g. +00:00)")
        _within_the_calendar(moment.date())  # before converting: year 1 minus an hour overflows
        _within_the_calendar(moment.astimezone(UTC).date())
        return moment
    if field.kind == FLOAT:
        return float(value)
    if field.kind == WORDS:
        return list(value)
    return value


# The enum vocabularies come from the models so the file and the database never disagree.
def _values(enum: Any) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _enums() -> dict[str, tuple[str, ...]]:
    from facilitator_app.models import enums

    return {
        "item_kind": _values(enums.ItemKind),
        "category": _values(enums.ParticipantCategory),
        "half_day": _values(enums.HalfDay),
        "attendance": _values(enums.AttendanceStatus),
        "decision_kind": _values(enums.DecisionKind),
        "outcome": _values(enums.DecisionOutcome),
        "action_status": _values(enums.ActionStatus),
        "objection_status": _values(enums.ObjectionStatus),
        "stance": ("", *_values(enums.Stance)),
        "vote_kind": _values(enums.VoteKind),
        "session_status": _values(enums.SessionStatus),
        "record_kind": _values(enums.RecordKind),
        "training_nature": ("", *_values(enums.TrainingNature)),
    }


ENUMS = _enums()

WORKSHOP_FIELDS = (
    s("uid", 36, strict=True),
    s("title", 300),
    t("theme"),
    t("objective"),
    s("organiser", 300),
    s("venue", 300),
    s("facilitators", 500),
    s("language", 8, strict=True),
    t("notes"),
    Field("is_template", BOOL),
    Field("created_at", DATETIME),
    Field("ended_at", DATETIME, nullable=True),
    Field("timer_warnings", OBJECT, nullable=True, optional=True),
    s("training_nature", 24, enum=ENUMS["training_nature"], optional=True, default=""),
    s("representative", 300, optional=True, default=""),
    s("signature_place", 300, optional=True, default=""),
)
PARTICIPANT_FIELDS = (
    s("name", 200),
    s("organisation", 300),
    s("function", 300),
    s("category", 24, enum=ENUMS["category"]),
    s("email", 320),
    t("notes"),
    Field("dropped_out_on", DATE, nullable=True, optional=True),
    Field("dropout_reason", TEXT, MAX_TEXT, optional=True, default=""),
)
DAY_FIELDS = (
    Field("date", DATE, nullable=True),
    s("title", 300),
    s("venue", 300),
    Field("start_time", TIME),
)
ITEM_FIELDS = (
    s("kind", 24, enum=ENUMS["item_kind"]),
    s("title", 300),
    s("tool_id", 120, strict=True, nullable=True),
    t("question"),
    Field("duration_minutes", INT, minimum=0, maximum=24 * 60),
    Field("pinned_start", TIME, nullable=True),
    t("notes"),
    Field("actual_start", DATETIME, nullable=True),
    Field("actual_end", DATETIME, nullable=True),
    Field("fixed", BOOL, optional=True, default=False),
)
ROLE_FIELDS = (s("role", 60), s("person_name", 200), s("group_label", 100))
ATTENDANCE_FIELDS = (
    s("half_day", 4, enum=ENUMS["half_day"]),
    s("status", 24, enum=ENUMS["attendance"]),
    Field("signed", BOOL),
    Field("arrived_at", TIME, nullable=True),
    Field("left_at", TIME, nullable=True),
)
GROUP_SET_FIELDS = (
    s("name", 200),
    Field("round_index", INT, minimum=0),
    Field("created_at", DATETIME),
)
OUTPUT_FIELDS = (
    s("group_label", 100),
    Field("position", INT, minimum=0),
    Field("created_at", DATETIME),
    # Left out when typed on the laptop, so files without phones read as before.
    s("origin", 16, strict=True, enum=("laptop", "phone"), optional=True, default="laptop"),
)


@dataclass(frozen=True)
class OutputSection:
    """One table of what the room produced; `refs` maps a reference property to what it names."""

    key: str
    model: str
    fields: tuple[Field, ...]
    refs: tuple[tuple[str, str, str], ...] = ()  # (json key, column, section referred to)
    has_ref: bool = False  # other outputs refer to its rows


OUTPUT_SECTIONS = (
    OutputSection("notes", "Note", (t("text"), s("scribe", 200))),
    OutputSection("card_clusters", "CardCluster", (s("name", 300),), has_ref=True),
    OutputSection(
        "cards",
        "Card",
        (
            t("text"),
            s("colour", 24),
            s("author", 200),
            s("category", 60),
            Field("x", INT, nullable=True, minimum=1, maximum=5),
            Field("y", INT, nullable=True, minimum=1, maximum=5),
        ),
        refs=(("cluster", "cluster_id", "card_clusters"),),
        has_ref=True,
    ),
    OutputSection(
        "vote_sessions",
        "VoteSession",
        (
            s("kind", 24, enum=ENUMS["vote_kind"]),
            t("title"),
            s("target", 24, enum=("cards", "clusters", "subject")),
            s("category", 60),
            Field("dots_per_person", INT, minimum=0, maximum=100),
            Field("max_per_card", INT, minimum=0, maximum=100),
            Field("scale_min", INT, minimum=0, maximum=100),
            Field("scale_max", INT, minimum=0, maximum=100),
            Field("rounds", INT, minimum=1, maximum=20),
            Field("options", WORDS, max_length=24),
            Field("estimate", BOOL),
            s("visibility", 24, enum=("live", "hidden")),
            s("status", 24, enum=ENUMS["session_status"]),
            Field("voters", INT, nullable=True, minimum=0),
            Field("closed_at", DATETIME, nullable=True),
        ),
        refs=(("source_item", "source_item_id", "items"),),
        has_ref=True,
    ),
    OutputSection(
        "votes",
        "Vote",
        (
            s("subject", 500),
            s("option", 100),
            Field("value", FLOAT),
            s("voter", 200),
            Field("round_index", INT, minimum=0),
        ),
        refs=(
            ("session", "session_id", "vote_sessions"),
            ("card", "card_id", "cards"),
            ("cluster", "cluster_id", "card_clusters"),
        ),
    ),
    OutputSection(
        "decisions",
        "Decision",
        (
            s("kind", 24, enum=ENUMS["decision_kind"]),
            s("title", 300),
            t("proposal"),
            t("amended_proposal"),
            s("outcome", 24, enum=ENUMS["outcome"]),
            Field("decided_on", DATE, nullable=True),
            Field("review_on", DATE, nullable=True),
            Field("details", OBJECT),
        ),
    ),
    OutputSection(
        "action_items",
        "ActionItem",
        (
            t("what"),
            s("who", 300),
            Field("due_on", DATE, nullable=True),
            s("due_text", 200),
            s("status", 24, enum=ENUMS["action_status"]),
        ),
    ),
    OutputSection(
        "tool_records",
        "ToolRecord",
        (
            s("kind", 40, strict=True, enum=ENUMS["record_kind"]),
            s("author", 200),
            Field("data", OBJECT),
        ),
        refs=(
            ("participant", "participant_id", "participants"),
            # A record that belongs to another of the section (a session's entries).
            ("parent", "parent_id", "tool_records"),
        ),
        has_ref=True,
    ),
    OutputSection(
        "photos",
        "Photo",
        (s("caption", 500), s("filename", 300), s("media_type", 100)),
    ),
)
OBJECTION_FIELDS = (
    s("author", 200),
    t("text"),
    t("integration"),
    s("status", 24, enum=ENUMS["objection_status"]),
)
ENTRY_FIELDS = (
    s(
        "part",
        24,
        enum=(
            "version",
            "clarification",
            "reaction",
            "position",
            "nomination",
            "change",
            "consent",
        ),
    ),
    s("author", 200),
    s("subject", 200),
    s("stance", 24, enum=ENUMS["stance"]),
    t("text"),
    Field("created_at", DATETIME),
)
QUIZ_FIELDS = (t("text"),)
ANSWER_FIELDS = (Field("is_correct", BOOL),)
SHEET_FIELDS = (
    Field("number", INT, minimum=0),
    Field("returned_on", DATE, nullable=True),
    Field("created_at", DATETIME),
    # Left out when typed in on the laptop, as the outputs' origin.
    s("origin", 16, strict=True, enum=("laptop", "phone"), optional=True, default="laptop"),
)
SATISFACTION_FIELDS = (
    s("criterion", 300),
    Field("rating", INT, nullable=True),
    t("comment"),
    Field("extra", OBJECT),
)

# Photos are stored beside the JSON under their content's SHA-256, with an extension.
PHOTO_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
}
PHOTO_FILE_PATTERN = r"^photos/[0-9a-f]{64}\.[a-z0-9]{1,5}$"
REF_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"


def photo_file_name(digest: str, media_type: str) -> str:
    return f"{PHOTO_FOLDER}{digest}.{PHOTO_EXTENSIONS.get(media_type, 'bin')}"


def canonical_json(document: dict[str, Any]) -> bytes:
    """Sorted keys and a fixed layout, so the same workshop always gives the same bytes."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")
