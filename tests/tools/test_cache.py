"""The parsed-data cache: used while the files are unchanged, rebuilt when one changes, never
trusted blindly (a damaged cache is ignored, and every tool is still validated)."""

from __future__ import annotations

import os
import shutil

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools import cache, loader
from facilitator_app.tools.loader import ToolDataError, load_directory


@pytest.fixture
def tools_dir(tmp_path):
    directory = tmp_path / "tools"
    directory.mkdir()
    shutil.copy(resource_path("tools", "1-2-4-all.toml"), directory)
    return directory


def _no_parsing(monkeypatch):
    def refuse(path):
        raise AssertionError(f"{path.name} was parsed again")

    monkeypatch.setattr(loader, "parse_toml", refuse)


def test_unchanged_files_are_read_from_the_cache(tools_dir, tmp_path, monkeypatch):
    cache_file = tmp_path / "cache" / "tools.json"
    first = load_directory(tools_dir, cache_file)
    assert cache_file.exists()
    _no_parsing(monkeypatch)
    assert load_directory(tools_dir, cache_file) == first


def test_a_changed_file_is_parsed_again_and_validated(tools_dir, tmp_path):
    cache_file = tmp_path / "tools.json"
    load_directory(tools_dir, cache_file)
    path = tools_dir / "1-2-4-all.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("duration_minutes = 12", "duration_minutes = 13"),
        encoding="utf-8",
    )
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(ToolDataError, match="duration_minutes"):
        load_directory(tools_dir, cache_file)


def test_a_damaged_cache_is_ignored(tools_dir, tmp_path):
    cache_file = tmp_path / "tools.json"
    cache_file.write_text("{not json", encoding="utf-8")
    assert [t.id for t in load_directory(tools_dir, cache_file)] == ["1-2-4-all"]
    assert cache_file.read_text(encoding="utf-8").startswith('{"fingerprint"')


def test_cached_tables_are_validated_on_every_load(tools_dir, tmp_path):
    cache_file = tmp_path / "tools.json"
    load_directory(tools_dir, cache_file)
    text = cache_file.read_text(encoding="utf-8").replace('"group_min": 4', '"group_min": 0')
    cache_file.write_text(text, encoding="utf-8")
    with pytest.raises(ToolDataError, match="group_min"):
        load_directory(tools_dir, cache_file)


def test_an_unwritable_cache_folder_is_not_an_error(tools_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert load_directory(tools_dir, blocker / "tools.json")


def test_fingerprint_changes_with_the_files(tools_dir):
    paths = sorted(tools_dir.glob("*.toml"))
    before = cache.fingerprint(paths)
    shutil.copy(tools_dir / "1-2-4-all.toml", tools_dir / "copy.toml")
    assert cache.fingerprint(sorted(tools_dir.glob("*.toml"))) != before
