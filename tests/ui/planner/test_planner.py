"""The planner on real widgets: adding, reordering, undoing, durations, roles and pins."""

from __future__ import annotations

import itertools
from datetime import time

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QPushButton

from facilitator_app.agenda import Overlap
from facilitator_app.models import Participant
from facilitator_app.services import agenda, workshops
from facilitator_app.tools import registry
from facilitator_app.ui.planner import PlannerPage
from facilitator_app.ui.planner.dialogs import DayFields
from facilitator_app.ui.planner.timeline import MIME, TimelineModel


@pytest.fixture
def workshop(ctx) -> tuple[int, int]:
    workshop_id = workshops.create_workshop(ctx.db, "World Café", start_time=time(14, 35))
    return workshop_id, workshops.get_outline(ctx.db, workshop_id).days[0].id


@pytest.fixture
def page(qtbot, ctx, workshop) -> PlannerPage:
    widget = PlannerPage(ctx, workshop[0])
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(ctx, day_id: int) -> list[int]:
    return [
        agenda.add_item(ctx.db, day_id, title=title, duration_minutes=minutes, kind=kind)
        for title, minutes, kind in [
            ("Rotation 1", 20, "activity"),
            ("Rotation 2", 25, "activity"),
            ("Pause", 20, "break"),
            ("Rotation 3", 25, "activity"),
        ]
    ]


def shown(page: PlannerPage) -> list[tuple[str, str]]:
    return [(i.title, i.start_time.strftime("%H:%M")) for i in page.model.items]


def test_adding_a_break_puts_it_after_the_selected_item(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    page.select_item(ids[0])
    qtbot.mouseClick(page.findChild(QPushButton, "plannerAddBreak"), Qt.MouseButton.LeftButton)
    assert [i.title for i in page.model.items][:2] == ["Rotation 1", "Break"]
    assert page.model.items[2].start_time == time(15, 10)
    assert page.current_item().title == "Break"


def test_an_activity_from_the_library_brings_its_tool_and_phases(page, ctx, workshop) -> None:
    tool = registry.find_tool("1-2-4-all")
    item_id = page.add_tool(tool)
    item = agenda.day_agenda(ctx.db, workshop[1]).items[0]
    assert item.id == item_id and item.tool_id == "1-2-4-all"
    assert item.duration_minutes == tool.duration_minutes
    assert sum(p["seconds"] * p["rounds"] for p in item.phases) == tool.duration_minutes * 60
    assert page.detail.tool.text() == tool.text("en").name


def test_alt_down_moves_the_selected_item_and_undo_moves_it_back(
    qtbot, page, ctx, workshop
) -> None:
    ids = fill(ctx, workshop[1])
    page.select_item(ids[0])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown(page)[:2] == [("Rotation 2", "14:35"), ("Rotation 1", "15:00")]
    assert page.current_item().id == ids[0]
    page.undo_stack.undo()
    assert shown(page)[:2] == [("Rotation 1", "14:35"), ("Rotation 2", "14:55")]
    page.undo_stack.redo()
    assert [t for t, _ in shown(page)][:2] == ["Rotation 2", "Rotation 1"]


def test_a_drop_on_the_timeline_moves_the_item(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    model: TimelineModel = page.model
    data = model.mimeData([model.index(3)])
    assert data.hasFormat(MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: page.model.items[0].id == ids[3])
    assert [t for t, _ in shown(page)] == ["Rotation 3", "Rotation 1", "Rotation 2", "Pause"]


def test_the_model_move_reorders_the_agenda(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    assert page.model.moveRow(QModelIndex(), 0, QModelIndex(), 4)
    qtbot.waitUntil(lambda: page.model.items[3].id == ids[0])
    assert [t for t, _ in shown(page)] == ["Rotation 2", "Pause", "Rotation 3", "Rotation 1"]
    assert shown(page)[3][1] == "15:45"
    page.undo_stack.undo()
    assert page.model.items[0].id == ids[0]


def test_a_foreign_drop_is_refused(page, ctx, workshop) -> None:
    fill(ctx, workshop[1])
    assert not page.model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_a_longer_duration_pushes_the_following_clock_times(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    page.select_item(ids[0])
    page.detail.duration.setValue(30)
    assert shown(page)[1] == ("Rotation 2", "15:05")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert shown(page)[1] == ("Rotation 2", "15:10")
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert shown(page)[1] == ("Rotation 2", "14:55")


def test_the_title_saves_as_typed_and_undo_restores_it(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    page.select_item(ids[1])
    field = page.detail.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Ressources")
    qtbot.waitUntil(lambda: agenda.day_agenda(ctx.db, workshop[1]).items[1].title == "Ressources")
    page.undo_stack.undo()
    assert agenda.day_agenda(ctx.db, workshop[1]).items[1].title == "Rotation 2"


def test_pinned_lunch_shows_its_overlap(qtbot, page, ctx, workshop) -> None:
    day_id = workshop[1]
    agenda.add_item(ctx.db, day_id, title="Atelier", duration_minutes=240)
    lunch = agenda.add_item(ctx.db, day_id, title="Lunch", duration_minutes=60, kind="meal")
    agenda.update_day(ctx.db, day_id, start_time=time(9, 0))
    page.select_item(lunch)
    page.detail.pinned.setChecked(True)
    page.detail.pin_time.setText("12:30")
    page.detail.pin_time.finish()
    item = page.model.items[1]
    assert item.pinned_start == time(12, 30) and item.gap == Overlap(30)
    row_height = page.view.visualRect(page.model.index(1)).height()
    plain_height = page.view.visualRect(page.model.index(0)).height()
    assert row_height < plain_height  # 60 min plus the overlap band, against 240 min
    page.undo_stack.undo()
    assert page.model.items[1].gap is None


def test_rotate_roles_names_a_new_scribe_and_timekeeper_each_rotation(
    qtbot, page, ctx, workshop
) -> None:
    workshop_id, day_id = workshop
    with ctx.db.transaction() as session:
        session.add_all(
            Participant(workshop_id=workshop_id, name=n) for n in ("Anne", "Celia", "Paul", "Zoe")
        )
    fill(ctx, day_id)
    qtbot.mouseClick(page.findChild(QPushButton, "plannerRotateRoles"), Qt.MouseButton.LeftButton)
    rotations = [i for i in page.model.items if i.kind == "activity"]
    holders = [{r.role: r.holder for r in i.roles} for i in rotations]
    assert all(set(h) == {"scribe", "timekeeper"} for h in holders)
    for before, after in itertools.pairwise(holders):
        assert before["scribe"] != after["scribe"]
        assert before["timekeeper"] != after["timekeeper"]
    assert page.model.items[2].roles == ()  # the break has no scribe
    page.undo_stack.undo()
    assert all(i.roles == () for i in page.model.items)


def test_a_role_is_chosen_from_the_participants(qtbot, page, ctx, workshop) -> None:
    workshop_id, day_id = workshop
    with ctx.db.transaction() as session:
        session.add(Participant(workshop_id=workshop_id, name="Anne"))
    ids = fill(ctx, day_id)
    page.select_item(ids[0])
    box = page.detail.role_boxes["scribe"]
    box.setCurrentIndex(box.findText("Anne"))
    box.activated.emit(box.currentIndex())
    roles = agenda.day_agenda(ctx.db, day_id).items[0].roles
    assert [(r.role, r.holder) for r in roles] == [("scribe", "Anne")]
    assert roles[0].participant_id is not None


def test_days_are_tabs_and_the_chosen_day_becomes_current(qtbot, page, ctx, workshop) -> None:
    day_id = page.days.add_day(DayFields(None, "Suite", "Salle B", time(8, 30)))
    assert page.tabs.count() == 2 and page.tabs.tabText(1) == "Day 2 — Suite"
    assert ctx.current_day_id == day_id
    page.tabs.setCurrentIndex(0)
    assert ctx.current_day_id == workshop[1]
    page.tabs.setCurrentIndex(1)
    page.days.edit_day(DayFields(None, "Suite", "Salle C", time(9, 15)))
    assert "Salle C" in page.day_label.text()
    page.days.remove_day()
    assert page.tabs.count() == 1
    page.undo_stack.undo()
    assert page.tabs.count() == 2


def test_totals_count_the_day_and_the_workshop(page, ctx, workshop) -> None:
    fill(ctx, workshop[1])
    assert "1 h 10 min of work, 1 h 30 min in all" in page.totals.text()


def test_removing_an_item_can_be_undone(qtbot, page, ctx, workshop) -> None:
    ids = fill(ctx, workshop[1])
    page.select_item(ids[1])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [t for t, _ in shown(page)] == ["Rotation 1", "Pause", "Rotation 3"]
    page.undo_stack.undo()
    assert [t for t, _ in shown(page)][1] == "Rotation 2"


def test_an_item_moves_to_another_day_from_its_details(qtbot, page, ctx, workshop) -> None:
    workshop_id, day_id = workshop
    ids = fill(ctx, day_id)
    second = agenda.add_day(ctx.db, workshop_id, title="Suite")
    page.select_item(ids[0])
    box = page.detail.day
    box.setCurrentIndex(box.findData(second))
    box.activated.emit(box.currentIndex())
    assert [t for t, _ in shown(page)] == ["Rotation 2", "Pause", "Rotation 3"]
    assert [i.id for i in agenda.day_agenda(ctx.db, second).items] == [ids[0]]
    page.undo_stack.undo()
    assert page.model.items[0].id == ids[0]
