"""Checks on the phases stored on an agenda item (docs/development.md, "the phases stored on
an agenda item"): a workshop file or an edit cannot hand the timer millions of steps or
megabytes of instructions to copy on every timer operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from facilitator_app.errors import UserError
from facilitator_app.tools.limits import MAX_NAME, MAX_PHASES, MAX_ROUNDS, MAX_STEPS, MAX_TEXT


def check_phases(phases: Sequence[Mapping[str, Any]]) -> None:
    if not isinstance(phases, Sequence) or isinstance(phases, str | bytes):
        raise UserError("an item's phases are a list")
    if len(phases) > MAX_PHASES:
        raise UserError("an item has at most {limit} phases", limit=MAX_PHASES)
    steps = 0
    for phase in phases:
        if not isinstance(phase, Mapping):
            raise UserError("each phase of an item is a table of values")
        rounds = phase.get("rounds", 1) or 1
        if not isinstance(rounds, int) or isinstance(rounds, bool) or not 1 <= rounds <= MAX_ROUNDS:
            raise UserError("a phase has between 1 and {limit} rounds", limit=MAX_ROUNDS)
        steps += rounds
        for key, limit in (("name", MAX_NAME), ("instructions", MAX_TEXT)):
            texts = phase.get(key) or {}
            values = texts.values() if isinstance(texts, Mapping) else [texts]
            if any(len(str(text)) > limit for text in values):
                raise UserError(
                    "a phase's {key} is at most {limit} characters", key=key, limit=limit
                )
        questions = phase.get("questions") or []
        if any(len(str(q)) > MAX_TEXT for q in questions):
            raise UserError("a round's question is at most {limit} characters", limit=MAX_TEXT)
    if steps > MAX_STEPS:
        raise UserError("an item has at most {limit} steps in all", limit=MAX_STEPS)
