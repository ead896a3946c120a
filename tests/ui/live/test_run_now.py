"""From a cold start to a 1-2-4-All on the projector in four actions, nothing recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator_app.ui.live.display import Scene
from tests.exchange.helpers import dump


def test_a_method_reaches_the_projector_in_four_actions(qtbot, main_window, ctx):
    before = dump(ctx.db)
    # 1. The library.
    main_window.actions_by_id["show_library"].trigger()
    page = main_window.sections.currentWidget()
    # 2. The method, clicked in the list.
    row = next(
        group.child(i)
        for group in page.group_items.values()
        for i in range(group.childCount())
        if group.child(i).data(0, Qt.ItemDataRole.UserRole) == "1-2-4-all"
    )
    page.list.scrollToItem(row)
    qtbot.mouseClick(
        page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(row).center()
    )
    assert page.current_tool_id() == "1-2-4-all"
    # 3. Run now.
    qtbot.mouseClick(page.detail.run_now, Qt.MouseButton.LeftButton)
    console = page.console
    qtbot.addWidget(console)
    qtbot.waitExposed(console)
    # 4. F5: the projector full screen, the first step running.
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_F5)
    qtbot.waitUntil(console.projector.isFullScreen)
    state = console.projector.state
    assert state.scene is Scene.TIMER and state.running
    assert state.phase_name == "Alone" and "1-2-4-All" in state.step_label
    assert "launched from the library" in console.windowTitle()
    assert "no workshop keeps" in console.capture.text()  # no capture panels without a workshop
    console.run.next_step()
    console.close()
    assert dump(ctx.db) == before  # nothing recorded
