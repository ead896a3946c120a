"""The console's commands and their keys, declared once and installed on both the console and
the projector window, so a presentation clicker works whichever window has the focus.

Clickers send PageDown/PageUp (next, previous), B or "." (black screen), F5 and Escape: F5
puts the projector full screen and starts the first step, PageDown moves on in one press
(through the end of an item), PageUp goes back one step with its time, Ctrl+Z takes the last
move back, R restarts a step, End ends the run.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from facilitator_app.ui.style import icon


@dataclass(frozen=True)
class LiveCommand:
    id: str
    label: object  # QT_TRANSLATE_NOOP's literal, translated in context "LiveCommands"
    keys: tuple[str, ...]
    icon: str | None
    checkable: bool = False


COMMANDS: tuple[LiveCommand, ...] = (
    LiveCommand(
        "toggle", QT_TRANSLATE_NOOP("LiveCommands", "Start / pause"), ("Space",), "mdi6.play-pause"
    ),
    LiveCommand(
        "previous",
        QT_TRANSLATE_NOOP("LiveCommands", "Previous"),
        ("Left", "PgUp"),
        "mdi6.skip-previous",
    ),
    LiveCommand(
        "next", QT_TRANSLATE_NOOP("LiveCommands", "Next"), ("Right", "PgDown"), "mdi6.skip-next"
    ),
    LiveCommand(
        "add_minute",
        QT_TRANSLATE_NOOP("LiveCommands", "+1 min"),
        ("+", "=", "Num++"),
        "mdi6.plus-circle-outline",
    ),
    LiveCommand(
        "remove_minute",
        QT_TRANSLATE_NOOP("LiveCommands", "-1 min"),
        ("-", "Num+-"),
        "mdi6.minus-circle-outline",
    ),
    LiveCommand(
        "restart_step",
        QT_TRANSLATE_NOOP("LiveCommands", "Restart step"),
        ("R", "Ctrl+R"),
        "mdi6.restart",
    ),
    LiveCommand(
        "undo_move",
        QT_TRANSLATE_NOOP("LiveCommands", "Undo the last move"),
        ("Ctrl+Z",),
        "mdi6.undo",
    ),
    LiveCommand(
        "rebalance",
        QT_TRANSLATE_NOOP("LiveCommands", "Accept the catch-up"),
        ("A",),
        "mdi6.scale-balance",
    ),
    LiveCommand(
        "groups",
        QT_TRANSLATE_NOOP("LiveCommands", "Show the groups"),
        ("G",),
        "mdi6.account-group-outline",
        checkable=True,
    ),
    LiveCommand(
        "break_screen",
        QT_TRANSLATE_NOOP("LiveCommands", "Break screen"),
        ("P",),
        "mdi6.coffee-outline",
        checkable=True,
    ),
    LiveCommand(
        "black_screen",
        QT_TRANSLATE_NOOP("LiveCommands", "Black screen"),
        ("B", "."),
        "mdi6.monitor-off",
        checkable=True,
    ),
    LiveCommand(
        "hide_digits",
        QT_TRANSLATE_NOOP("LiveCommands", "Hide the digits"),
        ("H",),
        "mdi6.circle-slice-5",
        checkable=True,
    ),
    LiveCommand(
        "tour",
        QT_TRANSLATE_NOOP("LiveCommands", "Tour de table"),
        ("T",),
        "mdi6.account-voice",
        checkable=True,
    ),
    LiveCommand(
        "present",
        QT_TRANSLATE_NOOP("LiveCommands", "Present: full screen and start"),
        ("F5", "Shift+F5"),
        "mdi6.presentation-play",
    ),
    LiveCommand(
        "full_screen",
        QT_TRANSLATE_NOOP("LiveCommands", "Projector full screen"),
        ("F",),
        "mdi6.fullscreen",
    ),
    LiveCommand(
        "leave_full_screen",
        QT_TRANSLATE_NOOP("LiveCommands", "Leave full screen"),
        ("Esc",),
        "mdi6.fullscreen-exit",
    ),
    LiveCommand(
        "end_run",
        QT_TRANSLATE_NOOP("LiveCommands", "End the run"),
        ("End",),
        "mdi6.stop-circle-outline",
    ),
)


def build_commands(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(QCoreApplication.translate("LiveCommands", str(command.label)), parent)
        action.setObjectName(f"live_{command.id}")
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        # Active in every window the action is added to (console and projector).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(command.checkable)
        if command.icon:
            action.setIcon(icon(command.icon))
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in command.keys
        )
        action.setToolTip(f"{action.text()} ({keys})")
        actions[command.id] = action
    return actions
