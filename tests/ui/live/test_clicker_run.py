"""The day as a facilitator runs it with a clicker, in French: F5 presents, PageDown moves on
in one press, PageUp goes back with the time spent, Ctrl+Z takes a move back, End ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator_app.models import Workshop
from facilitator_app.ui.live.display import Scene


def plain(text: str) -> str:
    """French typography's no-break spaces read as spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, key, modifier)


def open_seed_world_cafe(qtbot, ctx):
    from facilitator_app.services.demo import install_demo
    from facilitator_app.ui.live import open_console

    workshop_id = install_demo(ctx.db)[0]
    console = open_console(ctx, workshop_id, None)
    qtbot.addWidget(console)
    qtbot.waitExposed(console)
    return workshop_id, console


def test_the_seed_world_cafe_runs_from_f5_to_its_end_with_the_clicker(qtbot, french):
    ctx = french
    workshop_id, console = open_seed_world_cafe(qtbot, ctx)
    run = console.run
    titles = [item.title for item in run.items]
    press(qtbot, console, Qt.Key.Key_F5)
    qtbot.waitUntil(console.projector.isFullScreen)
    assert run.engine.running and console.projector.state.scene is Scene.TIMER
    seen = [run.current_item.title]
    press(qtbot, console.projector, Qt.Key.Key_PageDown)  # one press: on to the next item
    assert run.current_item.title == titles[1] and run.engine.running
    press(qtbot, console.projector, Qt.Key.Key_PageUp)  # back, with the time it had
    assert run.current_item.title == titles[0] and run.engine.running
    for _ in range(len(titles)):
        press(qtbot, console.projector, Qt.Key.Key_PageDown)
        seen.append(run.current_item.title)
    assert seen[-1] == titles[-1] and run.snapshot().finished
    state = console.projector.state
    assert state.scene is Scene.DONE
    assert (state.done_title, state.next_label) == ("Terminé", "Fin de la journée")
    with ctx.db.reading() as session:
        rows = [i for day in session.get(Workshop, workshop_id).days for i in day.items]
        assert len(rows) == len(titles)
        assert all(row.actual_end is not None for row in rows)
        assert session.get(Workshop, workshop_id).ended_at is not None
    console.close()


def test_the_end_of_a_step_says_done_and_what_comes_next(qtbot, french, console):
    engine = console.run.engine
    console.commands["toggle"].trigger()
    engine.add_seconds(-engine.planned_seconds())  # time is up on "Seul"
    console.controller.refresh()
    assert plain(console.projector.state.next_label) == "Terminé - Ensuite : À deux, tour 1 (2 min)"
    console.run.start_item(console.run.items[1].id)  # the break
    console.run.engine.add_seconds(-15 * 60)
    console.controller.refresh()
    state = console.projector.state
    assert state.scene is Scene.BREAK
    assert plain(state.break_back_at) == "Terminé - Ensuite : Report back (20 min)"
    assert "retour" not in state.break_back_at


def test_ctrl_z_puts_the_timer_back_and_r_restarts_the_step(qtbot, console):
    run = console.run
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert run.engine.index == 1
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.engine.index == 0 and run.engine.running
    run.engine.pause()
    run.engine._pos.accumulated = 42.0  # as if 42 seconds had run
    press(qtbot, console, Qt.Key.Key_R)
    assert run.snapshot().elapsed == 0
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.snapshot().elapsed == 42


def test_end_ends_the_run_without_the_mouse(qtbot, console, monkeypatch):
    from facilitator_app.services.live import pending_resume

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[4]) or a[4]
    )  # the default button: what Enter presses
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_End)
    assert asked == [QMessageBox.StandardButton.Yes]
    assert pending_resume(console.ctx.db, console.workshop_id) is None
    assert not console.isVisible()


def make_console(qtbot, ctx, workshop_id: int, room):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.live.console import ConsoleWindow

    run = LiveRun(ctx.db, workshop_id, clock=room.clock, wall=room.wall)
    console = ConsoleWindow(ctx, run)
    console.controller.clock = room.clock
    console.controller.wall = room.wall
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    return console


def nine_am_room():
    from datetime import datetime

    from tests.timing.fakes import Room

    room = Room()
    room.wall.now = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    return room


def test_a_late_day_is_caught_up_with_one_key_and_ctrl_z_takes_it_back(qtbot, ctx, workshop):
    from facilitator_app.services import agenda

    agenda.update_item(ctx.db, workshop["plenary"], duration_minutes=40)
    room = nine_am_room()
    console = make_console(qtbot, ctx, workshop["workshop"], room)
    console.commands["toggle"].trigger()
    room.pass_time(20 * 60)  # 20 minutes on the first step of a 5-minute item: 4 to go
    console.controller.refresh()
    proposal = console.agenda.proposal
    assert proposal and proposal.late == 19
    assert console.agenda.catch_up.isVisible()
    assert "Report back" in console.agenda.catch_up_text.text()
    press(qtbot, console, Qt.Key.Key_A)
    plenary = agenda.day_agenda(ctx.db, workshop["day"]).items[2]
    assert plenary.duration_minutes == 21  # the break was not touched
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agenda.day_agenda(ctx.db, workshop["day"]).items[2].duration_minutes == 40
    console.close()


def test_a_pinned_start_that_cannot_be_kept_is_flagged(qtbot, ctx, workshop):
    from datetime import time

    from facilitator_app.services import agenda

    agenda.update_item(ctx.db, workshop["plenary"], pinned_start=time(9, 20))
    room = nine_am_room()
    console = make_console(qtbot, ctx, workshop["workshop"], room)
    console.commands["toggle"].trigger()
    room.pass_time(10 * 60)  # 10 minutes on the first step: the item ends at 9h14, then
    console.controller.refresh()  # the 15-minute break: the plenary cannot start at 9h20
    assert plain(console.agenda.pins.text()) == "9:20 AM will not be kept: +9 min"
    console.close()
