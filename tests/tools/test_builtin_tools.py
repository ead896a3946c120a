"""Every built-in tool's data file loads, validates, speaks both languages, adds up, sits in its
published range, captures what it says it produces, and writes French the French way."""

from __future__ import annotations

import re

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools import registry
from facilitator_app.tools.loader import load_file
from facilitator_app.tools.planning import minutes_range, usual_minutes
from facilitator_app.tools.vocabulary import LANGUAGES, TOOL_TEXT_KEYS
from facilitator_app.typography import NBSP, NNBSP, faults

TOOL_FILES = sorted(resource_path("tools").glob("*.toml"))
IDS = [p.stem for p in TOOL_FILES]


@pytest.fixture(scope="module")
def tools():
    return {path.stem: load_file(path) for path in TOOL_FILES}


def _french_texts(tool):
    yield from ((f"fr.{k}", v) for k, v in vars(tool.text("fr")).items())
    for phase in tool.phases:
        yield from ((f"{phase.key}.fr.{k}", v) for k, v in vars(phase.text("fr")).items())


def _english_texts(tool):
    yield from vars(tool.text("en")).values()
    for phase in tool.phases:
        yield from vars(phase.text("en")).values()


@pytest.mark.parametrize("tool_id", IDS)
def test_each_tool_loads_with_every_text_in_both_languages(tools, tool_id):
    tool = tools[tool_id]
    assert tool.id == tool_id and tool.is_builtin
    for language in LANGUAGES:
        text = tool.text(language)
        for key in TOOL_TEXT_KEYS:
            assert getattr(text, key).strip(), f"[{language}] {key} is empty"
        for phase in tool.phases:
            assert phase.text(language).name and phase.text(language).instructions
    assert tool.text("fr") != tool.text("en"), "the English text is a copy of the French"
    for key in ("tips", "variations", "roles"):
        assert len(tool.text("fr").items(key)) == len(tool.text("en").items(key)), key


@pytest.mark.parametrize("tool_id", IDS)
def test_phases_add_up_to_the_usual_duration(tools, tool_id):
    tool = tools[tool_id]
    assert sum(p.seconds * p.rounds for p in tool.phases) == tool.duration_minutes * 60
    assert usual_minutes(tool.agenda_phases()) == tool.duration_minutes


@pytest.mark.parametrize("tool_id", IDS)
def test_the_usual_duration_lies_in_the_range_the_steps_reach(tools, tool_id):
    tool = tools[tool_id]
    low, high = tool.duration_range
    assert low <= tool.duration_minutes <= high
    assert minutes_range(tool.agenda_phases()) == (low, high)
    for phase in tool.phases:
        assert phase.min_seconds <= phase.seconds <= phase.max_seconds, phase.key


@pytest.mark.parametrize("tool_id", IDS)
def test_every_output_is_captured_and_every_capture_declared(tools, tool_id):
    tool = tools[tool_id]
    captured = {p.capture for p in tool.phases if p.capture}
    assert captured <= set(tool.outputs)
    assert set(tool.outputs) <= captured


@pytest.mark.parametrize("tool_id", IDS)
def test_every_french_text_follows_french_typography(tools, tool_id):
    wrong = [f"{where}: {fault}" for where, text in _french_texts(tools[tool_id])
             for fault in faults(text)]
    assert wrong == []


@pytest.mark.parametrize("tool_id", IDS)
def test_one_word_for_the_person_who_leads_and_no_anglicisms(tools, tool_id):
    french = " ".join(text for _where, text in _french_texts(tools[tool_id])).casefold()
    for word in ("facilitat", "débrief", "debrief", "feedback", "brainstorm", "crowdsourc"):
        assert word not in french, word
    name = tools[tool_id].text("fr").name.casefold()
    assert "speed" not in name and "storyboard" not in name


@pytest.mark.parametrize("tool_id", IDS)
def test_english_reads_as_english(tools, tool_id):
    for text in _english_texts(tools[tool_id]):
        assert NBSP not in text and NNBSP not in text and "«" not in text
        assert not re.search(r"\w [:;?!]", text), text  # no French spacing in English
        assert "Tell about" not in text and "facilitateur" not in text


@pytest.mark.parametrize("tool_id", IDS)
def test_the_agenda_phases_carry_the_shared_contract(tools, tool_id):
    tool = tools[tool_id]
    phases = tool.agenda_phases()
    assert [p["key"] for p in phases] == [p.key for p in tool.phases]
    for phase, source in zip(phases, tool.phases, strict=True):
        keys = {"key", "name", "instructions", "seconds", "grouping", "rounds", "capture",
                "min_seconds", "max_seconds", "rounds_follow", "group_size", "round_questions"}
        assert set(phase) == keys | ({"questions"} if source.round_questions else set())
        assert set(phase["name"]) == set(LANGUAGES)


def test_the_library_holds_the_fifty_six_methods(tools):
    assert len(tools) == 56
    assert {"inclusion-separation", "solidarity-annual-review", "participatory-conference"} <= set(
        tools
    )
    assert sum(t.family == "liberating-structures" for t in tools.values()) == 33


def test_every_purpose_has_tools():
    purposes = {p for tool in registry.builtin_tools() for p in tool.purposes}
    assert purposes == {"open", "explore", "decide", "plan", "evaluate", "energise", "close"}


def test_each_method_credits_its_authors(tools):
    def credit(tool):
        return tool.text("fr").source + " " + tool.text("en").source

    for tool in tools.values():
        if tool.family == "liberating-structures":
            assert "Lipmanowicz" in credit(tool) and "McCandless" in credit(tool), tool.id
        if tool.family == "sociocracy" and tool.id != "coloured-cards":
            assert "Endenburg" in credit(tool), tool.id
    assert "Juanita Brown" in credit(tools["world-cafe"]) and "David Isaacs" in credit(
        tools["world-cafe"]
    )
    assert "Payette" in credit(tools["codev"]) and "Champagne" in credit(tools["codev"])
    assert "Harrison Owen" in credit(tools["open-space-technology"])
    assert "de Bono" in credit(tools["six-thinking-hats"])


def test_rounds_follow_the_room_where_the_method_says_so(tools):
    def follows(tool_id):
        return {p.rounds_follow for p in tools[tool_id].phases} - {None}

    for tool_id in ("weather-check-in", "check-in-round", "check-out-round", "consent-decision",
                    "election-without-candidates", "inclusion-separation"):
        assert follows(tool_id) == {"participants"}, tool_id
    for tool_id, size in (("troika-consulting", 3), ("15-percent-solutions", 3),
                          ("wise-crowds", 4)):
        phase = next(p for p in tools[tool_id].phases if p.rounds_follow == "group-size")
        assert phase.group_size == size and phase.rounds == size


def test_published_sequences_the_issue_named(tools):
    names = [p.text("en").name for p in tools["helping-heuristics"].phases]
    assert names[1:5] == ["Quiet presence", "Guided discovery", "Loving provocation",
                          "Process mindfulness"]
    assert all(p.seconds <= 180 for p in tools["helping-heuristics"].phases[1:5])
    crowd = {p.key: p for p in tools["25-10-crowd-sourcing"].phases}
    assert list(crowd)[:2] == ["invitation", "demonstration"]
    assert crowd["scoring"].rounds == 5 and crowd["scoring"].seconds == 180
    assert {"top-ten", "reflection"} <= set(crowd)
    assert len(tools["panarchy"].phases) == 13
    assert len(tools["ecocycle-planning"].phases) == 9
    assert len(tools["critical-uncertainties"].phases) == 12
    assert "both-and" in [p.key for p in tools["integrated-autonomy"].phases]


def test_the_seed_methods_follow_their_sources(tools):
    codev = tools["codev"]
    assert len(codev.phases) == 6 and codev.duration_range[0] >= 120
    assert codev.duration_range[1] <= 180 and 120 <= codev.duration_minutes <= 180
    cafe = next(p for p in tools["world-cafe"].phases if p.key == "rotation")
    assert cafe.round_questions and cafe.rounds == 3
    assert cafe.as_agenda_phase()["questions"] == []
    conference = tools["participatory-conference"]
    talks = [p for p in conference.phases if p.key.startswith("talk-")]
    reactions = [p for p in conference.phases if p.key.startswith("reactions-")]
    assert len(talks) == 3 and all(p.seconds == 600 for p in talks)
    assert [p.capture for p in reactions] == ["poll"] * 3
    keys = [p.key for p in conference.phases]
    assert all(keys.index(f"reactions-{n}") == keys.index(f"talk-{n}") + 1 for n in (1, 2, 3))
    assert conference.duration_minutes == 90


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
