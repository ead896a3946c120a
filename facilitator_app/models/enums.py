"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    ACTIVITY = "activity"
    BREAK = "break"
    PLENARY = "plenary"
    MEAL = "meal"


class ParticipantCategory(StrEnum):
    AGENT = "agent"
    ELECTED = "elected"
    EXTERNAL = "external"
    TRAINER = "trainer"
    OTHER = "other"


class HalfDay(StrEnum):
    MORNING = "am"
    AFTERNOON = "pm"


class TrainingNature(StrEnum):
    """The four kinds of action of article L6313-1 of the French Labour Code that a certificate
    of completion ticks; a workshop that is not a training action leaves it empty."""

    TRAINING = "training"
    SKILLS_REVIEW = "skills_review"
    VAE = "vae"
    APPRENTICESHIP = "apprenticeship"


class AttendanceStatus(StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class DecisionKind(StrEnum):
    CONSENT = "consent"
    ELECTION = "election"
    VOTE = "vote"
    OTHER = "other"


class DecisionOutcome(StrEnum):
    PENDING = "pending"
    ADOPTED = "adopted"
    AMENDED = "amended"
    WITHDRAWN = "withdrawn"
    POSTPONED = "postponed"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ObjectionStatus(StrEnum):
    OPEN = "open"
    INTEGRATED = "integrated"
    WITHDRAWN = "withdrawn"


class Stance(StrEnum):
    """A participant's position in a consent round."""

    CONSENT = "consent"
    CONCERN = "concern"
    OBJECTION = "objection"


class VoteKind(StrEnum):
    DOT_VOTE = "dot_vote"
    SCORE = "score"
    POLL = "poll"


class SessionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RecordKind(StrEnum):
    """Tool-specific records kept as typed JSON payloads: the record kinds of the registry
    (facilitator_app/capture/kinds.py; a test keeps the two equal)."""

    WEATHER = "weather"
    DESERT_ISLAND = "desert_island"
    PORTRAIT = "portrait"
    CODEV = "codev"
