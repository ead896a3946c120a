"""Help: F1 lists every shortcut of the window and of the console (from their tables), the
first-start tour walks the four steps and remembers it was seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator_app.ui.help import ShortcutsDialog, TourDialog
from facilitator_app.ui.help.shortcuts import console_rows, window_rows
from facilitator_app.ui.live.keys import COMMANDS


def test_f1_opens_the_shortcuts_page(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "PgDown" in text.replace(" ", "") or "Page Down" in text
    assert "Black screen" in text


def test_the_page_lists_every_console_command_and_window_shortcut():
    assert len(console_rows()) == len(COMMANDS)
    assert all(keys for _label, keys in console_rows())
    labels = [label for label, _keys in window_rows()]
    assert "Run the workshop" in labels and "Settings" in labels


def test_the_tour_has_four_steps_and_is_remembered(qtbot, main_window, ctx):
    dialog = main_window.show_tour()
    assert isinstance(dialog, TourDialog)
    assert dialog.pages.count() == 4
    for _ in range(3):
        dialog.next.click()
    assert dialog.next.text() == "Start"
    dialog.next.click()
    assert not dialog.isVisible()
    assert ctx.settings.get("tour_seen") is True


def test_every_console_control_explains_itself_with_whats_this(qtbot, main_window, ctx):
    from PySide6.QtGui import QAction

    from facilitator_app.services import workshops
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.help.whats_this import install_whats_this
    from facilitator_app.ui.live.console import ConsoleWindow

    workshop_id = workshops.create_workshop(ctx.db, "Atelier")
    console = ConsoleWindow(ctx, LiveRun(ctx.db, workshop_id), main_window)
    qtbot.addWidget(console)
    assert install_whats_this(console) > len(COMMANDS)
    for command in COMMANDS:
        action = console.findChild(QAction, f"live_{command.id}")
        assert action is not None and action.whatsThis(), command.id
    assert console.findChild(QAction, "liveWhatsThis").shortcut().toString() == "Shift+F1"
    assert console.findChild(QWidget, "liveAgenda").whatsThis()


def test_keypad_keys_are_said_in_words_not_as_qts_num_plus(french):
    keys = " ".join(keys for _label, keys in console_rows())
    assert "Num+" not in keys
    assert "+ (pavé numérique)" in keys and "- (pavé numérique)" in keys
