"""A workshop's own timer warnings, chosen on its overview, colour its console's timer."""

from __future__ import annotations

from facilitator_app.services import workshops
from facilitator_app.timing.display import Warnings


def test_the_overview_sets_the_workshops_warnings_and_the_console_uses_them(
    qtbot, main_window, ctx
):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.live.console import ConsoleWindow

    workshop_id = workshops.create_workshop(ctx.db, "Forum")
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    field = main_window.workshop_view.show_page("overview").warnings
    assert not field.own.isChecked() and field.amber.value() == 20 and field.red.value() == 5
    field.own.setChecked(True)
    field.unit.setCurrentIndex(field.unit.findData("seconds"))
    field.unit.activated.emit(field.unit.currentIndex())
    field.amber.setValue(120)
    field.red.setValue(30)
    assert workshops.get_timer_warnings(ctx.db, workshop_id) == Warnings("seconds", 120, 30)
    console = ConsoleWindow(ctx, LiveRun(ctx.db, workshop_id, recording=False))
    qtbot.addWidget(console)
    assert console.controller.warnings == Warnings("seconds", 120, 30)
    console.close()
    main_window.actions_by_id["undo"].trigger()
    assert workshops.get_timer_warnings(ctx.db, workshop_id) == Warnings("seconds", 120, 5)
