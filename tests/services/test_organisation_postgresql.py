"""Two app instances (two laptops' data folders) on one PostgreSQL server: one publishes a
method, the other sees it after a refresh; both edit it and publish at the same moment, in two
processes: exactly one conflict is reported and no edit is lost. The steps before and after the
race are the same commands run in this process (starting one costs seconds).

Needs the test server (FACILITATOR_APP_TEST_POSTGRES_URL); skipped, saying so, without one.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.organisation.connection import LibraryServer, migrate_library
from facilitator_app.organisation.server import changes_since
from facilitator_app.services import library as my_tools
from facilitator_app.storage.database import Location, open_database
from facilitator_app.tools import registry
from tests.postgres import PostgresServer

pytestmark = pytest.mark.postgresql


@pytest.fixture
def library_url(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.new_database()
    migrate_library(url)
    yield url
    postgres_server.drop(url)


def app(folder: Path, *args: str) -> subprocess.Popen[str]:
    """One run of the application, as a trainer's laptop would start it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("FACILITATOR_APP")}
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def run(folder: Path, *args: str, json_out: bool = True) -> Any:
    """One command of the application on a laptop's data folder, in this process."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(folder), *args, *(["--json"] if json_out else [])])
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue()) if json_out else out.getvalue()


def connect(url: str, **laptops: Path) -> None:
    for name, folder in laptops.items():
        run(folder, "organisation", "connect", url, "--name", name, json_out=False)


def edit(folder: Path, uid: str, summary: str) -> None:
    """The trainer edits their copy in My tools (their own laptop's store)."""
    db = open_database(Location.in_data_dir(folder))
    try:
        definition = my_tools.custom_tool_record(db, uid).definition
        definition["fr"]["summary"] = summary
        my_tools.update_custom_tool(db, uid, definition)
    finally:
        db.close()


def test_two_laptops_on_postgresql_one_conflict_and_no_edit_lost(
    library_url: str, tmp_path: Path
) -> None:
    anne, paul = tmp_path / "anne", tmp_path / "paul"
    connect(library_url, Anne=anne, Paul=paul)
    db = open_database(Location.in_data_dir(anne))
    definition = registry.find_tool("1-2-4-all").definition()
    definition["fr"]["name"] = "Tour d'horizon"
    mine = my_tools.create_custom_tool(db, definition)
    db.close()

    published = run(anne, "organisation", "publish", "--tool", f"custom:{mine}")
    assert published["version"] == 1 and published["created_by"] == "Anne"
    assert run(paul, "organisation", "list") == []  # nothing seen before a refresh
    assert run(paul, "organisation", "refresh")["items"] == 1
    [seen] = run(paul, "organisation", "list")
    assert seen["uid"] == published["uid"] and seen["name"] == "Tour d'horizon"
    his = run(paul, "organisation", "take", published["uid"])["local_id"]

    edit(anne, mine, "La version d'Anne.")
    edit(paul, his.removeprefix("custom:"), "La version de Paul.")
    racing = {
        "anne": app(anne, "organisation", "publish", "--tool", f"custom:{mine}"),
        "paul": app(paul, "organisation", "publish", "--tool", his),
    }
    results = {who: (p.communicate(timeout=120), p.returncode) for who, p in racing.items()}
    codes = sorted(code for _out, code in results.values())
    assert codes == [0, 2], results
    [(loser, ((_out, error), _code))] = [(w, r) for w, r in results.items() if r[1] == 2]
    assert error.count("\n") == 1 and "nothing was overwritten" in error

    loser_folder, loser_tool = (anne, f"custom:{mine}") if loser == "anne" else (paul, his)
    kept = run(loser_folder, "organisation", "publish", "--tool", loser_tool, "--keep-mine")
    assert kept["version"] == 1 and kept["name"] == "Tour d'horizon (copie)"

    server = LibraryServer(library_url)
    try:
        items, _seq = changes_since(server, 0)
    finally:
        server.close()
    found = sorted((i.name, i.version, i.content["definition"]["fr"]["summary"]) for i in items)
    winner_text, loser_text = (
        ("La version de Paul.", "La version d'Anne.")
        if loser == "anne"
        else ("La version d'Anne.", "La version de Paul.")
    )
    assert found == [("Tour d'horizon", 2, winner_text), ("Tour d'horizon (copie)", 1, loser_text)]
    assert run(paul, "organisation", "refresh")["items"] == 2


def test_taking_theirs_from_another_laptop_on_postgresql(library_url: str, tmp_path: Path) -> None:
    anne, paul = tmp_path / "anne", tmp_path / "paul"
    connect(library_url, Anne=anne, Paul=paul)
    db = open_database(Location.in_data_dir(anne))
    definition = registry.find_tool("1-2-4-all").definition()
    definition["fr"]["name"] = "Météo"
    mine = my_tools.create_custom_tool(db, definition)
    db.close()
    shared = run(anne, "organisation", "publish", "--tool", f"custom:{mine}")["uid"]
    run(paul, "organisation", "refresh")
    his = run(paul, "organisation", "take", shared)["local_id"]
    edit(anne, mine, "Revue par Anne.")
    run(anne, "organisation", "publish", "--tool", f"custom:{mine}")
    edit(paul, his.removeprefix("custom:"), "Revue par Paul.")
    taken = run(paul, "organisation", "publish", "--tool", his, "--take-theirs")
    assert taken["version"] == 2 and taken["updated_by"] == "Anne"
    db = open_database(Location.in_data_dir(paul))
    try:
        summary = my_tools.custom_tool_record(db, his.removeprefix("custom:")).definition
    finally:
        db.close()
    assert summary["fr"]["summary"] == "Revue par Anne."
