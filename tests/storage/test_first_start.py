"""A first start that is interrupted (killed, or the disk fills up) never ruins the data folder:
the next start creates the database as if nothing had happened. The schema is built in a
temporary file beside the target and renamed into place only when complete."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.errors import CorruptDatabase
from facilitator_app.paths import database_path
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database
from facilitator_app.storage.inspection import schema_head

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("first_start_child.py")
KILLS = 40
# Bytes any one file may grow to: from the first page to beyond a complete new database.
FILE_SIZE_LIMITS = (0, 4096, 12_288, 40_960, 98_304, 163_840, 229_376, 10_000_000)
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _start_child(directory: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(directory)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert child.stdout is not None and child.stdin is not None
    first = child.stdout.readline()
    assert first.strip() == b"ready", child.stderr.read().decode() if child.stderr else ""
    return child


def _go(child: subprocess.Popen[bytes]) -> float:
    assert child.stdin is not None
    child.stdin.write(b"go\n")
    child.stdin.flush()
    return time.monotonic()


def _creation_seconds(directory: Path) -> float:
    child = _start_child(directory)
    began = _go(child)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"opened"
    took = time.monotonic() - began
    child.communicate()
    return took


def _next_start_works(directory: Path) -> None:
    database = open_database(Location.in_data_dir(directory))
    try:
        assert database.schema_revision() == schema_head()
        workshops.create_workshop(database, "Après le redémarrage")
        assert [w.title for w in workshops.list_workshops(database)] == ["Après le redémarrage"]
    finally:
        database.close()


@pytest.mark.slow
@pytest.mark.timeout(600)  # dozens of processes started and killed: slow on a busy machine
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_first_start_killed_at_any_moment_leaves_a_folder_that_starts(tmp_path):
    rng = random.Random(20261201)
    window = _creation_seconds(tmp_path / "measure")
    finished = cut_short = 0
    broken: list[str] = []
    for attempt in range(KILLS):
        directory = tmp_path / f"kill-{attempt}"
        child = _start_child(directory)
        began = _go(child)
        time.sleep(max(0.0, rng.uniform(0.0, window * 1.1) - (time.monotonic() - began)))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        finished += b"opened" in output
        # Killed before it made the folder (a busy machine): nothing to look at, the next
        # start must still work.
        cut_short += directory.is_dir() and any(
            p.name.endswith(".creating") for p in directory.iterdir()
        )
        try:
            _next_start_works(directory)
        except Exception as exc:
            broken.append(f"kill {attempt}: {exc}")
    print(
        f"{KILLS} kills: {cut_short} while building, {finished} after the end, {len(broken)} broken"
    )
    assert not broken, f"{len(broken)} of {KILLS} folders do not start again: {broken[:3]}"
    # Many kills really landed while the schema was being made (its temporary file is left).
    assert cut_short >= KILLS // 4, (cut_short, finished)


@pytest.mark.skipif(resource is None, reason="needs POSIX file-size limits")
def test_a_full_disk_at_first_start_is_one_line_and_the_next_start_works(tmp_path):
    """The disk fills up at a different point of each first start (a limit on the size of any
    file the process writes): the command says so in one line, and once there is room again
    the folder starts as if nothing had happened."""
    assert resource is not None
    full_size = 0
    for limit in FILE_SIZE_LIMITS:
        directory = tmp_path / f"full-{limit}"

        def limited(limit: int = limit) -> None:
            assert resource is not None
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "facilitator_app",
                "--data-dir",
                str(directory),
                "workshops",
                "list",
            ],
            capture_output=True,
            text=True,
            env=ENV,
            preexec_fn=limited,
            timeout=60,
        )
        path = directory / "facilitator.sqlite3"
        if result.returncode == 0:  # the limit was above what a new database needs
            full_size = path.stat().st_size
            continue
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "could not be created" in result.stderr and "Traceback" not in result.stderr
        assert not path.exists()
        _next_start_works(directory)
    assert full_size == 0 or full_size > max(FILE_SIZE_LIMITS[:-1])


def _half_made_by_an_older_version(path: Path, *, stamped: bool = True) -> None:
    """What the old in-place creation left when killed after its first CREATE statements."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(path)
    if stamped:
        raw.execute(f"PRAGMA application_id={SQLITE_APPLICATION_ID}")
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    raw.execute("CREATE TABLE custom_tool (id INTEGER PRIMARY KEY, uid VARCHAR(36))")
    raw.commit()
    raw.close()


@pytest.mark.parametrize("stamped", [True, False])
def test_a_half_made_file_is_moved_aside_and_the_database_made_again(isolated_data_dir, stamped):
    path = database_path(isolated_data_dir)
    _half_made_by_an_older_version(path, stamped=stamped)
    database = open_database(Location.in_data_dir(isolated_data_dir))
    assert database.created and database.schema_revision() == schema_head()
    database.close()
    [kept] = isolated_data_dir.glob("facilitator.sqlite3.unfinished-*")
    tables = sqlite3.connect(kept).execute("SELECT name FROM sqlite_master").fetchall()
    assert ("custom_tool",) in tables  # moved, not deleted


def test_a_file_without_schema_version_that_holds_rows_is_refused_untouched(isolated_data_dir):
    path = database_path(isolated_data_dir)
    _half_made_by_an_older_version(path)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO custom_tool (uid) VALUES ('mine')")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase, match="no schema version"):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_database(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = database_path(isolated_data_dir)
    path.touch()
    database = open_database(Location.in_data_dir(isolated_data_dir))
    assert database.created and database.schema_revision() == schema_head()
    database.close()


def test_a_journal_left_without_its_database_is_kept_aside_not_applied(isolated_data_dir):
    first = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(first, "Ancien fichier")
    first.close()
    path = database_path(isolated_data_dir)
    wal = path.with_name(path.name + "-wal")
    old = sqlite3.connect(path)
    old.execute("PRAGMA wal_autocheckpoint=0")
    old.execute("UPDATE workshop SET title = 'dans le journal'")
    old.commit()
    orphan = wal.read_bytes()
    old.close()
    path.unlink()  # the user deleted the database but not its journal
    wal.write_bytes(orphan)
    database = open_database(Location.in_data_dir(isolated_data_dir))
    assert database.integrity() == "ok"
    assert workshops.list_workshops(database) == []
    database.close()
    [kept] = isolated_data_dir.glob("facilitator.sqlite3-wal.orphan-*")
    assert kept.read_bytes() == orphan


def test_the_new_file_has_the_permissions_sqlite_would_give_it(isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    database.close()
    umask = os.umask(0)
    os.umask(umask)
    mode = database_path(isolated_data_dir).stat().st_mode & 0o777
    assert mode == 0o666 & ~umask


def test_what_a_killed_first_start_left_is_removed_once_stale(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    stale = isolated_data_dir / ".facilitator.sqlite3.abcd1234.creating"
    fresh = isolated_data_dir / ".facilitator.sqlite3.efgh5678.creating"  # another start, now
    other = isolated_data_dir / ".notes.abcd1234.creating"
    for path in (stale, fresh, other):
        path.write_bytes(b"SQLite format 3\x00 half a schema")
    long_ago = time.time() - 120
    os.utime(stale, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    open_database(Location.in_data_dir(isolated_data_dir)).close()
    assert not stale.exists() and fresh.exists() and other.exists()


def test_two_first_starts_at_the_same_moment_share_one_database(tmp_path):
    """A script and the window started together on a new folder: both open the same, complete
    database; neither replaces the file the other is already using."""
    for attempt in range(5):
        directory = tmp_path / f"together-{attempt}"
        children = [_start_child(directory) for _ in range(2)]
        for child in children:
            _go(child)
        for child in children:
            output, errors = child.communicate(timeout=60)
            assert child.returncode == 0 and b"opened" in output, errors.decode()[-2000:]
        names = sorted(p.name for p in directory.iterdir())
        assert names == ["facilitator.sqlite3"], names
        _next_start_works(directory)
