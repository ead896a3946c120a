"""The pinned start takes what people type and saves once per edit; with nothing selected the
details show nothing of the last item."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from facilitator_app.services import agenda, workshops
from facilitator_app.ui.planner import PlannerPage
from facilitator_app.ui.planner.clock import parse_clock


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1230", time(12, 30)),
        ("12:30", time(12, 30)),
        ("12h30", time(12, 30)),
        (" 12 H 30 ", time(12, 30)),
        ("930", time(9, 30)),
        ("9h", time(9, 0)),
        ("14", time(14, 0)),
        ("2:30 PM", time(14, 30)),
        ("12am", time(0, 0)),
        ("2460", None),
        ("25:00", None),
        ("13pm", None),
        ("midi", None),
        ("", None),
    ],
)
def test_parse_clock_reads_what_people_type(typed: str, expected: time | None) -> None:
    assert parse_clock(typed) == expected


@pytest.fixture
def setup(qtbot, ctx):
    workshop_id = workshops.create_workshop(ctx.db, "Forum", start_time=time(9, 0))
    day_id = workshops.get_outline(ctx.db, workshop_id).days[0].id
    morning = agenda.add_item(ctx.db, day_id, title="Atelier", duration_minutes=180)
    lunch = agenda.add_item(ctx.db, day_id, title="Lunch", duration_minutes=60, kind="meal")
    page = PlannerPage(ctx, workshop_id)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, day_id, morning, lunch


def pinned_start(ctx, day_id: int, item_id: int) -> time | None:
    return next(i for i in agenda.day_agenda(ctx.db, day_id).items if i.id == item_id).pinned_start


@pytest.mark.parametrize("typed", ["1230", "12:30", "12h30"])
def test_typing_a_pinned_start_saves_it_once_on_enter(qtbot, ctx, setup, typed: str) -> None:
    page, day_id, _morning, lunch = setup
    page.select_item(lunch)
    page.detail.pinned.setChecked(True)
    steps = page.undo_stack.count()
    field = page.detail.pin_time
    assert field.width() >= field.fontMetrics().horizontalAdvance("12:30 PM")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    assert pinned_start(ctx, day_id, lunch) == time(12, 0)  # nothing saved while typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pinned_start(ctx, day_id, lunch) == time(12, 30)
    assert page.undo_stack.count() == steps + 1
    assert field.text() == page.detail.pin_time.text() and parse_clock(field.text()) == time(12, 30)
    page.grab().save("/tmp/shots/planner_pin.png")
    page.undo_stack.undo()
    assert pinned_start(ctx, day_id, lunch) == time(12, 0)


def test_arrow_steps_are_one_undo_step_when_the_field_is_left(qtbot, ctx, setup) -> None:
    page, day_id, _morning, lunch = setup
    page.select_item(lunch)
    page.detail.pinned.setChecked(True)
    steps = page.undo_stack.count()
    field = page.detail.pin_time
    field.setFocus()
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Up)
    assert pinned_start(ctx, day_id, lunch) == time(12, 0)
    page.view.setFocus()  # leaving the field finishes the edit
    assert pinned_start(ctx, day_id, lunch) == time(12, 15)
    assert page.undo_stack.count() == steps + 1


def test_a_text_that_is_no_time_puts_back_the_stored_one(qtbot, ctx, setup) -> None:
    page, _day_id, _morning, lunch = setup
    page.select_item(lunch)
    page.detail.pinned.setChecked(True)
    steps = page.undo_stack.count()
    field = page.detail.pin_time
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "99h99")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert parse_clock(field.text()) == time(12, 0)
    assert page.undo_stack.count() == steps


def test_nothing_selected_shows_nothing_of_the_last_item(qtbot, ctx, setup) -> None:
    page, _day_id, morning, _lunch = setup
    page.select_item(morning)
    detail = page.detail
    assert detail.duration.value() == 180 and detail.title.text() == "Atelier"
    page.view.selectionModel().clear()
    assert page.current_item() is None and detail.item is None
    assert detail.title.text() == "" and detail.duration.value() == 0
    assert detail.kind.currentIndex() == -1 and detail.day.count() == 0
    assert detail.pin_time.text() == "" and not detail.pinned.isChecked()
    assert not detail.fields.isVisibleTo(detail) and not detail.roles_box.isVisibleTo(detail)
    page.grab().save("/tmp/shots/planner_nothing_selected.png")
    page.select_item(morning)
    assert detail.fields.isVisibleTo(detail) and detail.duration.value() == 180
