"""Restoring a backup can be killed at any moment and still leaves a database: the backup is
copied in first, and only then takes the live file's place. Nothing set aside is ever
overwritten, and the command says where the previous file went."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.models import Photo
from facilitator_app.paths import database_path
from facilitator_app.services import workshops
from facilitator_app.storage.backups import restore_backup
from facilitator_app.storage.database import Location, open_database

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CHILD = Path(__file__).with_name("restore_child.py")
KILLS = 30


def _titles(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT title FROM workshop")}
    finally:
        connection.close()


def _prepare(directory: Path) -> None:
    """A live database ("Après") and an older backup of it ("Avant"), a few megabytes each so
    that copying takes a moment."""
    database = open_database(Location.in_data_dir(directory))
    workshop_id = workshops.create_workshop(database, "Avant")
    with database.transaction() as session:
        for index in range(6):
            content = random.Random(index).randbytes(1024 * 1024)
            session.add(Photo(workshop_id=workshop_id, media_type="image/png", content=content))
    database.backup("manual")
    workshops.rename_workshop(database, workshop_id, "Après")
    database.close()


def _start(directory: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(directory)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == b"ready"
    return child


def _go(child: subprocess.Popen[bytes]) -> float:
    assert child.stdin is not None
    child.stdin.write(b"go\n")
    child.stdin.flush()
    return time.monotonic()


@pytest.mark.slow
@pytest.mark.timeout(600)  # dozens of processes started and killed: slow on a busy machine
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_restore_killed_at_any_moment_leaves_a_database(tmp_path):
    rng = random.Random(20261202)
    template = tmp_path / "template"
    _prepare(template)
    shutil.copytree(template, tmp_path / "measure")
    child = _start(tmp_path / "measure")
    began = _go(child)
    assert child.stdout is not None
    output, _ = child.communicate()
    window = time.monotonic() - began
    assert output.split()[-1] == b"done", output
    seen = {"Avant": 0, "Après": 0}
    lost: list[str] = []
    for attempt in range(KILLS):
        directory = tmp_path / f"kill-{attempt}"
        shutil.copytree(template, directory)
        child = _start(directory)
        began = _go(child)
        time.sleep(max(0.0, rng.uniform(0.0, window) - (time.monotonic() - began)))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        path = database_path(directory)
        if not path.exists():
            lost.append(f"kill {attempt}: no database")
            continue
        titles = _titles(path)
        if titles not in ({"Avant"}, {"Après"}):
            lost.append(f"kill {attempt}: {titles}")
            continue
        seen[titles.pop()] += 1
        # Whatever was replaced is kept whole beside it.
        for kept in directory.glob("facilitator.sqlite3.replaced-*"):
            if not kept.name.endswith(("-wal", "-shm")):
                assert _titles(kept) == {"Après"}
        shutil.rmtree(directory)
    print(f"{KILLS} kills during restore: {seen}, {len(lost)} without a database")
    assert not lost, lost
    assert seen["Avant"] and seen["Après"], seen  # the kills landed on both sides


def test_two_restores_in_the_same_second_keep_both_replaced_files(isolated_data_dir):
    location = Location.in_data_dir(isolated_data_dir)
    database = open_database(location)
    workshop_id = workshops.create_workshop(database, "Un")
    backup = database.backup("manual")
    workshops.rename_workshop(database, workshop_id, "Deux")
    database.close()
    first = restore_backup(backup, location.file)
    second = restore_backup(backup, location.file)
    assert first is not None and second is not None and first != second
    assert _titles(first) == {"Deux"} and _titles(second) == {"Un"}


def test_restore_says_where_the_previous_file_went(isolated_data_dir, capsys):
    location = Location.in_data_dir(isolated_data_dir)
    database = open_database(location)
    database.backup("manual")
    database.close()
    assert main(["restore", "latest"]) == 0
    out = capsys.readouterr().out
    [kept] = isolated_data_dir.glob("facilitator.sqlite3.replaced-*")
    assert f"the previous file was kept as {kept}" in out
