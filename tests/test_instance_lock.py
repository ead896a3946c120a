"""One window per data folder: the lock file, stale locks, and the request to come to the
front, without Qt and without any socket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator_app.instance_lock import (
    RAISE_NAME,
    InstanceLock,
    ask_to_raise,
    holder_pid,
    is_held,
    take_raise_request,
)

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import sys, time
from pathlib import Path
from facilitator_app.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]))
print("held" if lock is not None else "busy", flush=True)
time.sleep(60)
"""


def test_a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released(tmp_path):
    first = InstanceLock.acquire(tmp_path)
    assert first is not None and first.held
    assert InstanceLock.acquire(tmp_path) is None
    assert is_held(tmp_path) and holder_pid(tmp_path) == os.getpid()
    first.release()
    assert not is_held(tmp_path)
    again = InstanceLock.acquire(tmp_path)
    assert again is not None
    again.release()


def test_other_folders_are_not_concerned(tmp_path):
    first = InstanceLock.acquire(tmp_path / "a")
    second = InstanceLock.acquire(tmp_path / "b")
    assert first is not None and second is not None
    first.release()
    second.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_crashed_window_never_blocks_the_next_start(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == b"held"
    assert InstanceLock.acquire(tmp_path) is None
    assert holder_pid(tmp_path) == child.pid
    child.send_signal(signal.SIGKILL)
    child.communicate()
    lock = InstanceLock.acquire(tmp_path)  # the lock file is still there, its pid is dead
    assert lock is not None
    assert holder_pid(tmp_path) == os.getpid()
    lock.release()


def test_a_request_to_come_to_the_front_is_taken_once(tmp_path):
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None

    def first_window() -> None:
        while not take_raise_request(tmp_path):
            time.sleep(0.01)

    watcher = threading.Thread(target=first_window)
    watcher.start()
    assert ask_to_raise(tmp_path, timeout=10)
    watcher.join()
    assert not take_raise_request(tmp_path)
    lock.release()


def test_a_request_nobody_takes_is_withdrawn(tmp_path):
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None
    assert not ask_to_raise(tmp_path, timeout=0.2)
    assert not (tmp_path / RAISE_NAME).exists()
    lock.release()


def test_a_folder_that_cannot_hold_a_lock_file_does_not_stop_the_window(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    lock = InstanceLock.acquire(blocked)
    assert lock is not None and not lock.held
    lock.release()
