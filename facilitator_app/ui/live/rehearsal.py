"""Before running a day that is not today's (the evening before, a day with no date): ask
whether this is a rehearsal, which records nothing, or the real thing."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.timing.run_day import LiveDay
from facilitator_app.ui.formatting import format_date


class RunMode(StrEnum):
    REHEARSAL = "rehearsal"
    REAL = "real"


def run_mode_box(parent: QWidget | None, day: LiveDay, language: str) -> QMessageBox:
    """The question, built apart so tests can press its real buttons."""
    box = QMessageBox(parent)
    box.setObjectName("liveRunModeBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Rehearsal", "Rehearsal or the real thing?"))
    if day.date is None:
        box.setText(
            QCoreApplication.translate("Rehearsal", "This day has no date. Is this a rehearsal?")
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "Rehearsal", "This day is planned for {date}, not today. Is this a rehearsal?"
            ).format(date=format_date(day.date))
        )
    box.setInformativeText(
        QCoreApplication.translate(
            "Rehearsal",
            "A rehearsal runs the timer as usual but writes nothing: the planner keeps "
            "the plan as it is.",
        )
    )
    rehearse = box.addButton(
        QCoreApplication.translate("Rehearsal", "Rehearsal (nothing is recorded)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    rehearse.setObjectName("liveRehearse")
    real = box.addButton(
        QCoreApplication.translate("Rehearsal", "Run it for real (actual times are recorded)"),
        QMessageBox.ButtonRole.YesRole,
    )
    real.setObjectName("liveRunForReal")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(rehearse)  # the harmless answer
    return box


def ask_run_mode(parent: QWidget | None, day: LiveDay, language: str) -> RunMode | None:
    """REHEARSAL, REAL, or None when the facilitator cancels."""
    box = run_mode_box(parent, day, language)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    box.deleteLater()
    return {"liveRehearse": RunMode.REHEARSAL, "liveRunForReal": RunMode.REAL}.get(name)
