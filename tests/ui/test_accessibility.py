"""Accessibility: every control a user can reach on the main screens has a name that Qt's
accessibility tree hands to a screen reader (its text, its label's, or an accessible name),
in French; and the focus is drawn where it is."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from facilitator_app.services.demo import install_demo
from facilitator_app.ui.i18n import install_translations

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _inner(widget: QWidget) -> bool:
    """A piece of a control that the control itself names (a spin box's line edit, a combo
    box's list, a view's header or scroll bar, a line edit's clear button)."""
    parent = widget.parentWidget()
    return isinstance(widget, (QHeaderView, QScrollBar)) or isinstance(
        parent, (QAbstractSpinBox, QComboBox, QLineEdit)
    )


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _inner(widget) or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def french_window(qtbot, qapp, ctx, main_window):
    install_demo(ctx.db)
    install_translations(qapp, "fr")
    ctx.language = "fr"
    main_window.workshop_list.refresh()
    main_window.workshop_list.list.setCurrentRow(0)
    yield main_window
    install_translations(qapp, "en")


def test_the_workshops_screen_and_every_tab_name_their_controls(qtbot, french_window):
    view = french_window.workshop_view
    problems = unnamed(french_window)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        problems += [f"tab {view.tabs.tabText(index)}: {p}" for p in unnamed(french_window)]
    assert not sorted(set(problems))


def test_the_library_names_its_controls(qtbot, french_window):
    french_window.show_section("show_library")
    qtbot.wait(10)
    assert unnamed(french_window) == []


def test_the_settings_and_help_name_their_controls(qtbot, french_window):
    dialog = french_window.open_settings()
    problems = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        problems += unnamed(dialog)
    problems += unnamed(french_window.show_shortcuts())
    problems += unnamed(french_window.show_tour())
    assert problems == []


def test_the_live_console_names_its_controls(qtbot, french_window, ctx):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.live.console import ConsoleWindow

    console = ConsoleWindow(ctx, LiveRun(ctx.db, french_window.workshop_list.current_id()))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    problems = unnamed(console)
    for tabs in console.findChildren(QTabWidget):  # every capture panel, one after the other
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += [f"{tabs.tabText(index)}: {p}" for p in unnamed(console)]
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_a_control_without_a_name_is_found():
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    QVBoxLayout(root).addWidget(QPushButton())
    assert unnamed(root) == ["QPushButton ''"]
