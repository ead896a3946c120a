"""Planning a tool for the room: rounds follow the people present or the size of the small
groups, and a list of agenda phases says how long it usually lasts and how far it can go."""

from __future__ import annotations

from facilitator_app.tools import registry
from facilitator_app.tools.limits import MAX_ROUNDS
from facilitator_app.tools.planning import minutes_range, plan_phases, usual_minutes


def _rounds(phases):
    return {p["key"]: p["rounds"] for p in phases}


def test_a_weather_round_is_one_turn_per_person_present():
    tool = registry.find_tool("weather-check-in")
    assert _rounds(plan_phases(tool, participants=7)) == {"choose-weather": 1, "weather-round": 7}
    assert usual_minutes(plan_phases(tool, participants=7)) == 7  # 60 s + 7 x 45 s: 6 min 15


def test_without_a_head_count_the_usual_rounds_stay():
    tool = registry.find_tool("consent-decision")
    assert plan_phases(tool) == tool.agenda_phases()
    assert plan_phases(tool, participants=0) == tool.agenda_phases()


def test_only_the_phases_that_follow_the_room_change():
    tool = registry.find_tool("consent-decision")
    planned = _rounds(plan_phases(tool, participants=12))
    assert planned["clarifying-round"] == planned["objection-round"] == 12
    assert planned["present-proposal"] == planned["integrate-objections"] == 1


def test_troika_follows_the_size_of_the_small_groups():
    tool = registry.find_tool("troika-consulting")
    assert _rounds(plan_phases(tool))["consultation"] == 3  # the usual trio
    assert _rounds(plan_phases(tool, group_size=4))["consultation"] == 4
    # a head count does not change a per-member round
    assert _rounds(plan_phases(tool, participants=30))["consultation"] == 3


def test_a_huge_room_never_makes_an_invalid_phase():
    tool = registry.find_tool("check-in-round")
    assert _rounds(plan_phases(tool, participants=5000))["round"] == MAX_ROUNDS


def test_planning_returns_fresh_dicts_with_the_shared_keys():
    tool = registry.find_tool("world-cafe")
    first = plan_phases(tool, participants=40)
    assert first[1]["questions"] == ["", "", ""]  # one question to write per rotation
    first[1]["questions"][0] = "Pourquoi ?"
    assert plan_phases(tool)[1]["questions"] == ["", "", ""]  # the tool itself is untouched
    assert tool.phases[1].as_agenda_phase()["questions"] == []
    assert first[1]["round_questions"] is True


def test_usual_minutes_and_range_over_agenda_phases():
    phases = [
        {"seconds": 60, "rounds": 1},  # stored before min/max existed: fixed
        {"seconds": 120, "min_seconds": 90, "max_seconds": 180, "rounds": 3},
    ]
    assert usual_minutes(phases) == 7
    assert minutes_range(phases) == (6, 10)  # 60 + 270 = 5.5 min rounds up; 60 + 540 = 10
    assert usual_minutes([{"seconds": 90}]) == 2  # a part of a minute rounds up


def test_a_range_that_cannot_span_a_minute_gives_the_usual_length():
    assert minutes_range([{"seconds": 90, "min_seconds": 80, "max_seconds": 100}]) == (2, 2)
    assert minutes_range([]) == (0, 0)


def test_the_range_of_every_tool_is_what_its_agenda_phases_allow():
    for tool in registry.builtin_tools():
        assert minutes_range(tool.agenda_phases()) == tool.duration_range, tool.id
