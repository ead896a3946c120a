"""The "what changed" notice: services publish one after each committed operation, and screens
refresh from it instead of polling. Pure Python; the UI bridges it to a Qt signal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """`area` names what changed ("workshops", "agenda", "participants", "outputs", "tools",
    "run"); `workshop_id` is set when the change belongs to one workshop."""

    area: str
    workshop_id: int | None = None
    ids: tuple[int, ...] = field(default=())


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
