"""Writing a file so that it is either the old one or the complete new one, never half of each:
write beside it, flush to disk, then rename over it. Used for every file the app writes.

Also the two other moves that must never lose a file: putting a file in place without
overwriting whatever is there, and removing the temporary files a killed process left behind
(only ours, only old ones)."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# A temporary file is "stale" once nobody could still be writing it: a write of ours takes
# seconds at most, so a minute-old one was left by a process that was killed.
STALE_SECONDS = 60
# What `atomic_path` creates: "." + the target's name + "." + mkstemp's 8 random characters.
PART_PATTERN = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def remove_stale(
    folder: Path, pattern: re.Pattern[str], older_than: float = STALE_SECONDS
) -> list[Path]:
    """Delete the files in `folder` whose whole name matches `pattern` and that were last
    written more than `older_than` seconds ago. Anything else, and any file another process
    removes first, is left alone; a folder that cannot be read is not an error."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no handle on a folder for this."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def place_without_overwrite(source: Path, target: Path) -> None:
    """Move `source` to `target`, refusing (FileExistsError) if `target` exists, even when
    another process creates it at the same moment: a hard link fails instead of replacing."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (FAT, some network shares). Windows' rename never overwrites;
        # elsewhere the check leaves a window of microseconds.
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yields a temporary path beside `target`; write the whole file there. When the block ends
    normally the file is synced and renamed over `target` (with the permissions a plainly
    created file would have); if it raises, the temporary file is removed and `target` is
    untouched. The folder must exist: a mistyped folder is the user's to fix, not ours to make.
    A temporary file a killed write left in the folder is removed once it is stale."""
    target = Path(target)
    remove_stale(target.parent, PART_PATTERN)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
