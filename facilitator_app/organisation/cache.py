"""The last copy of the organisation library this laptop saw, kept in the data folder so that
the library screen lists the shared methods offline (a room without a network) and searches
them at the speed of the built-in ones.

One JSON file per server (`cache/organisation-<digest>.json`), written whole (atomic rename)
when a refresh brought changes: the items as the server gave them and the newest change number
read (the next refresh asks only for what came after it). When the server was last reached
goes in a small file beside it (`.seen`), so a refresh with nothing new writes a few bytes.
A missing, unreadable or foreign file is an empty copy; failing to write one is logged, never
an error.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator_app.atomic import atomic_path
from facilitator_app.organisation.server import SharedItem

log = logging.getLogger(__name__)
FORMAT = 1


def cache_file(data_dir: Path, server_key: str) -> Path:
    digest = hashlib.sha256(server_key.encode("utf-8")).hexdigest()[:16]
    return data_dir / "cache" / f"organisation-{digest}.json"


@dataclass(frozen=True)
class Snapshot:
    """The library as last seen: items by uid (withdrawn ones left out)."""

    server: str
    seq: int = 0
    fetched_at: datetime | None = None
    items: Mapping[str, SharedItem] = field(default_factory=dict)

    def merged(self, changes: Iterable[SharedItem], seq: int, at: datetime | None) -> Snapshot:
        """This copy with `changes` (read from the server up to change `seq`) applied."""
        items = dict(self.items)
        for item in changes:
            if item.withdrawn:
                items.pop(item.uid, None)
            else:
                items[item.uid] = item
        return replace(self, seq=max(seq, self.seq), fetched_at=at or self.fetched_at, items=items)

    def with_item(self, item: SharedItem) -> Snapshot:
        """After this laptop's own save: the item is known, but the changes other laptops
        made before it still have to be read, so `seq` moves only if nothing was skipped."""
        seq = item.seq if item.seq == self.seq + 1 else self.seq
        return self.merged([item], seq, None)


def _seen_file(path: Path) -> Path:
    return path.with_suffix(".seen")


def seen(path: Path) -> datetime | None:
    """When the server was last reached (the copy in hand is that recent)."""
    try:
        return datetime.fromisoformat(_seen_file(path).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def save_seen(path: Path, snapshot: Snapshot) -> None:
    if snapshot.fetched_at is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(_seen_file(path)) as temporary:
            temporary.write_text(snapshot.fetched_at.isoformat(), encoding="utf-8")
    except OSError as exc:
        log.warning("organisation library cache not written (%s): %s", path, exc)


def load(path: Path, server_key: str) -> Snapshot:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or raw.get("server") != server_key:
            return Snapshot(server_key)
        items = (SharedItem.from_json(entry) for entry in raw["items"])
        fetched = raw.get("fetched_at")
        written = datetime.fromisoformat(fetched) if fetched else None
        reached = seen(path)
        return Snapshot(
            server_key,
            int(raw["seq"]),
            max(t for t in (written, reached) if t is not None) if written or reached else None,
            {item.uid: item for item in items},
        )
    except FileNotFoundError:
        return Snapshot(server_key)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("organisation library cache %s unreadable (%s): starting empty", path, exc)
        return Snapshot(server_key)


def save(path: Path, snapshot: Snapshot) -> None:
    content: dict[str, Any] = {
        "format": FORMAT,
        "server": snapshot.server,
        "seq": snapshot.seq,
        "fetched_at": snapshot.fetched_at.isoformat() if snapshot.fetched_at else None,
        "items": [item.as_json() for item in snapshot.items.values()],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as temporary:
            temporary.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    except (OSError, TypeError, ValueError) as exc:
        log.warning("organisation library cache not written (%s): %s", path, exc)
