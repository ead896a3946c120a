"""Every built-in tool's data file loads, validates, speaks both languages and adds up."""

from __future__ import annotations

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools import registry
from facilitator_app.tools.loader import load_file
from facilitator_app.tools.vocabulary import LANGUAGES, TOOL_TEXT_KEYS

TOOL_FILES = sorted(resource_path("tools").glob("*.toml"))


@pytest.mark.parametrize("path", TOOL_FILES, ids=[p.stem for p in TOOL_FILES])
def test_each_data_file_loads_with_both_languages_and_phases_that_add_up(path):
    tool = load_file(path)
    assert tool.id == path.stem
    assert tool.is_builtin
    for language in LANGUAGES:
        text = tool.text(language)
        for key in TOOL_TEXT_KEYS:
            assert getattr(text, key).strip(), f"{path.name}: [{language}] {key} is empty"
        for phase in tool.phases:
            assert phase.text(language).name and phase.text(language).instructions
    assert tool.text("fr") != tool.text("en"), "the English text is a copy of the French"
    assert sum(p.seconds * p.rounds for p in tool.phases) == tool.duration_minutes * 60
    phases = tool.agenda_phases()
    assert [p["key"] for p in phases] == [p.key for p in tool.phases]
    assert set(phases[0]) == {
        "key",
        "name",
        "instructions",
        "seconds",
        "grouping",
        "rounds",
        "capture",
    }
    assert set(phases[0]["name"]) == set(LANGUAGES)


def test_the_library_holds_at_least_fifty_tools():
    assert len(registry.builtin_tools()) >= 50


def test_every_purpose_has_tools():
    purposes = {p for tool in registry.builtin_tools() for p in tool.purposes}
    assert purposes == {"open", "explore", "decide", "plan", "evaluate", "energise", "close"}


def test_find_tool_gives_the_built_in_and_refuses_unknown_ids():
    from facilitator_app.errors import NotFoundError

    assert registry.find_tool("1-2-4-all").text("fr").name == "1-2-4-Tous"
    with pytest.raises(NotFoundError, match="no-such-tool"):
        registry.find_tool("no-such-tool")


def test_tools_are_frozen():
    from dataclasses import FrozenInstanceError

    tool = registry.find_tool("1-2-4-all")
    with pytest.raises(FrozenInstanceError):
        tool.duration_minutes = 99  # type: ignore[misc]
