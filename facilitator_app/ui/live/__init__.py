"""Running the room: the console on the laptop and the projector view for the room."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator_app.services.live import LiveRun, discard_resume, pending_resume
from facilitator_app.timing.run_day import runs_today


def open_console(ctx, workshop_id: int, parent: QWidget | None = None):
    """Open the console (and the projector view) for a workshop; offers to resume an
    interrupted run first, and asks "rehearsal or for real?" before running a day that is not
    today's. Returns the console window, or None when the facilitator cancels."""
    from facilitator_app.ui.live import rehearsal
    from facilitator_app.ui.live.console import ConsoleWindow
    from facilitator_app.ui.live.resume import ask_to_resume

    # One console per workshop: a second one would run a second timer on the same run.
    consoles = _open_consoles(ctx)
    existing = consoles.get(workshop_id)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    pending = pending_resume(ctx.db, workshop_id)
    if pending is not None and ask_to_resume(parent, pending, ctx.language):
        run = LiveRun.resume(ctx.db, workshop_id)
    else:
        if pending is not None:
            discard_resume(ctx.db, workshop_id)
        run = LiveRun(ctx.db, workshop_id)
        if not runs_today(run.day, run.wall_now().astimezone(run.tz).date()):
            mode = rehearsal.ask_run_mode(parent, run.day, ctx.language)
            if mode is None:
                return None
            # Nothing was written yet: the run only starts recording on its first operation.
            run.recording = mode is rehearsal.RunMode.REAL
    console = ConsoleWindow(ctx, run, parent)
    consoles[workshop_id] = console
    console.destroyed.connect(lambda *_: consoles.pop(workshop_id, None))
    console.show()
    console.raise_()
    return console


def _open_consoles(ctx) -> dict:
    if not hasattr(ctx, "open_consoles"):
        ctx.open_consoles = {}
    return ctx.open_consoles


def open_one_off(ctx, tool, parent: QWidget | None = None):
    """Run a method at once, without a workshop ("Run now" in the library): the console and
    the projector open on its steps; nothing is recorded."""
    from facilitator_app.services.live.one_off import one_off_run
    from facilitator_app.ui.live.console import ConsoleWindow

    run = one_off_run(ctx.db, tool, ctx.language)
    console = ConsoleWindow(ctx, run, parent)
    console.show()
    console.raise_()
    return console
