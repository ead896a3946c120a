"""A facilitation tool as the rest of the application sees it: frozen dataclasses built by the
loader from a data file (built-in) or from a stored definition (the user's own tools)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facilitator_app.capture.params import CaptureSpec
from facilitator_app.tools.vocabulary import LANGUAGES, PHASE_TEXT_KEYS, TOOL_TEXT_KEYS

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class ToolText:
    name: str
    summary: str
    purpose: str
    when_to_use: str
    when_not: str
    setup: str
    invitation: str
    # What a facilitator learns from other libraries; a user's own tool may leave them empty.
    makes_possible: str = ""
    roles: str = ""  # one role per line
    tips: str = ""  # one tip (or trap) per line
    variations: str = ""  # one variation per line
    source: str = ""  # who created the method, credited on the sheet

    def items(self, key: str) -> list[str]:
        """A text written one item per line (roles, tips, variations), as its lines."""
        return [line.strip() for line in getattr(self, key).splitlines() if line.strip()]


@dataclass(frozen=True)
class PhaseText:
    name: str
    instructions: str


def _pick(texts: tuple[Any, ...], language: str) -> Any:
    """The text in `language`; an empty field falls back to the other language (a user's own
    tool may be written in French only)."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    chosen = texts[index]
    if all(getattr(chosen, name) for name in chosen.__dataclass_fields__):
        return chosen  # the usual case: a complete translation
    others = [t for i, t in enumerate(texts) if i != index]
    values = {}
    for name in chosen.__dataclass_fields__:
        value = getattr(chosen, name)
        for other in others:
            if value:
                break
            value = getattr(other, name)
        values[name] = value
    return type(chosen)(**values)


@dataclass(frozen=True)
class Phase:
    key: str
    seconds: int
    grouping: str
    rounds: int
    capture: str | None
    texts: tuple[PhaseText, ...] = field(repr=False)  # in LANGUAGES order
    # How far the planner may shorten or lengthen one round; None means "exactly `seconds`".
    min_seconds: int = None  # type: ignore[assignment]
    max_seconds: int = None  # type: ignore[assignment]
    rounds_follow: str | None = None  # "participants" | "group-size": rounds follow the room
    group_size: int | None = None  # the usual small group for "group-size" (Troika: 3)
    round_questions: bool = False  # each round asks its own question (World Café)
    # What the phase captures with its parameters (capture is its kind, or None).
    capture_spec: CaptureSpec | None = field(default=None, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.capture and self.capture_spec is None:
            from facilitator_app.capture.params import spec_of

            object.__setattr__(self, "capture_spec", spec_of(self.capture))
        if self.min_seconds is None:
            object.__setattr__(self, "min_seconds", self.seconds)
        if self.max_seconds is None:
            object.__setattr__(self, "max_seconds", self.seconds)

    @property
    def total_seconds(self) -> int:
        return self.seconds * self.rounds

    def text(self, language: str) -> PhaseText:
        return _pick(self.texts, language)  # type: ignore[no-any-return]

    def as_agenda_phase(self) -> dict[str, Any]:
        """One entry of AgendaItem.phases (docs/development.md)."""
        phase: dict[str, Any] = {
            "key": self.key,
            "name": {lang: t.name for lang, t in zip(LANGUAGES, self.texts, strict=True)},
            "instructions": {
                lang: t.instructions for lang, t in zip(LANGUAGES, self.texts, strict=True)
            },
            "seconds": self.seconds,
            "grouping": self.grouping,
            "rounds": self.rounds,
            "capture": self.capture_spec.as_agenda() if self.capture_spec else None,
            "min_seconds": self.min_seconds,
            "max_seconds": self.max_seconds,
            "rounds_follow": self.rounds_follow,
            "group_size": self.group_size,
            "round_questions": self.round_questions,
        }
        if self.round_questions:
            phase["questions"] = []  # one per round, written by the facilitator when planning
        return phase

    def definition(self) -> dict[str, Any]:
        """The phase in the shape of its data file; defaults are left out."""
        entry: dict[str, Any] = {
            "key": self.key,
            "seconds": self.seconds,
            "grouping": self.grouping,
            "rounds": self.rounds,
        }
        if self.min_seconds != self.seconds:
            entry["min_seconds"] = self.min_seconds
        if self.max_seconds != self.seconds:
            entry["max_seconds"] = self.max_seconds
        if self.rounds_follow:
            entry["rounds_follow"] = self.rounds_follow
        if self.group_size is not None:
            entry["group_size"] = self.group_size
        if self.round_questions:
            entry["round_questions"] = True
        if self.capture_spec:
            entry["capture"] = self.capture_spec.as_definition()
        for language, phase_text in zip(LANGUAGES, self.texts, strict=True):
            entry[language] = {key: getattr(phase_text, key) for key in PHASE_TEXT_KEYS}
        return entry


@dataclass(frozen=True)
class Tool:
    id: str
    family: str
    purposes: tuple[str, ...]
    group_min: int
    group_max: int  # 0 means no upper limit
    duration_minutes: int  # the usual length: the sum of the phases
    materials: tuple[str, ...]
    outputs: tuple[str, ...]
    phases: tuple[Phase, ...]
    texts: tuple[ToolText, ...] = field(repr=False)  # in LANGUAGES order
    is_builtin: bool = True
    based_on: str | None = None  # for a user's tool: the built-in it was copied from
    source: str = ""  # the file (or "custom:<uid>") it was read from, for messages
    # The shortest and longest the method allows, in minutes; the author's credit is in texts.
    duration_range: tuple[int, int] = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.duration_range is None:
            object.__setattr__(
                self, "duration_range", (self.duration_minutes, self.duration_minutes)
            )

    @property
    def uid(self) -> str | None:
        return self.id.removeprefix(CUSTOM_PREFIX) if not self.is_builtin else None

    def text(self, language: str) -> ToolText:
        return _pick(self.texts, language)  # type: ignore[no-any-return]

    def fits_group(self, size: int) -> bool:
        return size >= self.group_min and (self.group_max == 0 or size <= self.group_max)

    def agenda_phases(self) -> list[dict[str, Any]]:
        return [phase.as_agenda_phase() for phase in self.phases]

    def definition(self) -> dict[str, Any]:
        """The tool in the shape of its data file (without `id`): what a user's copy stores."""
        data: dict[str, Any] = {
            "family": self.family,
            "purposes": list(self.purposes),
            "group_min": self.group_min,
            "group_max": self.group_max,
            "duration_minutes": self.duration_minutes,
            "duration_range": list(self.duration_range),
            "materials": list(self.materials),
            "outputs": list(self.outputs),
        }
        for language, text in zip(LANGUAGES, self.texts, strict=True):
            data[language] = {key: getattr(text, key) for key in TOOL_TEXT_KEYS}
        data["phases"] = [phase.definition() for phase in self.phases]
        return data
