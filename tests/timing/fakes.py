"""A fake monotonic clock and a fake wall clock that the tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

START = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeWall:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Room:
    """Both clocks together: time passing moves both; a system clock change moves only the
    wall; a reboot resets the monotonic clock."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.wall = FakeWall()

    def pass_time(self, seconds: float) -> None:
        self.clock.now += seconds
        self.wall.now += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        self.wall.now += timedelta(seconds=seconds)

    def reboot(self, seconds_away: float) -> None:
        self.clock.now = 5.0
        self.wall.now += timedelta(seconds=seconds_away)
