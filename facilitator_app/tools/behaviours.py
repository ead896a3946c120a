"""The few tools whose running is more than a fixed list of phases. A data file names one with
`behaviour = "..."`; the loader refuses names that are not here.

A behaviour adapts the phases to the room when the tool is planned: a weather check-in is one
short turn per participant, so its length depends on who came.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Behaviour:
    name: str
    description: str

    def planned_phases(
        self, phases: list[dict[str, Any]], participants: int
    ) -> list[dict[str, Any]]:
        """The agenda phases for a room of `participants` people (unchanged by default)."""
        return phases


@dataclass(frozen=True)
class TurnPerParticipant(Behaviour):
    """Phases marked with rounds = 1 and a grouping of "circle" or "whole-room" are repeated
    once per participant: a round where everyone speaks in turn."""

    def planned_phases(
        self, phases: list[dict[str, Any]], participants: int
    ) -> list[dict[str, Any]]:
        if participants <= 0:
            return phases
        planned = []
        for phase in phases:
            if phase["grouping"] in ("circle", "whole-room") and phase.get("rounds", 1) == 1:
                phase = {**phase, "rounds": participants}
            planned.append(phase)
        return planned


BEHAVIOURS: dict[str, Behaviour] = {
    b.name: b
    for b in (TurnPerParticipant("turn-per-participant", "one turn for each person in the room"),)
}


def behaviour_for(name: str | None) -> Behaviour | None:
    return BEHAVIOURS.get(name) if name else None
