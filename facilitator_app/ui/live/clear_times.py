"""The console's way out of a run recorded by mistake: clear the day's actual times (the
planner then shows the plan again), with a confirmation and an undo entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.services import agenda as agenda_service
from facilitator_app.ui.errors import reported
from facilitator_app.ui.undo import run_operation


def clear_recorded_times(console: QWidget) -> bool:
    """Asks, clears the running day's recorded times and restarts the day in the console.
    True when they were cleared."""
    ctx, run = console.ctx, console.run  # type: ignore[attr-defined]
    answer = QMessageBox.question(
        console,
        QCoreApplication.translate("ClearTimes", "Clear the day's actual times"),
        QCoreApplication.translate(
            "ClearTimes",
            "Forget the actual start and end times recorded for this day, and the steps' "
            "times? The planner will show the plan again, and the console goes back to the "
            "day's first item. Edit > Undo brings them back.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    db, day_id = ctx.db, run.day.id
    with reported(console):
        stack = getattr(ctx, "undo_stack", None)  # the main window's; absent without it
        if stack is None:
            agenda_service.clear_actual_times(db, day_id)
        else:
            run_operation(
                stack,
                QCoreApplication.translate("ClearTimes", "clear the day's actual times"),
                lambda: agenda_service.clear_actual_times(db, day_id),
                lambda removed: agenda_service.restore_actual_times(db, removed),
            )
        run.restart_day()
        console.controller.refresh()  # type: ignore[attr-defined]
        return True
    return False
