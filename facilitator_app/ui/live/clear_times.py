"""The console's way out of a run recorded by mistake: clear the day's actual times (the
planner then shows the plan again), with a confirmation and an undo entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.services import agenda as agenda_service
from facilitator_app.ui.errors import reported


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
    with reported(console):
        ctx.perform(agenda_service.clear_actual_times, run.day.id)
        run.restart_day()
        console.controller.refresh()  # type: ignore[attr-defined]
        return True
    return False
