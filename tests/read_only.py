"""Running a command on a read-only data folder, as a user meets it (a locked USB stick, a
folder without write permission). An ordinary user gets a folder without write permission;
root ignores permissions, so root gets a read-only bind mount in a private mount namespace."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


def _root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def _without_write_permission(target: Path) -> Iterator[None]:
    inside = list(target.rglob("*")) if target.is_dir() else []
    modes = {path: path.stat().st_mode for path in [target, *inside]}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def _mount_wrapper(folder: Path) -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("running as root without unshare: cannot make a read-only folder")
    probe = subprocess.run(
        [unshare, "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0"', str(folder)],
        capture_output=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"running as root and cannot mount read-only: {probe.stderr!r}")
    return [unshare, "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"', str(folder)]


def run_read_only(folder: Path, argv: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess:
    """Run `argv` while `folder` (a folder or a file, which must exist) cannot be written."""
    if os.name != "posix":
        pytest.skip("read-only folders are simulated on POSIX systems")
    if _root():
        return subprocess.run([*_mount_wrapper(folder), *argv], **kwargs)
    with _without_write_permission(folder):
        return subprocess.run(list(argv), **kwargs)
