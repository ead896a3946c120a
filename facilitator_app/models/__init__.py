"""The domain model. Importing this package registers every table on `Base.metadata`."""

from facilitator_app.models.base import Base, UTCDateTime, new_uid, utcnow
from facilitator_app.models.enums import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    DecisionOutcome,
    HalfDay,
    ItemKind,
    ParticipantCategory,
    RecordKind,
)
from facilitator_app.models.evaluation import QuizAnswer, QuizQuestion, SatisfactionResponse
from facilitator_app.models.library import CustomTool, FavouriteTool, SharedCopy
from facilitator_app.models.live import PhaseLog, RunState
from facilitator_app.models.notices import ChangeLog
from facilitator_app.models.outputs import (
    ActionItem,
    Card,
    CardCluster,
    Decision,
    Note,
    Objection,
    Photo,
    ToolRecord,
    Vote,
)
from facilitator_app.models.workshop import (
    AgendaItem,
    Attendance,
    Day,
    Group,
    GroupMember,
    GroupSet,
    Participant,
    RoleAssignment,
    Workshop,
)

__all__ = [
    "ActionItem",
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Card",
    "CardCluster",
    "ChangeLog",
    "CustomTool",
    "Day",
    "Decision",
    "DecisionKind",
    "DecisionOutcome",
    "FavouriteTool",
    "Group",
    "GroupMember",
    "GroupSet",
    "HalfDay",
    "ItemKind",
    "Note",
    "Objection",
    "Participant",
    "ParticipantCategory",
    "PhaseLog",
    "Photo",
    "QuizAnswer",
    "QuizQuestion",
    "RecordKind",
    "RoleAssignment",
    "RunState",
    "SatisfactionResponse",
    "SharedCopy",
    "ToolRecord",
    "UTCDateTime",
    "Vote",
    "Workshop",
    "new_uid",
    "utcnow",
]
