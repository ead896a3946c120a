"""What the console asks before changing what the room sees: a break's length, the tour de
table's speaking time, which groups to show, and whether to end the run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from facilitator_app.services import agenda as agenda_service
from facilitator_app.services import groups as groups_service
from facilitator_app.ui.live.display import GroupCard

DEFAULT_BREAK_MINUTES = 15
DEFAULT_TURN_SECONDS = 60


def ask_break_minutes(parent: QWidget) -> int | None:
    minutes, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("RoomDialogs", "Break"),
        QCoreApplication.translate("RoomDialogs", "Length of the break (minutes):"),
        DEFAULT_BREAK_MINUTES,
        1,
        240,
    )
    return minutes if ok else None


def ask_turn_seconds(parent: QWidget) -> int | None:
    seconds, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("RoomDialogs", "Tour de table"),
        QCoreApplication.translate("RoomDialogs", "Speaking time for each person (seconds):"),
        DEFAULT_TURN_SECONDS,
        10,
        1800,
    )
    return seconds if ok else None


def participant_names(ctx, workshop_id: int | None) -> list[str]:
    if workshop_id is None:
        return []
    return [p.name for p in agenda_service.list_participants(ctx.db, workshop_id)]


def groups_to_show(ctx, workshop_id: int | None, item_id: int | None):
    """(title, cards) of the groups made for the current item, else the workshop's latest;
    None when the workshop has none."""
    if workshop_id is None:
        return None
    sets = groups_service.list_group_sets(ctx.db, workshop_id)
    if not sets:
        return None
    chosen = next((g for g in reversed(sets) if item_id and g.item_id == item_id), sets[-1])
    cards = tuple(
        GroupCard(
            QCoreApplication.translate("RoomDialogs", "Group {label}").format(label=group.label)
            if group.label.isdigit()
            else group.label,
            tuple(
                zip(
                    group.member_names,
                    group.member_organisations or ("",) * len(group.member_names),
                    strict=False,
                )
            ),
        )
        for group in chosen.groups
    )
    return chosen.name, cards


def confirm_end(parent: QWidget) -> bool:
    """End the run? Yes is the default: End, then Enter, ends it without the mouse."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RoomDialogs", "End the run"),
        QCoreApplication.translate(
            "RoomDialogs",
            "End the run now? The current item is closed and nothing is left to resume.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
