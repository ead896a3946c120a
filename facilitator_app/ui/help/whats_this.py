"""What's This on the live console: Shift+F1 (or the console's "?" button), then a click on any
control, says what it does in the room. The texts are declared here by the controls' object
names and the live commands' ids, so the console's own code stays as it is; a control this
version's console does not have is skipped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWhatsThis, QWidget

from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP

# By object name: the console's panels and toolbar controls.
WIDGETS: dict[str, str] = {
    "liveTimerPreview": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "What the projector shows now: the step's time left, its name and the next step. "
        "It turns amber, then red, as the end nears.",
    ),
    "liveAgenda": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "The day's items with their planned and projected times. Double-click one to run it "
        "now; the projected times follow the real ones.",
    ),
    "liveLateness": QT_TRANSLATE_NOOP(
        "WhatsThis", "How far ahead or behind the day is, from the times really spent."
    ),
    "liveScreenChoice": QT_TRANSLATE_NOOP(
        "WhatsThis", "The screen the room sees. The choice is kept for the next time."
    ),
    "liveRoomSees": QT_TRANSLATE_NOOP(
        "WhatsThis", "What the room sees at this moment (the timer, a black screen, a break)."
    ),
    "liveInstructions": QT_TRANSLATE_NOOP(
        "WhatsThis", "The step's instructions and your notes, for you only: not projected."
    ),
    "liveCapture": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "Type here what the groups produce during the activity; it is saved as you type.",
    ),
    "liveClock": QT_TRANSLATE_NOOP("WhatsThis", "The time of day, on this computer."),
    "liveProjectorWhere": QT_TRANSLATE_NOOP(
        "WhatsThis", "Where the projector view is shown now."
    ),
    "liveProjectorClock": QT_TRANSLATE_NOOP(
        "WhatsThis", "Shows the time of day on the projector too."
    ),
    "liveRehearsalBanner": QT_TRANSLATE_NOOP(
        "WhatsThis", "A rehearsal: the timers run but nothing is written in the plan."
    ),
}

# By live command id (ui/live/keys.py): the actions, their buttons and their keys.
COMMANDS: dict[str, str] = {
    "toggle": QT_TRANSLATE_NOOP("WhatsThis", "Start or pause the step's timer (Space)."),
    "previous": QT_TRANSLATE_NOOP(
        "WhatsThis", "Back to the previous step (the clicker's back button, Page Up)."
    ),
    "next": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "On to the next step, or the next item after the last step (the clicker's forward "
        "button, Page Down).",
    ),
    "add_minute": QT_TRANSLATE_NOOP("WhatsThis", "One more minute for this step (+)."),
    "remove_minute": QT_TRANSLATE_NOOP("WhatsThis", "One minute less for this step (-)."),
    "restart_step": QT_TRANSLATE_NOOP("WhatsThis", "The step starts again from its full time."),
    "break_screen": QT_TRANSLATE_NOOP(
        "WhatsThis", "Shows the break and the time to come back on the projector (P)."
    ),
    "black_screen": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "Blacks the projector out, to have the room's attention; again to bring it back (B).",
    ),
    "hide_digits": QT_TRANSLATE_NOOP(
        "WhatsThis", "Shows the time as a shrinking disc instead of digits (H)."
    ),
    "tour": QT_TRANSLATE_NOOP(
        "WhatsThis", "A timed turn for each participant in order: the tour de table (T)."
    ),
    "undo_move": QT_TRANSLATE_NOOP(
        "WhatsThis", "Undo the last move from step to step or item to item (Ctrl+Z)."
    ),
    "rebalance": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "Accept the proposed catch-up: the next items are shortened to end on time (A).",
    ),
    "groups": QT_TRANSLATE_NOOP("WhatsThis", "Shows the groups or tables on the projector (G)."),
    "present": QT_TRANSLATE_NOOP(
        "WhatsThis",
        "The projector view fills its screen and the timer starts (F5: the clicker's play "
        "button).",
    ),
    "end_run": QT_TRANSLATE_NOOP(
        "WhatsThis", "Ends the run once you confirm; the times spent stay for the reports (End)."
    ),
    "full_screen": QT_TRANSLATE_NOOP("WhatsThis", "The projector view fills its screen (F)."),
    "leave_full_screen": QT_TRANSLATE_NOOP(
        "WhatsThis", "The projector view leaves full screen (Esc)."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatsThis", text)


def install_whats_this(console: QMainWindow) -> int:
    """Put the texts on the console's controls and its Shift+F1 action; returns how many
    controls got one."""
    count = 0
    for widget in console.findChildren(QWidget):
        text = WIDGETS.get(widget.objectName())
        if text is None and widget.objectName().startswith("liveButton_"):
            text = COMMANDS.get(widget.objectName().removeprefix("liveButton_"))
        if text is not None:
            widget.setWhatsThis(_tr(text))
            count += 1
    for action in console.findChildren(QAction):
        text = COMMANDS.get(action.objectName().removeprefix("live_"))
        if text is not None and action.objectName().startswith("live_"):
            action.setWhatsThis(_tr(text))
            count += 1
    if console.findChild(QAction, "liveWhatsThis") is None:
        ask = QWhatsThis.createAction(console)
        ask.setObjectName("liveWhatsThis")
        ask.setShortcut(QKeySequence("Shift+F1"))
        console.addAction(ask)
        toolbar = console.findChild(QWidget, "liveToolbar")
        if toolbar is not None:
            toolbar.addAction(ask)  # type: ignore[attr-defined]
    return count
