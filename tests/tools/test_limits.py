"""A tool too big to plan, time or print is refused by the loader, cheaply, naming the limit;
the numbers live in one module the workshop-file import can share."""

from __future__ import annotations

import tomllib

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools import limits
from facilitator_app.tools.loader import ToolDataError, parse_tool


def _data():
    return tomllib.loads(resource_path("tools", "1-2-4-all.toml").read_text(encoding="utf-8"))


def _phase(index: int, rounds: int = 1) -> dict:
    return {
        "key": f"p{index}",
        "seconds": 1,
        "grouping": "alone",
        "rounds": rounds,
        "fr": {"name": "Étape", "instructions": "."},
        "en": {"name": "Step", "instructions": "."},
    }


def _problems(data, builtin=True):
    with pytest.raises(ToolDataError) as caught:
        if builtin:
            parse_tool(data, "x.toml", tool_id="1-2-4-all")
        else:
            parse_tool(data, "custom:u", tool_id="custom:u", is_builtin=False)
    return {p.key: p.message for p in caught.value.problems}


def test_the_limits_are_plain_numbers_in_one_place():
    assert (limits.MAX_PHASES, limits.MAX_ROUNDS, limits.MAX_STEPS) == (40, 200, 2000)
    assert (limits.MAX_TEXT, limits.MAX_NAME) == (4000, 120)


def test_the_hostile_file_of_five_thousand_phases_is_refused_at_once():
    data = _data()
    data["phases"] = [{**_phase(i, rounds=1000), "grouping": "crowd"} for i in range(5000)]
    problems = _problems(data, builtin=False)  # a user's tool: the forgiving path
    assert "5000 phases; at most 40" in problems["phases"]
    # refused before any phase was read: none of their 5000 bad groupings is reported
    assert not any(key.startswith("phases[") for key in problems)


def test_more_than_forty_phases_are_refused_forty_are_not():
    data = _data()
    data["phases"] = [_phase(i) for i in range(41)]
    assert "at most 40" in _problems(data)["phases"]
    data["phases"] = data["phases"][:40]
    data.pop("duration_range")
    data["duration_minutes"] = 1
    data["phases"][0]["seconds"] = 21  # 21 + 39 = 60 s
    tool = parse_tool(data, "custom:u", tool_id="custom:u", is_builtin=False)
    assert len(tool.phases) == 40


def test_more_than_two_hundred_rounds_in_a_phase_are_refused():
    data = _data()
    data["phases"][0]["rounds"] = 201
    assert "between 1 and 200" in _problems(data)["phases[0].rounds"]


def test_more_than_two_thousand_steps_in_all_are_refused():
    data = _data()
    data["phases"] = [_phase(i, rounds=150) for i in range(14)]  # 2100 timed steps
    assert "2100 timed steps in all; at most 2000" in _problems(data, builtin=False)["phases"]


def test_a_text_over_four_thousand_characters_is_refused():
    data = _data()
    data["fr"]["tips"] = "x" * 4001
    data["phases"][0]["en"]["instructions"] = "y" * 4001
    problems = _problems(data)
    assert "longer than 4000" in problems["fr.tips"]
    assert "longer than 4000" in problems["phases[0].en.instructions"]
    data["fr"]["tips"] = "x" * 4000
    data["phases"][0]["en"]["instructions"] = "y" * 4000
    assert parse_tool(data, "x.toml", tool_id="1-2-4-all").text("fr").tips == "x" * 4000


def test_a_name_or_key_over_a_hundred_and_twenty_characters_is_refused():
    data = _data()
    data["en"]["name"] = "n" * 121
    data["phases"][1]["fr"]["name"] = "é" * 121
    data["phases"][2]["key"] = "k" * 121
    problems = _problems(data)
    assert "longer than 120" in problems["en.name"]
    assert "longer than 120" in problems["phases[1].fr.name"]
    assert "phases[2].key" in problems
