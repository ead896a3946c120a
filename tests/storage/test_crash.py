"""Killing the app mid-write loses nothing it confirmed: a child records cards in a loop and is
killed with SIGKILL at random moments, 50 times; after each kill the file is whole and every card
the child reported as committed is there."""

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

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 50


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_fast_writes_loses_no_confirmed_card(tmp_path):
    rng = random.Random(20261124)
    directory = tmp_path / "crash"
    confirmed: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for attempt in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(directory)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == b"ready", child.stderr.read().decode() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        output, _errors = child.communicate()
        lines = output.split(b"\n")
        # The last piece may be a number cut in the middle of printing: not confirmed.
        complete = lines[:-1] if not output.endswith(b"\n") else lines
        confirmed.update(int(line) for line in complete if line.strip())

        connection = sqlite3.connect(directory / "facilitator.sqlite3")
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in connection.execute("SELECT id FROM card")}
        finally:
            connection.close()
        missing = confirmed - stored
        assert not missing, f"kill {attempt}: confirmed cards lost: {sorted(missing)[:10]}"
    assert len(confirmed) > KILLS  # the children really wrote between the kills
