"""Which half-day an agenda item or a clock time belongs to, and how many minutes of training a
participant really attended: what the attendance sheets and the certificates of completion
certify. Pure Python (minutes from the day's midnight, as in `facilitator_app.agenda`).

The rule is the capture's (one rule for the console's attendance panel, the sheets and the
certificates): the afternoon starts at 13h00. A time before 13h00 is the morning's, from 13h00
the afternoon's; an item belongs to the half-day it starts in (a lunch from 12h30 is the
morning's, and being a meal it is not counted).

Minutes attended count the working items (not breaks nor meals, as `agenda.NOT_WORKING` says)
of the half-days a participant is marked present for, cut to their arrival and departure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from facilitator_app.agenda import MINUTES_PER_DAY, NOT_WORKING

MORNING = "am"
AFTERNOON = "pm"
HALF_DAYS = (MORNING, AFTERNOON)
AFTERNOON_STARTS = 13 * 60


@dataclass(frozen=True, slots=True)
class Block:
    """One agenda item on the clock: minutes from the day's midnight, as run when recorded."""

    start: int
    end: int
    kind: str = "activity"
    title: str = ""

    @property
    def working(self) -> bool:
        return self.kind not in NOT_WORKING and self.end > self.start


def half_day_of_time(minute: int) -> str:
    """The half-day a clock time belongs to (an arrival or a departure at 14h10)."""
    return MORNING if minute % MINUTES_PER_DAY < AFTERNOON_STARTS else AFTERNOON


def half_day_of_block(block: Block) -> str:
    """The half-day an item belongs to: the one it starts in."""
    return half_day_of_time(block.start)


@dataclass(frozen=True, slots=True)
class HalfDaySpan:
    """What happens in one half-day: its items, from the first start to the last end."""

    half_day: str
    blocks: tuple[Block, ...]

    @property
    def _timed(self) -> tuple[Block, ...]:
        """The blocks that give the half-day its times: its working items (a lunch from
        12h30 does not stretch the morning), else whatever it holds."""
        return tuple(b for b in self.blocks if b.working) or self.blocks

    @property
    def start(self) -> int:
        return min(b.start for b in self._timed)

    @property
    def end(self) -> int:
        return max(b.end for b in self._timed)

    @property
    def working_minutes(self) -> int:
        return sum(b.end - b.start for b in self.blocks if b.working)


def split_day(blocks: Sequence[Block]) -> tuple[HalfDaySpan, ...]:
    """The half-days a day really has (a day that starts at 14h has no morning), in order."""
    parts: dict[str, list[Block]] = {MORNING: [], AFTERNOON: []}
    for block in blocks:
        parts[half_day_of_block(block)].append(block)
    return tuple(HalfDaySpan(h, tuple(parts[h])) for h in HALF_DAYS if parts[h])


@dataclass(frozen=True, slots=True)
class Presence:
    """What the attendance says of one participant for one half-day."""

    present: bool
    arrived_at: int | None = None
    left_at: int | None = None


def attended_minutes(span: HalfDaySpan, presence: Presence | None) -> int:
    """Minutes of the half-day's working items between the arrival and the departure."""
    if presence is None or not presence.present:
        return 0
    begin = presence.arrived_at if presence.arrived_at is not None else -(10**9)
    finish = presence.left_at if presence.left_at is not None else 10**9
    total = 0
    for block in span.blocks:
        if block.working:
            total += max(0, min(block.end, finish) - max(block.start, begin))
    return total


def total_attended(parts: Iterable[tuple[HalfDaySpan, Presence | None]]) -> int:
    """The whole attendance of one participant: every half-day of every day."""
    return sum(attended_minutes(span, presence) for span, presence in parts)


def planned_minutes(spans: Iterable[HalfDaySpan]) -> int:
    return sum(span.working_minutes for span in spans)
