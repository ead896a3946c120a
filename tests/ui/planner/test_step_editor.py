"""The planner's step editor, in French: a World Café's steps edited one by one (rotations of
20, 25 and 25 minutes, a break after the second, a question per rotation), a new length
proposed within the method's bounds instead of rescaling every step, and undo."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from facilitator_app.services import agenda, workshops
from facilitator_app.timing.steps import expand_steps
from facilitator_app.ui.planner import PlannerPage
from facilitator_app.ui.undo import undo_last


@pytest.fixture
def page(qtbot, french) -> PlannerPage:
    ctx = french
    workshop_id = workshops.create_workshop(ctx.db, "World Café", start_time=time(14, 35))
    day_id = workshops.get_outline(ctx.db, workshop_id).days[0].id
    item_id = agenda.add_tool_item(ctx.db, day_id, "world-cafe")
    widget = PlannerPage(ctx, workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_item(item_id)
    return widget


def steps(page: PlannerPage) -> list[tuple[str, int, str]]:
    item = page.current_item()
    return [
        (s.text("fr")[0], s.planned_seconds // 60, s.question)
        for s in expand_steps(item.phases, item.duration_minutes)
    ]


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    field.insert(text)
    field.textEdited.emit(field.text())
    field.editingFinished.emit()


def test_a_new_length_is_proposed_within_the_methods_bounds(qtbot, page) -> None:
    editor = page.detail.steps
    page.detail.duration.setValue(75)
    assert editor.proposal.isVisible()
    text = editor.proposal_text.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert "Rotation : 20 min → 18 min (× 3)" in text
    assert page.current_item().duration_minutes == 85  # nothing changed yet
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert page.current_item().duration_minutes == 75
    assert [m for _name, m, _q in steps(page)] == [4, 18, 18, 18, 5, 12]
    undo_last(page.ctx.undo_stack)
    assert page.current_item().duration_minutes == 85


def test_past_the_bounds_it_asks_before_stretching_every_step(qtbot, page) -> None:
    editor = page.detail.steps
    page.detail.duration.setValue(200)
    assert editor.rescale_button.isVisible() and not editor.apply_button.isVisible()
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert page.detail.duration.value() == 85 and not editor.proposal.isVisible()
    page.lengthen_selected(5)  # + on the timeline: a proposal too, not a silent rescale
    assert editor.pending is not None and editor.pending[0] == 90
    page.lengthen_selected(5)
    assert editor.pending[0] == 95
    assert page.current_item().duration_minutes == 85


def test_the_seed_world_cafe_is_built_step_by_step(qtbot, page) -> None:
    editor = page.detail.steps
    editor.list.setCurrentRow(1)  # the rotation, 3 rounds of 20 minutes
    qtbot.mouseClick(editor.buttons["split"], Qt.MouseButton.LeftButton)
    assert [m for _n, m, _q in steps(page)] == [5, 20, 20, 20, 5, 15]
    editor.list.setCurrentRow(2)
    editor.minutes.setValue(25)
    editor.list.setCurrentRow(3)
    editor.minutes.setValue(25)
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)  # after the second
    assert editor.list.currentRow() == 3
    type_into(qtbot, editor.name, "Pause")
    editor.minutes.setValue(20)
    for row, question in ((1, "D'où vient le projet ?"), (2, "Quels moyens ?"), (4, "Et après ?")):
        editor.list.setCurrentRow(row)
        type_into(qtbot, editor.question_fields[0], question)
    assert steps(page) == [
        ("Accueil", 5, ""),
        ("Rotation", 20, "D'où vient le projet ?"),
        ("Rotation", 25, "Quels moyens ?"),
        ("Pause", 20, ""),
        ("Rotation", 25, "Et après ?"),
        ("Préparer la restitution", 5, ""),
        ("Récolte en plénière", 15, ""),
    ]
    assert page.current_item().duration_minutes == 115
    qtbot.mouseClick(editor.buttons["up"], Qt.MouseButton.LeftButton)
    assert [n for n, _m, _q in steps(page)][3:5] == ["Rotation", "Pause"]
    qtbot.mouseClick(editor.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "Pause" in [n for n, _m, _q in steps(page)]
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert [m for _n, m, _q in steps(page)] == [5, 20, 20, 20, 5, 15]
    page.grab().save("/tmp/shots/planner-steps-fr.png")


def test_a_fixed_item_is_marked_in_the_detail(qtbot, page) -> None:
    page.detail.fixed.click()
    assert page.current_item().fixed
