"""After a crash (or a closed lid): offer to carry on where the room was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.services.live import PendingResume
from facilitator_app.ui.live.labels import ago_label


def describe(pending: PendingResume, language: str) -> str:
    """ "Resume: Rotation 2, step Pairs, 3 min 20 s ago" """
    step = pending.step_name.get(language) or next(iter(pending.step_name.values()), "")
    where = pending.item_title
    if pending.step_count > 1 and step:
        where = QCoreApplication.translate("Resume", "{item}, step {step}").format(
            item=where, step=step
        )
    if pending.round_count > 1:
        where = QCoreApplication.translate("Resume", "{where}, round {number} of {count}").format(
            where=where, number=pending.round_index + 1, count=pending.round_count
        )
    return QCoreApplication.translate("Resume", "Resume: {where}, {ago} ago").format(
        where=where, ago=ago_label(pending.away_seconds)
    )


def ask_to_resume(parent: QWidget | None, pending: PendingResume, language: str) -> bool:
    detail = (
        QCoreApplication.translate("Resume", "The timer kept running while the console was closed.")
        if pending.was_running
        else QCoreApplication.translate("Resume", "The timer was paused.")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Resume", "Resume the workshop"),
        describe(pending, language) + "?\n\n" + detail,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
