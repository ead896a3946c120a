"""The wheel over a closed combo box in a scrolling panel scrolls the panel and never assigns
a person to a role."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from facilitator_app.services import agenda, participants, workshops


def wheel(widget, steps: int = -3) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_role_scrolls_the_detail_panel(qtbot, main_window, ctx):
    workshop_id = workshops.create_workshop(ctx.db, "Forum")
    for name in ("Anne", "Bruno", "Chloé"):
        participants.add_participant(ctx.db, workshop_id, name)
    day = agenda.workshop_agenda(ctx.db, workshop_id).days[0].id
    item_id = agenda.add_tool_item(ctx.db, day, "world-cafe")
    main_window.resize(1366, 600)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    planner = main_window.workshop_view.show_page("agenda")
    planner.select_item(item_id)
    box = planner.detail.role_boxes["scribe"]
    scroll = next(w for w in planner.findChildren(QScrollArea) if w.widget() is planner.detail)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    assert box.currentIndex() == 0 and not box.hasFocus()
    wheel(box)
    assert box.currentIndex() == 0  # nobody assigned behind the pointer's back
    assert bar.value() != before  # the panel scrolled instead
    assert agenda.day_agenda(ctx.db, day).items[0].roles == ()
