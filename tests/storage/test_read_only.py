"""A read-only data folder is said to be read-only, in one line, with what to do: never called
corrupt, never a traceback, and restore does not crash on it. A folder where the database file
should be is refused with a sentence and the restore that moves it aside."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.errors import NotADatabaseFile
from facilitator_app.paths import database_path
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database
from tests.read_only import run_read_only

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CLI = [sys.executable, "-m", "facilitator_app"]


def _command(folder: Path, *argv: str):
    return run_read_only(
        folder,
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(folder), *argv],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )


@pytest.fixture
def intact_folder(isolated_data_dir: Path) -> Path:
    database = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(database, "Intact")
    database.backup("manual")
    database.close()
    return isolated_data_dir


def _one_read_only_line(result) -> None:
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "read-only" in result.stderr and "writable" in result.stderr
    assert "corrupt" not in result.stderr and "damage" not in result.stderr


@pytest.mark.parametrize("command", [["workshops", "list"], ["backup"], ["restore", "latest"]])
def test_an_intact_file_in_a_read_only_folder_is_read_only_not_corrupt(intact_folder, command):
    before = database_path(intact_folder).read_bytes()
    _one_read_only_line(_command(intact_folder, *command))
    assert database_path(intact_folder).read_bytes() == before


def test_an_intact_read_only_file_in_a_writable_folder_is_read_only_not_corrupt(intact_folder):
    path = database_path(intact_folder)
    before = path.read_bytes()
    result = run_read_only(
        path,
        [*CLI, "--data-dir", str(intact_folder), "check"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "status: read-only" in result.stdout and "integrity: ok" in result.stdout
    _one_read_only_line(
        run_read_only(
            path,
            [*CLI, "--data-dir", str(intact_folder), "workshops", "list"],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=60,
        )
    )
    assert path.read_bytes() == before


def test_check_reports_a_read_only_folder_with_the_integrity_it_could_read(intact_folder):
    result = _command(intact_folder, "check", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["status"] == "read-only" and report["integrity"] == "ok"
    assert report["schema_revision"] == report["schema_head"]


def test_a_read_only_folder_without_a_database_says_so(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    _one_read_only_line(_command(isolated_data_dir, "workshops", "list"))
    assert list(isolated_data_dir.iterdir()) == []


def test_a_folder_where_the_database_should_be_is_refused_in_one_sentence(
    isolated_data_dir, capsys
):
    database_path(isolated_data_dir).mkdir(parents=True)
    with pytest.raises(NotADatabaseFile):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert main(["workshops", "list"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "folder" in err and "restore latest" in err
    assert main(["check"]) == 1
    assert "status: not-a-file" in capsys.readouterr().out


def test_restore_moves_a_folder_in_the_way_aside(intact_folder, capsys):
    path = database_path(intact_folder)
    path.unlink()
    path.mkdir()
    (path / "keep.txt").write_text("mine")
    assert main(["restore", "latest"]) == 0
    [kept] = intact_folder.glob("facilitator.sqlite3.replaced-*")
    assert (kept / "keep.txt").read_text() == "mine"
    assert str(kept) in capsys.readouterr().out
    database = open_database(Location.in_data_dir(intact_folder))
    assert [w.title for w in workshops.list_workshops(database)] == ["Intact"]
    database.close()
