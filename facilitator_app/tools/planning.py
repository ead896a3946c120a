"""A tool's phases fitted to the room it is planned for, and the lengths a list of agenda phases
allows. Pure: the agenda service `add_tool_item` and the loader both use it.

A phase with `rounds_follow = "participants"` is one turn per person present (a weather round
with twelve people is twelve turns); `"group-size"` is one turn per member of the small groups
(Troika in fours is four consultations). Other phases keep their rounds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from facilitator_app.tools.limits import MAX_ROUNDS
from facilitator_app.tools.model import Tool


def plan_phases(
    tool: Tool, *, participants: int | None = None, group_size: int | None = None
) -> list[dict[str, Any]]:
    """The tool's agenda phases (docs/development.md) with their rounds following the room.
    Without a head count (None or 0) a phase keeps its usual rounds; rounds never pass
    limits.MAX_ROUNDS, so the result is always a valid workshop file. A phase that asks one
    question per round gets an empty question for each round, to be written when planning."""
    planned = []
    for phase in tool.agenda_phases():
        follow = phase.get("rounds_follow")
        if follow == "participants" and participants and participants > 0:
            phase["rounds"] = min(participants, MAX_ROUNDS)
        elif follow == "group-size":
            size = group_size if group_size and group_size > 0 else phase.get("group_size")
            if size:
                phase["rounds"] = min(size, MAX_ROUNDS)
        if phase.get("round_questions"):
            phase["questions"] = [""] * phase["rounds"]  # one to write for each round
        planned.append(phase)
    return planned


def _sum(phases: Iterable[dict[str, Any]], key: str) -> int:
    total = 0
    for phase in phases:
        seconds = phase.get(key)
        if not isinstance(seconds, int):  # phases stored before min/max existed
            seconds = phase.get("seconds", 0)
        total += seconds * phase.get("rounds", 1)
    return total


def usual_minutes(phases: Iterable[dict[str, Any]]) -> int:
    """The phases' planned length in whole minutes, rounded up (a slot they fit in)."""
    return -(-_sum(phases, "seconds") // 60)


def minutes_range(phases: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """(shortest, longest) whole minutes the phases can fill when every step is taken to its
    min_seconds, or to its max_seconds. The shortest rounds up and the longest rounds down, so
    both can really be reached; phases that cannot span a whole minute give their usual length
    twice."""
    phases = list(phases)
    low = -(-_sum(phases, "min_seconds") // 60)
    high = _sum(phases, "max_seconds") // 60
    if low > high:
        usual = usual_minutes(phases)
        return (usual, usual)
    return (low, high)
