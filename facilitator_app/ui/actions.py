"""The application's actions, declared once: menus and toolbars are built from this table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP
from facilitator_app.ui.style import icon


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str  # translated in context "Actions"
    shortcut: QKeySequence.StandardKey | str | None
    icon: str | None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_workshop",
        QT_TRANSLATE_NOOP("Actions", "&New workshop"),
        QKeySequence.StandardKey.New,
        "mdi6.plus-box-outline",
        QT_TRANSLATE_NOOP("Actions", "Create an empty workshop"),
    ),
    ActionSpec(
        "rename_workshop",
        QT_TRANSLATE_NOOP("Actions", "&Rename..."),
        "F2",
        "mdi6.rename-box",
        QT_TRANSLATE_NOOP("Actions", "Rename the selected workshop"),
    ),
    ActionSpec(
        "duplicate_workshop",
        QT_TRANSLATE_NOOP("Actions", "D&uplicate"),
        "Ctrl+D",
        "mdi6.content-copy",
        QT_TRANSLATE_NOOP("Actions", "Copy the plan and participants into a new workshop"),
    ),
    ActionSpec(
        "delete_workshop",
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        QKeySequence.StandardKey.Delete,
        "mdi6.delete-outline",
        QT_TRANSLATE_NOOP("Actions", "Delete the selected workshop (can be undone)"),
    ),
    ActionSpec(
        "run_workshop",
        QT_TRANSLATE_NOOP("Actions", "&Run the workshop"),
        "F5",
        "mdi6.play-circle-outline",
        QT_TRANSLATE_NOOP("Actions", "Open the console and the projector timer"),
    ),
    ActionSpec(
        "import_workshop",
        QT_TRANSLATE_NOOP("Actions", "&Import a workshop file..."),
        QKeySequence.StandardKey.Open,
        "mdi6.file-import-outline",
        QT_TRANSLATE_NOOP("Actions", "Add a workshop from a file made on another computer"),
    ),
    ActionSpec(
        "export_workshop",
        QT_TRANSLATE_NOOP("Actions", "&Export the workshop..."),
        "Ctrl+E",
        "mdi6.file-export-outline",
        QT_TRANSLATE_NOOP("Actions", "Save the whole workshop to one file to share it"),
    ),
    ActionSpec(
        "save_as_template",
        QT_TRANSLATE_NOOP("Actions", "Save as &template..."),
        None,
        "mdi6.content-save-cog-outline",
        QT_TRANSLATE_NOOP("Actions", "Keep this plan to start new workshops from it"),
    ),
    ActionSpec(
        "new_from_template",
        QT_TRANSLATE_NOOP("Actions", "New from &template..."),
        "Ctrl+Shift+N",
        "mdi6.file-document-multiple-outline",
        QT_TRANSLATE_NOOP("Actions", "Start a workshop from a template, with its dates shifted"),
    ),
    ActionSpec(
        "restore_deleted",
        QT_TRANSLATE_NOOP("Actions", "Restore a deleted &workshop..."),
        None,
        "mdi6.delete-restore",
        QT_TRANSLATE_NOOP("Actions", "Deleted workshops stay in the bin for 30 days"),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QKeySequence.StandardKey.Undo,
        "mdi6.undo",
        "",
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QKeySequence.StandardKey.Redo,
        "mdi6.redo",
        "",
    ),
    ActionSpec(
        "quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit, None, ""
    ),
    ActionSpec(
        "show_workshops",
        QT_TRANSLATE_NOOP("Actions", "&Workshops"),
        "Ctrl+1",
        "mdi6.calendar-multiple",
        QT_TRANSLATE_NOOP("Actions", "Your workshops"),
    ),
    ActionSpec(
        "show_library",
        QT_TRANSLATE_NOOP("Actions", "&Methods library"),
        "Ctrl+2",
        "mdi6.bookshelf",
        QT_TRANSLATE_NOOP("Actions", "The facilitation methods"),
    ),
    ActionSpec("language_fr", QT_TRANSLATE_NOOP("Actions", "Français"), None, None, ""),
    ActionSpec("language_en", QT_TRANSLATE_NOOP("Actions", "English"), None, None, ""),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About"), None, "mdi6.information-outline", ""
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings..."),
        "Ctrl+,",
        "mdi6.cog-outline",
        QT_TRANSLATE_NOOP("Actions", "Language, timer, chimes, projector, data and backups"),
    ),
    ActionSpec(
        "shortcuts_help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard and clicker shortcuts"),
        QKeySequence.StandardKey.HelpContents,
        "mdi6.keyboard-outline",
        QT_TRANSLATE_NOOP("Actions", "Every shortcut of the window and of the live console"),
    ),
    ActionSpec(
        "tour",
        QT_TRANSLATE_NOOP("Actions", "&Tour of the four steps"),
        None,
        "mdi6.map-marker-path",
        QT_TRANSLATE_NOOP("Actions", "Prepare, run, capture, print: a short tour"),
    ),
    ActionSpec(
        "open_data_folder",
        QT_TRANSLATE_NOOP("Actions", "Show the &data folder"),
        None,
        "mdi6.folder-outline",
        "",
    ),
)


def build_actions(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(parent)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setObjectName(spec.id)
        actions[spec.id] = action
    translate_actions(actions)
    return actions


def translate_actions(actions: dict[str, QAction]) -> None:
    """The labels in the language now installed (after a change of language, too)."""
    for spec in ACTIONS:
        action = actions[spec.id]
        action.setText(QCoreApplication.translate("Actions", spec.label))
        if spec.tip:
            action.setToolTip(QCoreApplication.translate("Actions", spec.tip))
