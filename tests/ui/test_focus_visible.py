"""The focus is always in sight: tabbing through the main screens, the control that has the
keyboard carries the focus ring, drawn in the focus colour on its edge (its pixels differ
from the same control without the focus)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from facilitator_app.services.demo import install_demo
from facilitator_app.ui.focus import focus_rings, install_focus_ring, ringed_control
from facilitator_app.ui.style import FOCUS_RING_COLOUR

PRESSES = 60


def edge_colour(control: QWidget) -> QColor:
    image = control.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def ring_problem(qapp) -> str | None:
    """What is wrong with the focus now (None: the focused control shows its ring)."""
    focused = qapp.focusWidget()
    if focused is None:
        return "nothing has the focus"
    control = ringed_control(focused)
    rings = focus_rings()  # the main window installs it
    ring = rings.current() if rings is not None else None
    name = f"{type(control).__name__} {control.objectName()!r}"
    if ring is None or ring.parentWidget() is not control or not ring.isVisible():
        return f"{name}: no ring"
    if control.width() < 8 or control.height() < 8:
        return f"{name}: too small to be seen ({control.width()}x{control.height()})"
    if ring.geometry() != control.rect():
        return f"{name}: the ring does not cover it"
    if edge_colour(control) != QColor(FOCUS_RING_COLOUR):
        return f"{name}: the ring is not drawn ({edge_colour(control).name()})"
    return None


def tab_through(qtbot, qapp, window) -> tuple[list[str], int]:
    """Press Tab until the focus comes back to where it started; the problems met, and how
    many controls were visited."""
    window.activateWindow()
    qtbot.wait(20)  # the page laid out, as a user sees it before pressing a key
    qtbot.waitUntil(lambda: qapp.focusWidget() is not None)
    first = qapp.focusWidget()
    problems, visited = [], 0
    for _ in range(PRESSES):
        QTest.keyClick(qapp.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        visited += 1
        problem = ring_problem(qapp)
        if problem:
            problems.append(problem)
        if qapp.focusWidget() is first:
            break
    return problems, visited


@pytest.fixture
def demo_window(qtbot, ctx, main_window):
    install_demo(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.list.setCurrentRow(0)
    main_window.workshop_list.list.setFocus()
    return main_window


@pytest.mark.parametrize("page", ["overview", "agenda", "participants"])
def test_tabbing_through_a_workshops_page_shows_where_the_focus_is(qtbot, qapp, demo_window, page):
    demo_window.workshop_view.show_page(page)
    problems, visited = tab_through(qtbot, qapp, demo_window)
    assert visited > 3
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_tabbing_through_the_library_shows_where_the_focus_is(qtbot, qapp, demo_window):
    demo_window.show_section("show_library")
    problems, visited = tab_through(qtbot, qapp, demo_window)
    assert visited > 3 and sorted(set(problems)) == []


def test_tabbing_through_the_settings_shows_where_the_focus_is(qtbot, qapp, demo_window):
    dialog = demo_window.open_settings("timer")
    qtbot.waitExposed(dialog)
    problems, visited = tab_through(qtbot, qapp, dialog)
    assert visited > 3 and sorted(set(problems)) == []


def test_tabbing_through_the_console_shows_where_the_focus_is(qtbot, qapp, demo_window, ctx):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.live.console import ConsoleWindow

    console = ConsoleWindow(ctx, LiveRun(ctx.db, demo_window.workshop_list.current_id()))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    problems, visited = tab_through(qtbot, qapp, console)
    assert visited > 3 and sorted(set(problems)) == []
    console.close()


def test_the_ring_is_what_shows_the_focus(qtbot, qapp):
    install_focus_ring(qapp)
    root = QWidget()
    layout = QVBoxLayout(root)
    first, second = QLineEdit("un"), QLineEdit("deux")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert ring_problem(qapp) is None
    assert edge_colour(second) != QColor(FOCUS_RING_COLOUR)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert ring_problem(qapp) is None
    assert edge_colour(first) != QColor(FOCUS_RING_COLOUR)  # the ring left with the focus
    QApplication.processEvents()
