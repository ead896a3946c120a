"""Which half-day an agenda item or a clock time belongs to, and how many minutes of training a
participant really attended: what the attendance sheets and the certificates of completion
certify. Pure Python (minutes from the day's midnight, as in `facilitator_app.agenda`).

The rule: lunch splits the day. A meal that starts between 11h and 15h is the lunch; without one
the day splits at 13h. An item that starts before the lunch is the morning's, one that starts
after it the afternoon's; the lunch itself is neither. A time before the lunch is the
morning's, after it the afternoon's; during the lunch a departure closes the morning and an
arrival opens the afternoon.

Minutes attended count the working items (not breaks nor meals, as `agenda.NOT_WORKING` says)
of the half-days a participant is marked present for, cut to their arrival and departure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from facilitator_app.agenda import NOT_WORKING

MORNING = "am"
AFTERNOON = "pm"
HALF_DAYS = (MORNING, AFTERNOON)
LUNCH_EARLIEST = 11 * 60
LUNCH_LATEST = 15 * 60
SPLIT_WITHOUT_LUNCH = 13 * 60


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


@dataclass(frozen=True, slots=True)
class Lunch:
    start: int
    end: int


def lunch_of(blocks: Sequence[Block]) -> Lunch:
    """The day's lunch: its first meal starting between 11h and 15h, else a zero-length split
    at 13h."""
    for block in blocks:
        if block.kind == "meal" and LUNCH_EARLIEST <= block.start % 1440 <= LUNCH_LATEST:
            return Lunch(block.start, max(block.start, block.end))
    return Lunch(SPLIT_WITHOUT_LUNCH, SPLIT_WITHOUT_LUNCH)


def half_day_of_block(block: Block, lunch: Lunch) -> str | None:
    """The half-day an item belongs to; None for the lunch itself."""
    if block.kind == "meal" and block.start == lunch.start and lunch.end > lunch.start:
        return None
    return MORNING if block.start < lunch.start else AFTERNOON


def half_day_of_time(minute: int, lunch: Lunch, *, arriving: bool = False) -> str:
    """The half-day a clock time belongs to (an arrival or a departure at 14h10)."""
    if minute < lunch.start:
        return MORNING
    if minute >= lunch.end:
        return AFTERNOON
    return AFTERNOON if arriving else MORNING


@dataclass(frozen=True, slots=True)
class HalfDaySpan:
    """What happens in one half-day: its items, from the first start to the last end."""

    half_day: str
    blocks: tuple[Block, ...]

    @property
    def start(self) -> int:
        return min(b.start for b in self.blocks)

    @property
    def end(self) -> int:
        return max(b.end for b in self.blocks)

    @property
    def working_minutes(self) -> int:
        return sum(b.end - b.start for b in self.blocks if b.working)


def split_day(blocks: Sequence[Block]) -> tuple[HalfDaySpan, ...]:
    """The half-days a day really has (a day that starts at 14h has no morning), in order."""
    lunch = lunch_of(blocks)
    parts: dict[str, list[Block]] = {MORNING: [], AFTERNOON: []}
    for block in blocks:
        half = half_day_of_block(block, lunch)
        if half is not None:
            parts[half].append(block)
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
