"""A new length for an item moves its steps within the method's bounds, in whole minutes first,
instead of rescaling every step (3 rotations of 5 min 42)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.step_lengths import fit_phases, shortest_minutes, total_seconds
from facilitator_app.tools import registry
from facilitator_app.tools.planning import minutes_range, plan_phases


def world_cafe() -> list[dict]:
    return plan_phases(registry.find_tool("world-cafe"))


def minutes(phases: list[dict]) -> list[float]:
    return [p["seconds"] / 60 for p in phases]


def test_shortening_the_world_cafe_moves_whole_minutes_where_there_is_room() -> None:
    fit = fit_phases(world_cafe(), 75)
    assert fit.reached
    assert total_seconds(fit.phases) == 75 * 60
    # Welcome 5, rotation 20 x 3, report 5 (no room), harvest 15 before.
    assert minutes(fit.phases) == [4, 18, 5, 12]
    assert [(c.phase_index, c.before // 60, c.after // 60) for c in fit.changes] == [
        (0, 5, 4),
        (1, 20, 18),
        (3, 15, 12),
    ]


def test_lengthening_stops_at_the_methods_bounds_and_says_what_is_missing() -> None:
    low, high = minutes_range(world_cafe())
    fit = fit_phases(world_cafe(), high + 10)
    assert not fit.reached and fit.missing_seconds == 600
    assert total_seconds(fit.phases) == high * 60
    assert fit_phases(world_cafe(), low).reached


def test_a_step_without_bounds_keeps_its_length() -> None:
    phases = [{"key": "a", "seconds": 600}, {"key": "b", "seconds": 300, "max_seconds": 900}]
    fit = fit_phases(phases, 20)
    assert [p["seconds"] for p in fit.phases] == [600, 600]
    assert phases[1]["seconds"] == 300  # the input is left alone


def test_the_shortest_an_item_can_be() -> None:
    assert shortest_minutes(world_cafe(), 85) == 63
    assert shortest_minutes(None, 25) == 13
    assert shortest_minutes([{"key": "a", "seconds": 90, "min_seconds": 30}], 2) == 1


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3600), st.integers(0, 3600), st.integers(0, 3600), st.integers(1, 5)
        ),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 600),
)
def test_every_step_stays_within_its_bounds_and_the_length_is_met_when_it_can_be(
    steps, target
) -> None:
    phases = []
    for a, b, c, rounds in steps:
        low, usual, high = sorted((a, b, c))
        phases.append(
            {
                "key": "k",
                "seconds": usual,
                "min_seconds": low,
                "max_seconds": high,
                "rounds": rounds,
            }
        )
    fit = fit_phases(phases, target)
    for before, after in zip(phases, fit.phases, strict=True):
        assert before["min_seconds"] <= after["seconds"] <= before["max_seconds"]
    assert total_seconds(fit.phases) + fit.missing_seconds == target * 60
    low = sum(p["min_seconds"] * p["rounds"] for p in phases)
    high = sum(p["max_seconds"] * p["rounds"] for p in phases)
    if all(p["rounds"] == 1 for p in phases) and low <= target * 60 <= high:
        assert fit.reached
