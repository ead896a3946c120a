"""Files the app writes are either the old one or the complete new one."""

from __future__ import annotations

import os
import stat

import pytest

from facilitator_app.atomic import atomic_path


def test_the_new_content_replaces_the_old_with_ordinary_permissions(tmp_path):
    target = tmp_path / "atelier.facilitator"
    target.write_text("old")
    with atomic_path(target) as temporary:
        temporary.write_text("new")
        assert target.read_text() == "old"  # nothing visible until the block ends
    assert target.read_text() == "new"
    current = os.umask(0)
    os.umask(current)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.facilitator"]


def test_a_failure_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "fiche.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["fiche.pdf"]


def test_a_missing_folder_is_an_error_not_created(tmp_path):
    with pytest.raises(FileNotFoundError), atomic_path(tmp_path / "nope" / "x.pdf"):
        pass
    assert not (tmp_path / "nope").exists()


KILLED_WRITER = """
import sys, time
from pathlib import Path
from facilitator_app.atomic import atomic_path
with atomic_path(Path(sys.argv[1])) as temporary:
    temporary.write_bytes(b"half an export")
    print("writing", flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(os, "kill") or os.name != "posix", reason="needs SIGKILL")
def test_what_a_killed_export_left_is_removed_by_the_next_write_once_stale(tmp_path):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(tmp_path / "atelier.facilitator")],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == b"writing"
    child.send_signal(signal.SIGKILL)
    child.communicate()
    [left] = tmp_path.glob(".atelier.facilitator.*.part")
    # Not ours, or not stale: never touched.
    others = [".notes.part", ".x.ABCDEFGH.part", "rapport.part", ".y.abcd1234.part.bak"]
    for name in others:
        (tmp_path / name).write_text("someone else's")
    running = tmp_path / ".fiche.pdf.abcd1234.part"
    running.write_text("being written right now")
    a_minute_ago = time.time() - 61
    for path in [left, *(tmp_path / n for n in others)]:
        os.utime(path, (a_minute_ago, a_minute_ago))

    with atomic_path(tmp_path / "autre.pdf") as temporary:
        temporary.write_text("new")
    assert not left.exists()
    assert running.exists() and all((tmp_path / n).exists() for n in others)
