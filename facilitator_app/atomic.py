"""Writing a file so that it is either the old one or the complete new one, never half of each:
write beside it, flush to disk, then rename over it. Used for every file the app writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yields a temporary path beside `target`; write the whole file there. When the block ends
    normally the file is synced and renamed over `target` (with the permissions a plainly
    created file would have); if it raises, the temporary file is removed and `target` is
    untouched. The folder must exist: a mistyped folder is the user's to fix, not ours to make."""
    target = Path(target)
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
        temporary.unlink(missing_ok=True)
        raise
