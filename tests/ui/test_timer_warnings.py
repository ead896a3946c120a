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


def test_the_warnings_spin_boxes_show_the_unit_chosen(qtbot, french):
    from facilitator_app.ui.timer_warnings import TimerWarningsField

    field = TimerWarningsField()
    qtbot.addWidget(field)
    field.show_value({"unit": "percent", "amber": 20, "red": 5}, Warnings())
    assert (field.amber.text(), field.red.text()) == ("20 %", "5 %")
    field.unit.setCurrentIndex(field.unit.findData("seconds"))
    assert (field.amber.text(), field.red.text()) == ("20 s", "5 s")


def test_the_settings_warnings_show_their_unit_and_follow_it(qtbot, main_window, ctx):
    from PySide6.QtWidgets import QComboBox, QSpinBox

    dialog = main_window.open_settings("timer")
    amber = dialog.findChild(QSpinBox, "setting_warning_amber")
    red = dialog.findChild(QSpinBox, "setting_warning_red")
    assert (amber.suffix(), red.suffix()) == (" %", " %")
    unit = dialog.findChild(QComboBox, "setting_warning_unit")
    unit.setCurrentIndex(unit.findData("seconds"))
    assert (amber.suffix(), red.suffix()) == (" s", " s")
    assert ctx.settings.get("warning_unit") == "seconds"


def test_the_warnings_stay_one_line_on_a_tall_screen(qtbot, main_window, ctx):
    """Seen on the 1920x1080 screenshots: the row grew to a quarter of the page, its label at
    the top and its controls adrift in the middle."""
    workshop_id = workshops.create_workshop(ctx.db, "Forum")
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    main_window.resize(1920, 1050)
    field = main_window.workshop_view.show_page("overview").warnings
    qtbot.waitUntil(lambda: field.isVisible() and field.window().width() == 1920)
    qtbot.wait(20)
    assert field.height() == field.sizeHint().height()
