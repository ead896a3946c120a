"""A cache of the parsed data files, so that opening the library stays cheap as it grows.

Reading TOML costs about half a millisecond per file; the cache keeps the parsed tables as JSON
(read ten times faster) next to the user's data, keyed by the files' names, sizes and
modification times. Only parsing is cached: every load still validates every tool. A missing,
stale or unreadable cache is simply rebuilt; failing to write it is not an error.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator_app import __version__
from facilitator_app.atomic import atomic_path

log = logging.getLogger(__name__)
CACHE_NAME = "tools-cache.json"


def fingerprint(paths: list[Path]) -> list[Any]:
    rows: list[Any] = [__version__]
    for path in paths:
        stat = path.stat()
        rows.append([path.name, stat.st_size, stat.st_mtime_ns])
    return rows


def read_tables(
    paths: list[Path], cache_file: Path | None, parse: Callable[[Path], dict[str, Any]]
) -> list[dict[str, Any]]:
    """The parsed table of each path, from the cache when it matches the files."""
    key = fingerprint(paths)
    if cache_file is not None:
        try:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
            if cached.get("fingerprint") == key:
                return list(cached["tables"])
        except (OSError, ValueError, KeyError, AttributeError):
            pass
    tables = [parse(path) for path in paths]
    if cache_file is not None:
        _write(cache_file, {"fingerprint": key, "tables": tables})
    return tables


def parse_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _write(cache_file: Path, content: dict[str, Any]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(cache_file) as temporary:
            temporary.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    except (OSError, TypeError, ValueError) as exc:
        # A read-only folder, or a TOML value JSON cannot hold: the next load parses again.
        log.info("tools cache not written: %s", exc)
