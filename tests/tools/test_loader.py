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
