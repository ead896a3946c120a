"""The steps the timer runs for one agenda item: its phases, each round of a phase a step.

Follows the contract of `AgendaItem.phases` (docs/development.md): a phase with rounds=3
becomes three steps (round 1/3, 2/3, 3/3); an item without phases is one step of its slot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.capture.params import capture_kind


@dataclass(frozen=True)
class Step:
    """One countdown. `name` and `instructions` are {"fr": ..., "en": ...} as stored; rounds
    are 0-based here (the UI shows round_index + 1 of round_count)."""

    phase_index: int
    key: str
    name: Mapping[str, str] = field(default_factory=dict)
    instructions: Mapping[str, str] = field(default_factory=dict)
    grouping: str = ""
    round_index: int = 0
    round_count: int = 1
    planned_seconds: int = 0
    capture: str | None = None  # the kind of output the phase captures (capture/kinds.py)
    # This round's own question (a World Café asks a new one at each rotation); "" when the
    # item's question applies.
    question: str = ""

    def text(self, language: str) -> tuple[str, str]:
        """(name, instructions) in `language`, falling back to the other language."""
        return _pick(self.name, language), _pick(self.instructions, language)

    def to_json(self) -> dict[str, Any]:
        return {
            "phase_index": self.phase_index,
            "key": self.key,
            "name": dict(self.name),
            "instructions": dict(self.instructions),
            "grouping": self.grouping,
            "round_index": self.round_index,
            "round_count": self.round_count,
            "planned_seconds": self.planned_seconds,
            "capture": self.capture,
            "question": self.question,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Step:
        return cls(
            phase_index=int(data.get("phase_index", 0)),
            key=str(data.get("key", "")),
            name=dict(data.get("name") or {}),
            instructions=dict(data.get("instructions") or {}),
            grouping=str(data.get("grouping") or ""),
            round_index=int(data.get("round_index", 0)),
            round_count=max(1, int(data.get("round_count", 1))),
            planned_seconds=max(0, int(data.get("planned_seconds", 0))),
            capture=data.get("capture"),
            question=str(data.get("question") or ""),
        )


def steps_digest(steps: Sequence[Step]) -> str:
    """Tells whether a saved timer still matches the item's steps (the planner may have
    changed them since): their keys, rounds and planned lengths."""
    import hashlib

    shape = [(s.key, s.round_index, s.round_count, s.planned_seconds) for s in steps]
    return hashlib.sha1(repr(shape).encode(), usedforsecurity=False).hexdigest()[:16]


def _pick(texts: Mapping[str, str], language: str) -> str:
    if texts.get(language):
        return texts[language]
    return next((value for value in texts.values() if value), "")


def _texts(value: Any) -> dict[str, str]:
    # A hand-edited phase may carry a plain string instead of {"fr":..., "en":...}.
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    if value:
        return {"fr": str(value), "en": str(value)}
    return {}


def expand_steps(
    phases: Sequence[Mapping[str, Any]] | None, duration_minutes: int, title: str = ""
) -> tuple[Step, ...]:
    """The item's steps in order. Without phases: one step named after the item."""
    steps: list[Step] = []
    for phase_index, phase in enumerate(phases or ()):
        rounds = max(1, int(phase.get("rounds") or 1))
        questions = [str(q or "") for q in phase.get("questions") or ()]
        for round_index in range(rounds):
            steps.append(
                Step(
                    phase_index=phase_index,
                    key=str(phase.get("key") or f"phase-{phase_index + 1}"),
                    name=_texts(phase.get("name")),
                    instructions=_texts(phase.get("instructions")),
                    grouping=str(phase.get("grouping") or ""),
                    round_index=round_index,
                    round_count=rounds,
                    planned_seconds=max(0, int(phase.get("seconds") or 0)),
                    capture=capture_kind(phase.get("capture")),
                    question=questions[round_index] if round_index < len(questions) else "",
                )
            )
    if not steps:
        steps.append(
            Step(
                phase_index=0,
                key="item",
                name=_texts(title),
                planned_seconds=max(0, int(duration_minutes) * 60),
            )
        )
    return tuple(steps)
