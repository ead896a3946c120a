"""The "what changed" notice: every committed operation announces what it touched, and screens
refresh from it instead of polling the data.

Pure Python and thread-safe: a server thread, a background job and the UI may all write at the
same moment. `ChangeBus` hands each notice to its listeners on the writer's thread; the UI's
bridge puts them into a `ChangeQueue`, which merges a burst (300 cards arriving in a second)
into one notice per area and workshop before the screens repaint.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# Areas: what a screen refreshes. "outputs" and "attendance" arrive with the capture screens.
AREAS = (
    "workshops",
    "agenda",
    "participants",
    "groups",
    "outputs",
    "attendance",
    "tools",
    "run",
    "evaluation",
)


@dataclass(frozen=True)
class Change:
    """`area` names what changed; `workshop_id` is set when the change belongs to one workshop;
    `ids` are the rows concerned when the writer knows them (a screen may refresh only those).
    `external` marks a notice that came from another process through the change log."""

    area: str
    workshop_id: int | None = None
    ids: tuple[int, ...] = field(default=())
    external: bool = False


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)


def merge(changes: Iterable[Change]) -> list[Change]:
    """One notice per (area, workshop), in the order each first appeared, with the ids of all
    (no id at all when any of them had none: the whole area is to be refreshed)."""
    merged: dict[tuple[str, int | None], tuple[list[int] | None, bool]] = {}
    for change in changes:
        key = (change.area, change.workshop_id)
        ids, external = merged.get(key, ([], True))
        if ids is not None and change.ids:
            seen = set(ids)
            ids = ids + [i for i in change.ids if i not in seen]
        elif not change.ids:
            ids = None
        merged[key] = (ids, external and change.external)
    return [
        Change(area, workshop_id, tuple(ids or ()), external)
        for (area, workshop_id), (ids, external) in merged.items()
    ]


class ChangeQueue:
    """Notices from any thread, collected until the UI's thread drains them, merged."""

    def __init__(self) -> None:
        self._pending: list[Change] = []
        self._lock = threading.Lock()

    def put(self, change: Change) -> bool:
        """Add a notice; True when the queue was empty (the caller schedules one drain)."""
        with self._lock:
            was_empty = not self._pending
            self._pending.append(change)
            return was_empty

    def drain(self) -> list[Change]:
        with self._lock:
            pending, self._pending = self._pending, []
        return merge(pending)

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)
