"""A facilitation tool as the rest of the application sees it: frozen dataclasses built by the
loader from a data file (built-in) or from a stored definition (the user's own tools)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

    @property
    def total_seconds(self) -> int:
        return self.seconds * self.rounds

    def text(self, language: str) -> PhaseText:
        return _pick(self.texts, language)  # type: ignore[no-any-return]

    def as_agenda_phase(self) -> dict[str, Any]:
        """One entry of AgendaItem.phases (docs/development.md)."""
        return {
            "key": self.key,
            "name": {lang: t.name for lang, t in zip(LANGUAGES, self.texts, strict=True)},
            "instructions": {
                lang: t.instructions for lang, t in zip(LANGUAGES, self.texts, strict=True)
            },
            "seconds": self.seconds,
            "grouping": self.grouping,
            "rounds": self.rounds,
            "capture": self.capture,
        }


@dataclass(frozen=True)
class Tool:
    id: str
    family: str
    purposes: tuple[str, ...]
    group_min: int
    group_max: int  # 0 means no upper limit
    duration_minutes: int
    materials: tuple[str, ...]
    outputs: tuple[str, ...]
    phases: tuple[Phase, ...]
    texts: tuple[ToolText, ...] = field(repr=False)  # in LANGUAGES order
    behaviour: str | None = None
    is_builtin: bool = True
    based_on: str | None = None  # for a user's tool: the built-in it was copied from
    source: str = ""  # the file (or "custom:<uid>") it was read from, for messages

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
            "materials": list(self.materials),
            "outputs": list(self.outputs),
        }
        if self.behaviour:
            data["behaviour"] = self.behaviour
        for language, text in zip(LANGUAGES, self.texts, strict=True):
            data[language] = {key: getattr(text, key) for key in TOOL_TEXT_KEYS}
        phases = []
        for phase in self.phases:
            entry: dict[str, Any] = {
                "key": phase.key,
                "seconds": phase.seconds,
                "grouping": phase.grouping,
                "rounds": phase.rounds,
            }
            if phase.capture:
                entry["capture"] = phase.capture
            for language, phase_text in zip(LANGUAGES, phase.texts, strict=True):
                entry[language] = {key: getattr(phase_text, key) for key in PHASE_TEXT_KEYS}
            phases.append(entry)
        data["phases"] = phases
        return data
