"""The loader refuses broken data files and says which file and which key is wrong."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools.loader import ToolDataError, load_directory, load_file, parse_tool

ORIGINAL = resource_path("tools", "1-2-4-all.toml")


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = ORIGINAL.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _problem_keys(error: ToolDataError) -> list[str]:
    return [p.key for p in error.problems]


def test_unknown_key_is_named_with_the_file(tmp_path):
    path = _variant(tmp_path, "1-2-4-all.toml", "group_min = 4", "group_min = 4\ncolour = 'red'")
    with pytest.raises(ToolDataError) as caught:
        load_file(path)
    assert "1-2-4-all.toml" in str(caught.value)
    assert _problem_keys(caught.value) == ["colour"]


def test_unknown_key_in_a_phase_text_is_named(tmp_path):
    path = _variant(tmp_path, "1-2-4-all.toml", 'name = "Seul"', 'name = "Seul"\nnotes = "x"')
    with pytest.raises(ToolDataError) as caught:
        load_file(path)
    assert _problem_keys(caught.value) == ["phases[0].fr.notes"]


def test_missing_french_is_a_missing_translation(tmp_path):
    text = ORIGINAL.read_text(encoding="utf-8")
    start = text.index("[fr]")
    end = text.index("[en]")
    path = tmp_path / "1-2-4-all.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ToolDataError) as caught:
        load_file(path)
    assert "fr" in _problem_keys(caught.value)
    assert "missing translation" in str(caught.value)
    assert "1-2-4-all.toml" in str(caught.value)


def test_one_empty_english_text_is_named():
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    data["en"]["when_not"] = "  "
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "1-2-4-all.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["en.when_not"]


def test_phases_that_do_not_add_up_name_the_duration(tmp_path):
    path = _variant(tmp_path, "1-2-4-all.toml", "duration_minutes = 12", "duration_minutes = 15")
    with pytest.raises(ToolDataError) as caught:
        load_file(path)
    assert _problem_keys(caught.value) == ["duration_minutes"]
    assert "720 s" in str(caught.value)


def test_rounds_count_in_the_sum(tmp_path):
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    data["phases"][0]["rounds"] = 3  # 60 s x 3 adds two minutes
    with pytest.raises(ToolDataError):
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    data["duration_minutes"] = 14
    data["duration_range"] = [14, 17]  # and the steps' bounds move with it
    assert parse_tool(data, "x.toml", tool_id="1-2-4-all").duration_minutes == 14


def test_bad_vocabulary_is_named(tmp_path):
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    data["purposes"] = ["open", "brainstorm"]
    data["phases"][1]["grouping"] = "couples"
    data["materials"] = ["paper", "crayons"]
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["purposes", "materials", "phases[1].grouping"]


def test_duplicate_ids_are_refused(tmp_path):
    shutil.copy(ORIGINAL, tmp_path / "1-2-4-all.toml")
    _variant(tmp_path, "other.toml", 'id = "1-2-4-all"', 'id = "1-2-4-all"')
    with pytest.raises(ToolDataError) as caught:
        load_directory(tmp_path)
    # the copy's id does not equal its file name, and that is reported on the id key
    assert caught.value.source == "other.toml"
    assert _problem_keys(caught.value) == ["id"]


def test_the_same_id_in_two_sources_is_refused():
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    from facilitator_app.tools import loader

    tools = [parse_tool(data, "a.toml"), parse_tool(data, "b.toml")]
    with pytest.raises(ToolDataError, match=r"b\.toml: id: '1-2-4-all' is also in a\.toml"):
        loader.check_unique(tools)


def test_duplicate_phase_keys_are_refused():
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    data["phases"][1]["key"] = "alone"
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["phases[1].key"]


def test_a_syntax_error_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('id = "broken\n', encoding="utf-8")
    with pytest.raises(ToolDataError, match=r"broken\.toml"):
        load_file(path)


def test_every_problem_is_reported_at_once():
    data = tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))
    data["family"] = "agile"
    data["group_min"] = "four"
    del data["en"]["name"]
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert set(_problem_keys(caught.value)) == {"family", "group_min", "en.name"}


def _data():
    return tomllib.loads(ORIGINAL.read_text(encoding="utf-8"))


def test_a_built_in_tool_must_give_its_duration_range():
    data = _data()
    del data["duration_range"]
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["duration_range"]


@pytest.mark.parametrize("bad", [[15, 12], [13, 15], [12], "12-15", [12, 15.5]])
def test_a_duration_range_must_hold_the_usual_length_shortest_first(bad):
    data = _data()
    data["duration_range"] = bad
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["duration_range"]


def test_the_range_is_what_the_steps_reach_when_all_shortened_or_lengthened():
    data = _data()
    data["duration_range"] = [10, 15]  # nothing can be shortened: the steps reach 12-15
    with pytest.raises(ToolDataError, match="reach 12-15 min"):
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    data["phases"][3]["min_seconds"] = 180  # "All" may now be cut from 5 to 3 minutes
    assert parse_tool(data, "x.toml", tool_id="1-2-4-all").duration_range == (10, 15)


def test_a_step_bound_on_the_wrong_side_of_its_length_is_refused():
    data = _data()
    data["phases"][1]["max_seconds"] = 60  # below the 120 s of the step
    data["phases"][2]["min_seconds"] = 300  # above its 240 s
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert {"phases[1].max_seconds", "phases[2].min_seconds"} <= set(_problem_keys(caught.value))


def test_rounds_that_follow_the_room_are_checked():
    data = _data()
    data["phases"][0]["rounds_follow"] = "everyone"
    data["phases"][1]["group_size"] = 3  # without rounds_follow = "group-size"
    data["phases"][2]["rounds_follow"] = "group-size"  # without a group_size
    data["phases"][3]["round_questions"] = "yes"
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value)[:4] == [
        "phases[0].rounds_follow",
        "phases[1].group_size",
        "phases[2].group_size",
        "phases[3].round_questions",
    ]


def test_a_group_size_round_is_one_per_member():
    data = _data()
    data["phases"][2].update({"rounds_follow": "group-size", "group_size": 4, "rounds": 3})
    with pytest.raises(ToolDataError, match="must equal group_size"):
        parse_tool(data, "x.toml", tool_id="1-2-4-all")


def test_the_phase_keys_reach_the_tool_and_its_agenda_phases():
    data = _data()
    data["phases"][3].update({"rounds_follow": "participants", "round_questions": True})
    tool = parse_tool(data, "x.toml", tool_id="1-2-4-all")
    phase = tool.phases[3]
    assert (phase.rounds_follow, phase.round_questions) == ("participants", True)
    assert (phase.min_seconds, phase.max_seconds) == (300, 360)
    agenda = phase.as_agenda_phase()
    assert agenda["rounds_follow"] == "participants" and agenda["questions"] == []
    assert agenda["min_seconds"] == 300 and agenda["max_seconds"] == 360
    assert tool.phases[0].as_agenda_phase()["group_size"] is None
    assert "questions" not in tool.phases[0].as_agenda_phase()


def test_outputs_and_captures_must_match():
    data = _data()
    data["phases"][2]["capture"] = "dot_vote"  # not an output of the tool
    data["outputs"] = ["note", "card", "action"]  # action: no phase captures it
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert set(_problem_keys(caught.value)) == {"phases[2].capture", "outputs"}


def test_outputs_and_captures_are_the_kinds_of_the_registry():
    data = _data()
    data["outputs"] = ["note", "cards"]  # the old word
    data["phases"][0]["capture"] = "notes"
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert "'notes' is now 'note'" in str(caught.value)
    assert "'cards' is not one of" in str(caught.value)


def test_a_phase_captures_with_parameters_each_checked():
    data = _data()
    data["outputs"] = ["note", "card", "dot_vote"]
    data["phases"][2]["capture"] = {
        "kind": "card",
        "colours": ["yellow", "teal"],
        "categories": [{"key": "wind", "fr": "Vent", "en": "Wind"}],
        "axes": [{"key": "x", "fr": "X", "en": "X"}],
        "shape": "round",
    }
    data["phases"][3]["capture"] = {"kind": "dot_vote", "dots": 0, "category": "rocks"}
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert set(_problem_keys(caught.value)) == {
        "phases[2].capture.colours",
        "phases[2].capture.axes",
        "phases[2].capture.shape",
        "phases[3].capture.dots",
        "phases[3].capture.category",  # no card phase has a column "rocks"
    }


def test_a_vote_on_one_column_names_a_column_a_card_phase_declares():
    data = _data()
    data["outputs"] = ["note", "card", "dot_vote"]
    data["phases"][2]["capture"] = {
        "kind": "card",
        "categories": [{"key": "wind", "fr": "Vent", "en": "Wind"}],
    }
    data["phases"][3]["capture"] = {"kind": "dot_vote", "category": "rocks"}
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["phases[3].capture.category"]
    data["phases"][3]["capture"] = {"kind": "dot_vote", "category": "wind", "dots": 3}
    tool = parse_tool(data, "x.toml", tool_id="1-2-4-all")
    agenda = tool.phases[3].as_agenda_phase()["capture"]
    assert agenda == {"kind": "dot_vote", "category": "wind", "dots": 3}
    assert tool.phases[3].definition()["capture"] == agenda
    assert tool.phases[0].definition()["capture"] == "note"


def test_a_users_tool_of_an_older_version_reads_its_old_words():
    data = _data()
    data["outputs"] = ["notes", "cards", "none"]
    data["phases"][0]["capture"] = "notes"
    data["phases"][2]["capture"] = "cards"
    tool = parse_tool(data, "custom", tool_id="custom:abc", is_builtin=False)
    assert tool.outputs == ("note", "card")
    assert tool.phases[0].capture == "note"


def test_a_users_tool_with_a_list_among_its_outputs_is_refused_by_name():
    data = _data()
    data["outputs"] = ["notes", ["cards"]]  # found by the import fuzz: was a TypeError
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "custom", tool_id="custom:abc", is_builtin=False)
    assert "outputs" in _problem_keys(caught.value)


def test_the_old_behaviour_key_is_now_unknown():
    data = _data()
    data["behaviour"] = "turn-per-participant"
    with pytest.raises(ToolDataError) as caught:
        parse_tool(data, "x.toml", tool_id="1-2-4-all")
    assert _problem_keys(caught.value) == ["behaviour"]


def test_a_users_tool_is_forgiving_where_nothing_is_lost():
    """A copy whose step was lengthened past its old bounds, or whose total left the range,
    is kept with the bounds widened; it may also leave the new texts empty."""
    data = _data()
    data["phases"][1]["seconds"] = 240  # past its max_seconds of 180
    data["duration_minutes"] = 14
    for language in ("fr", "en"):
        for key in ("makes_possible", "roles", "tips", "variations", "source"):
            data[language].pop(key)
    tool = parse_tool(data, "custom:u1", tool_id="custom:u1", is_builtin=False)
    assert tool.phases[1].max_seconds == 240 and tool.duration_range == (12, 15)
    del data["duration_range"]
    data["duration_minutes"] = 14
    tool = parse_tool(data, "custom:u1", tool_id="custom:u1", is_builtin=False)
    assert tool.duration_range == (14, 14) and tool.text("fr").tips == ""
    data["duration_range"] = [20, 30]  # the range follows the usual length
    tool = parse_tool(data, "custom:u1", tool_id="custom:u1", is_builtin=False)
    assert tool.duration_range == (14, 30)


def test_a_definition_round_trips_with_every_new_key():
    data = _data()
    data["phases"][2].update({"rounds_follow": "group-size", "group_size": 4, "rounds": 4})
    data["duration_minutes"] = 24
    data["duration_range"] = [24, 30]
    data["phases"][3]["round_questions"] = True
    tool = parse_tool(data, "x.toml", tool_id="1-2-4-all")
    again = parse_tool(tool.definition(), "custom:u", tool_id="custom:u", is_builtin=False)
    assert again.agenda_phases() == tool.agenda_phases()
    assert again.duration_range == tool.duration_range
    assert again.text("fr") == tool.text("fr") and again.text("en") == tool.text("en")
