"""A workshop of methods that capture, run in the console, for the capture panels."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import Qt

from facilitator_app.services import agenda, participants, workshops

METHODS = (
    "speed-boat",
    "dot-voting",
    "coloured-cards",
    "participatory-conference",
    "consent-decision",
    "election-without-candidates",
    "codev",
    "weather-check-in",
    "desert-island",
    "collaborative-portrait",
    "fist-of-five",
    "25-10-crowd-sourcing",
)
PEOPLE = ("Anne", "Bruno", "Chloe", "Driss")


@pytest.fixture(autouse=True)
def quiet_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """No audio stack, and "for real" without asking (the day has no date)."""
    from facilitator_app.ui.live import rehearsal, sound

    monkeypatch.setattr(sound, "load_effects", lambda files, parent: {})
    monkeypatch.setattr(rehearsal, "ask_run_mode", lambda *a, **k: rehearsal.RunMode.REAL)


@pytest.fixture
def room(db) -> dict[str, int]:
    workshop = workshops.create_workshop(db, "Forum")
    days = agenda.workshop_agenda(db, workshop).days
    day = days[0].id if days else agenda.add_day(db, workshop, start_time=time(9, 0))
    ids = {"workshop": workshop, "day": day}
    for name in PEOPLE:
        ids[name] = participants.add_participant(db, workshop, name)
    for method in METHODS:
        ids[method] = agenda.add_tool_item(db, day, method)
    return ids


@pytest.fixture
def console(qtbot, ctx, room) -> Iterator[object]:
    from facilitator_app.ui.live import open_console

    window = open_console(ctx, room["workshop"], None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def go_to(console, item_id: int, kind: str, stage: str | None = None):
    """Start the item and move to its first step that captures `kind` (at `stage`); returns
    the panel that came to the front."""
    console._start_item(item_id)
    engine = console.run.engine
    for _ in range(len(engine.steps)):
        step = console.controller.snapshot.step
        capture = step.capture
        phase = console.run.current_item.phases[step.phase_index].get("capture") or {}
        if capture == kind and (stage is None or phase.get("stage") == stage):
            break
        console.controller.command("next")
    else:
        raise AssertionError(f"no step captures {kind} {stage or ''}")
    panel = console.capture.current
    assert panel is not None
    return panel


def type_in(qtbot, widget, text: str, enter: bool = True) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def press(qtbot, console, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is: F6 first puts it in the capture tab."""
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    current = console.capture.current
    if focused is None or current is None or not current.isAncestorOf(focused):
        qtbot.keyClick(console, Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
    qtbot.keyClick(focused or console, key, modifier)
