"""Between the live run and the screens: it hands the facilitator's commands to the live run
(whose state holds the timer and what the room sees: black screen, hidden digits, break screen,
tour de table), plays the chimes that are due, builds the `DisplayState` and arms ONE
single-shot timer for the next visible change. It never counts ticks: every refresh reads the
engine, whose time comes from the monotonic clock.
"""

from __future__ import annotations

import math
import time as _time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator_app.models import utcnow
from facilitator_app.services.live import LiveRun
from facilitator_app.services.live.room import TOUR_COMMANDS
from facilitator_app.timefmt import format_clock
from facilitator_app.timing.chimes import Chime, ChimeSchedule
from facilitator_app.timing.display import Warnings, level
from facilitator_app.timing.engine import TimerEngine, TimerSnapshot, seconds_to_next_boundary
from facilitator_app.timing.tour import turn_of
from facilitator_app.ui.live.display import DisplayState, GroupCard, Level, Scene, TourTurn
from facilitator_app.ui.live.labels import (
    back_at_label,
    break_title,
    done_title,
    ended_label,
    next_label,
    paused_label,
    step_label,
)

BREAK_KINDS = ("break", "meal")
TOUR_WARNINGS = Warnings("percent", 20, 5)


def settings_warnings(settings) -> Warnings:
    """The application's choice of warnings (a workshop may have its own)."""
    return Warnings.from_settings(settings)


class RoomController(QObject):
    refreshed = Signal(object)  # DisplayState, after every refresh

    def __init__(
        self,
        run: LiveRun,
        settings,
        language: str,
        play: Callable[[Chime], None],
        *,
        clock: Callable[[], float] = _time.monotonic,
        wall: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.settings = settings
        self.language = language
        self.play = play
        self.clock = clock
        self.wall = wall
        self.chimes = ChimeSchedule(settings.get("chime_before_end_seconds"))
        self.tour_chimes = ChimeSchedule(0)
        self.state = DisplayState()
        self.facilitator_state = DisplayState()
        self.warnings = settings_warnings(settings)
        # The groups or tables on the projector (G), over whatever else shows.
        self.groups: tuple[str, tuple[GroupCard, ...]] | None = None
        self.snapshot: TimerSnapshot | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)

    # -- what the room sees lives in the run (saved with it) -----------------------------------
    @property
    def black(self) -> bool:
        return self.run.room.black

    @property
    def hide_digits(self) -> bool:
        return self.run.room.hide_digits

    @property
    def tour(self) -> TimerEngine | None:
        return self.run.room.tour.engine if self.run.room.tour is not None else None

    @property
    def tour_names(self) -> tuple[str, ...]:
        return self.run.room.tour.names if self.run.room.tour is not None else ()

    # -- commands ----------------------------------------------------------------------------
    def command(self, name: str) -> None:
        if self.run.room.tour is not None and name in TOUR_COMMANDS:
            self.run.tour_command(name)
        else:
            operation = {
                "toggle": self.run.toggle,
                "next": self.run.next_step,
                "previous": self.run.previous_step,
                "add_minute": lambda: self.run.add_seconds(60),
                "remove_minute": lambda: self.run.add_seconds(-60),
                "restart_step": self.run.restart_step,
                "undo_move": self.run.undo_move,
            }.get(name)
            if operation is not None:
                operation()
        self.refresh()

    def set_black(self, on: bool) -> None:
        self.run.set_black(on)
        self.refresh()

    def set_hide_digits(self, on: bool) -> None:
        self.run.set_hide_digits(on)
        self.refresh()

    def show_break(self, minutes: int | None) -> None:
        """The break screen, counting `minutes` from now (the activity pauses behind it); None
        takes it down. A break item of the agenda shows its own break screen."""
        self.run.show_break(minutes)
        self.refresh()

    def start_tour(self, names: Sequence[str], seconds_each: int) -> None:
        if self.run.start_tour(tuple(names), seconds_each):
            self.tour_chimes = ChimeSchedule(0)
        self.refresh()

    def stop_tour(self) -> None:
        self.run.stop_tour()
        self.refresh()

    def show_groups(self, title: str, cards: Sequence[GroupCard] | None) -> None:
        """The groups on the projector; None takes them down."""
        self.groups = None if cards is None else (title, tuple(cards))
        self.refresh()

    def clock_text(self) -> str:
        """The time of day, as the room reads it."""
        return format_clock(self.wall().astimezone(self.run.tz).time(), self.language)

    # -- refreshing --------------------------------------------------------------------------
    def current_is_break(self) -> bool:
        item = self.run.current_item
        return item is not None and item.kind in BREAK_KINDS

    def refresh(self) -> None:
        snapshot = self.run.snapshot()
        self.chimes.soft_lead_seconds = self.settings.get("chime_before_end_seconds")
        if snapshot is not None:
            for chime in self.chimes.observe(snapshot):
                self.play(chime)
        tour_snapshot = self.tour.snapshot() if self.tour is not None else None
        if tour_snapshot is not None:
            for chime in self.tour_chimes.observe(tour_snapshot):
                self.play(chime)
        self.snapshot = snapshot
        # The facilitator always sees the time; the room may see a black screen or a disc.
        room = self.build_state(snapshot, tour_snapshot)
        clock = self.clock_text() if self.settings.get("projector_clock") else ""
        room = replace(room, clock=clock)
        self.facilitator_state = replace(
            room,
            paused_label=paused_label() if room.paused else "",
        )
        self.state = replace(
            room,
            hide_digits=self.hide_digits,
            scene=Scene.BLACK if self.black else room.scene,
        )
        self.refreshed.emit(self.state)
        self._arm(snapshot, tour_snapshot)

    def _arm(self, snapshot: TimerSnapshot | None, tour: TimerSnapshot | None) -> None:
        delays: list[float] = []
        for snap, chimes in ((snapshot, self.chimes), (tour, self.tour_chimes)):
            if snap is None:
                continue
            if snap.seconds_to_next_display_change is not None:
                delays.append(snap.seconds_to_next_display_change)
            elif snap.running:  # an engine without the field: compute it from remaining
                delays.append(seconds_to_next_boundary(snap.remaining))
            due = chimes.seconds_to_next_chime(snap)
            if due is not None:
                delays.append(due)
        left = self.run.break_remaining()
        if left is not None:
            delays.append(seconds_to_next_boundary(left))
        if self.settings.get("projector_clock"):  # the clock turns with the minute
            now = self.wall()
            delays.append(60 - now.second - now.microsecond / 1e6 + 0.001)
        if not delays:
            self.timer.stop()
            return
        # Rounded up so the timer fires just after the boundary, never just before it.
        self.timer.start(max(1, math.ceil(min(delays) * 1000)))

    def build_state(
        self, snapshot: TimerSnapshot | None, tour: TimerSnapshot | None = None
    ) -> DisplayState:
        theme = self.settings.get("projector_theme")
        common = {"theme": theme, "flash": self.settings.get("flash_overtime")}
        item = self.run.current_item
        if self.groups is not None:
            title, cards = self.groups
            return DisplayState(scene=Scene.GROUPS, groups_title=title, groups=cards, **common)
        if tour is not None:
            index = min(tour.step_index, len(self.tour_names) - 1)
            turn = turn_of(tour, self.tour_names)
            return DisplayState(
                scene=Scene.TOUR,
                running=tour.running,
                paused=_paused(tour, self.tour),
                phase_name=item.title if item else "",
                tour=TourTurn(
                    speaker=turn.current or self.tour_names[index],
                    position=index + 1,
                    count=len(self.tour_names),
                    next_speaker=turn.next or "",
                    remaining=tour.remaining,
                    total=tour.planned_seconds,
                    level=Level(level(tour, TOUR_WARNINGS)),
                ),
                **common,
            )
        screen = self.run.room.break_screen
        back = self.run.break_back_at()
        if screen is not None and back is not None:
            return DisplayState(
                scene=Scene.BREAK,
                remaining=self.run.break_remaining() or 0.0,
                total=screen.minutes * 60.0,
                running=True,
                break_title=break_title(),
                break_back_at=back_at_label(format_clock(back, self.language)),
                **common,
            )
        if snapshot is None:
            return DisplayState(**common)
        if snapshot.finished:
            return DisplayState(
                scene=Scene.DONE,
                done_title=done_title(),
                phase_name=item.title if item else "",
                next_label=next_label(self.run, snapshot, self.language, after_item=True),
                **common,
            )
        shown_level = Level(level(snapshot, self.warnings))
        name, instruction = snapshot.step.text(self.language)
        following = next_label(self.run, snapshot, self.language)
        if snapshot.remaining <= 0:  # time is up: say so, and what comes next
            following = ended_label(following)
        if self.current_is_break():
            end_of_break = self.run.break_end()
            back_text = (
                back_at_label(format_clock(end_of_break, self.language)) if end_of_break else ""
            )
            return DisplayState(
                scene=Scene.BREAK,
                level=shown_level,
                remaining=snapshot.remaining,
                total=snapshot.planned_seconds,
                running=snapshot.running,
                paused=_paused(snapshot, self.run.engine),
                break_title=item.title if item and item.title else break_title(),
                break_back_at=following if snapshot.remaining <= 0 else back_text,
                **common,
            )
        return DisplayState(
            scene=Scene.TIMER,
            level=shown_level,
            remaining=snapshot.remaining,
            total=snapshot.planned_seconds,
            running=snapshot.running,
            paused=_paused(snapshot, self.run.engine),
            phase_name=name,
            instruction=instruction,
            question=snapshot.step.question or (item.question if item else ""),
            step_label=step_label(snapshot, item.title if item else ""),
            next_label=following,
            **common,
        )


def _paused(snapshot: TimerSnapshot, engine: TimerEngine | None) -> bool:
    """Stopped after the item had started (not ready-to-start, not over)."""
    began = snapshot.started or (engine is not None and engine.item_started_at is not None)
    return began and not snapshot.running and not snapshot.finished
