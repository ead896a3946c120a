"""Keyboard and clicker keys drive the run, from the console and from the projector window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app.ui.live.display import Scene


def press(qtbot, window, key, text: str = "") -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, key)


def engine(console):
    return console.run.engine


def test_space_starts_and_pauses(qtbot, console):
    assert not engine(console).running
    press(qtbot, console, Qt.Key.Key_Space)
    assert engine(console).running
    assert console.controller.timer.isActive()  # one single-shot timer armed
    press(qtbot, console, Qt.Key.Key_Space)
    assert not engine(console).running
    assert not console.controller.timer.isActive()  # paused: nothing to repaint


def test_clicker_page_keys_move_between_steps(qtbot, console):
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert engine(console).index == 1
    assert console.controller.state.phase_name == "Pairs"
    press(qtbot, console, Qt.Key.Key_Right)
    assert engine(console).index == 2
    press(qtbot, console, Qt.Key.Key_PageUp)
    press(qtbot, console, Qt.Key.Key_Left)
    assert engine(console).index == 0


def test_plus_and_minus_change_the_step_by_a_minute(qtbot, console):
    planned = engine(console).planned_seconds()
    press(qtbot, console, Qt.Key.Key_Plus)
    assert engine(console).planned_seconds() == planned + 60
    assert console.controller.state.digits == "02:00"
    press(qtbot, console, Qt.Key.Key_Minus)
    press(qtbot, console, Qt.Key.Key_Minus)
    assert engine(console).planned_seconds() == 0


def test_b_blacks_out_the_projector_and_back(qtbot, console):
    press(qtbot, console, Qt.Key.Key_B)
    assert console.projector.state.scene is Scene.BLACK
    press(qtbot, console, Qt.Key.Key_Period)
    assert console.projector.state.scene is Scene.TIMER


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_B, Qt.Key.Key_Plus]
)
def test_keys_work_when_the_projector_has_the_focus(qtbot, console, key):
    projector = console.projector
    projector.show()
    qtbot.waitExposed(projector)
    before = (
        engine(console).running,
        engine(console).index,
        console.controller.black,
        engine(console).planned_seconds(),
    )
    press(qtbot, projector, key)
    after = (
        engine(console).running,
        engine(console).index,
        console.controller.black,
        engine(console).planned_seconds(),
    )
    assert after != before


def test_f_goes_full_screen_and_escape_leaves(qtbot, console):
    press(qtbot, console, Qt.Key.Key_F)
    qtbot.waitUntil(console.projector.isFullScreen)
    press(qtbot, console.projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not console.projector.isFullScreen())
    press(qtbot, console, Qt.Key.Key_F5)
    qtbot.waitUntil(console.projector.isFullScreen)


def test_hide_digits_and_tour_de_table(qtbot, console, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    console.commands["hide_digits"].trigger()
    assert console.projector.state.hide_digits
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (45, True))
    console.commands["tour"].trigger()
    state = console.projector.state
    assert state.scene is Scene.TOUR
    assert (state.tour.speaker, state.tour.next_speaker, state.tour.count) == (
        "Anne",
        "Bruno",
        3,
    )
    press(qtbot, console, Qt.Key.Key_PageDown)  # next speaker, not next step
    assert console.projector.state.tour.speaker == "Bruno"
    assert engine(console).index == 0
    console.grab().save("/tmp/shots/console-tour.png")
    console.commands["tour"].trigger()
    assert console.projector.state.scene is Scene.TIMER


def test_break_screen_says_when_to_come_back(qtbot, console, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (15, True))
    console.commands["break_screen"].trigger()
    state = console.projector.state
    assert state.scene is Scene.BREAK
    assert state.break_back_at.startswith("back at ")
    assert state.digits in ("15:00", "14:59")
    console.commands["break_screen"].trigger()
    assert console.projector.state.scene is Scene.TIMER


def test_a_break_item_shows_the_break_screen_by_itself(qtbot, console):
    console.run.start_item(console.run.items[1].id)  # "Coffee", a break
    console.controller.refresh()
    state = console.projector.state
    assert state.scene is Scene.BREAK
    assert state.break_title == "Coffee"
    assert state.break_back_at.startswith("back at ")


def test_run_the_workshop_from_the_main_window_opens_the_console(qtbot, main_window, workshop):
    from facilitator_app.ui.live.console import ConsoleWindow

    main_window.workshop_list.select(workshop["workshop"])
    main_window.actions_by_id["run_workshop"].trigger()
    assert isinstance(main_window.console, ConsoleWindow)
    assert main_window.console.projector.isVisible()
    main_window.console.close()


def test_theme_and_mute_are_settings(qtbot, console, ctx):
    console.light_theme.trigger()
    assert ctx.settings.get("projector_theme") == "light"
    assert console.projector.state.theme == "light"
    console.mute.trigger()
    assert ctx.settings.get("sound_muted")


def test_the_console_keeps_the_digits_when_the_room_does_not(qtbot, console):
    console.commands["hide_digits"].trigger()
    console.commands["black_screen"].trigger()
    assert console.projector.state.scene is Scene.BLACK
    assert console.preview.state.scene is Scene.TIMER
    assert not console.preview.state.hide_digits
    assert "black screen" in console.room_sees.text()
