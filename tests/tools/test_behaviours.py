"""Tools whose running is more than fixed phases name a behaviour the loader knows."""

from __future__ import annotations

import tomllib

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools.behaviours import BEHAVIOURS, behaviour_for
from facilitator_app.tools.loader import ToolDataError, parse_tool


def _data():
    return tomllib.loads(resource_path("tools", "1-2-4-all.toml").read_text(encoding="utf-8"))


def test_an_unknown_behaviour_is_refused_by_name():
    data = _data()
    data["behaviour"] = "dance"
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert [p.key for p in caught.value.problems] == ["behaviour"]


def test_a_known_behaviour_is_kept_and_survives_a_copy():
    data = _data()
    data["behaviour"] = "turn-per-participant"
    tool = parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert tool.behaviour == "turn-per-participant"
    assert tool.definition()["behaviour"] == "turn-per-participant"


def test_turn_per_participant_repeats_the_round_for_each_person():
    phases = parse_tool(_data(), "x.toml", tool_id="1-2-4-all").agenda_phases()
    planned = BEHAVIOURS["turn-per-participant"].planned_phases(phases, 9)
    assert [p["rounds"] for p in planned] == [1, 1, 1, 9]  # only the whole-room phase
    assert phases[3]["rounds"] == 1  # the tool's own phases are not changed
    assert behaviour_for(None) is None
