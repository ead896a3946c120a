"""A tool's phases as an agenda item runs them in a given room: rounds that follow the room
(one turn per participant present, one round per member of a small group), and the minutes
they add up to. Pure: the agenda service (`add_tool_item`) gives the room's numbers."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from facilitator_app.tools.limits import MAX_ROUNDS
from facilitator_app.tools.model import Tool


def plan_phases(
    tool: Tool, *, participants: int | None = None, group_size: int | None = None
) -> list[dict[str, Any]]:
    """The agenda phases of `tool` for a room of `participants` people split into groups of
    `group_size` (each None: the tool's usual numbers)."""
    planned = []
    for phase in tool.agenda_phases():
        follow = phase.get("rounds_follow")
        if follow == "participants" and participants:
            phase["rounds"] = max(1, min(MAX_ROUNDS, participants))
        elif follow == "group-size":
            size = group_size or phase.get("group_size") or phase.get("rounds") or 1
            phase["rounds"] = max(1, min(MAX_ROUNDS, int(size)))
        if phase.get("round_questions"):
            phase["questions"] = [""] * int(phase.get("rounds") or 1)
        planned.append(phase)
    return planned


def usual_minutes(phases: Sequence[Mapping[str, Any]]) -> int:
    """The minutes the phases take as planned (whole minutes, rounded up)."""
    seconds = sum(int(p.get("seconds") or 0) * int(p.get("rounds") or 1) for p in phases)
    return math.ceil(seconds / 60)


def minutes_range(phases: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """The shortest and longest the phases may take within each step's own range."""
    low = high = 0
    for phase in phases:
        rounds = int(phase.get("rounds") or 1)
        seconds = int(phase.get("seconds") or 0)
        low += int(phase.get("min_seconds", seconds)) * rounds
        high += int(phase.get("max_seconds", seconds)) * rounds
    return math.ceil(low / 60), math.ceil(high / 60)
