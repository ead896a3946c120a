"""One window per data folder, without any network socket: a lock file in the data folder, held
with the operating system's file lock for as long as the window runs (the system lets go of it
when the process ends, so a crash never blocks the next start), with the holder's process id
written in it; and a request file that a second start writes and the first takes, to bring its
window to the front. The command line is never blocked: scripts drive the app beside the window.
No Qt here: ui/single_instance.py watches the request file."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import IO

LOCK_NAME = "instance.lock"
RAISE_NAME = "instance.raise"
# How long a second start waits for the first to take its request before deciding it cannot.
ANSWER_SECONDS = 4.0
# Windows locks bytes, and a locked byte cannot be read: the lock sits far past the pid.
_LOCKED_OFFSET = 1024


def _lock(handle: IO[str]) -> bool:
    """Take the lock without waiting; False if another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCKED_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # no locks on this file system (some network shares): do not block
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCKED_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    """Held by the window of one data folder for as long as it runs."""

    def __init__(self, directory: Path, handle: IO[str] | None) -> None:
        self.directory = directory
        self._handle = handle

    @classmethod
    def acquire(cls, directory: Path) -> InstanceLock | None:
        """The lock, or None when another live process holds it. A folder where no lock file
        can be written (read-only media) gives a lock that holds nothing: the database then
        explains what is wrong with the folder."""
        try:
            directory.mkdir(parents=True, exist_ok=True)
            handle = open(directory / LOCK_NAME, "a+", encoding="ascii")  # noqa: SIM115
        except OSError:
            return cls(directory, None)
        if not _lock(handle):
            handle.close()
            return None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError:
            pass  # the pid is only there to be shown
        # A request left by a start that gave up is not for this window.
        with contextlib.suppress(OSError):
            (directory / RAISE_NAME).unlink(missing_ok=True)
        return cls(directory, handle)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None


def is_held(directory: Path) -> bool:
    """True while a window runs on this data folder (checked by taking the lock an instant)."""
    lock = InstanceLock.acquire(directory)
    if lock is None:
        return True
    lock.release()
    return False


def holder_pid(directory: Path) -> int | None:
    """The process id the holder wrote in the lock file (to be shown), if it is readable."""
    try:
        return int((directory / LOCK_NAME).read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None


def ask_to_raise(directory: Path, timeout: float = ANSWER_SECONDS) -> bool:
    """Ask the window holding the lock to come to the front; True once it has taken the
    request. A request nobody took is removed, so it cannot surprise a later window."""
    request = directory / RAISE_NAME
    try:
        request.write_text(f"{os.getpid()}\n", encoding="ascii")
    except OSError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    with contextlib.suppress(OSError):
        request.unlink()
    return False


def take_raise_request(directory: Path) -> bool:
    """True (once) when a second start asked this window to come to the front."""
    try:
        (directory / RAISE_NAME).unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True
