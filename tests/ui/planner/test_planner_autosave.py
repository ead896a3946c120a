"""What is typed in the planner's details is saved on its own item, even when the user moves on
before the autosave pause: to another item, another day, or away from the page."""

from __future__ import annotations

from datetime import time

import pytest

from facilitator_app.services import agenda, workshops
from facilitator_app.ui.planner import PlannerPage


@pytest.fixture
def setup(qtbot, ctx) -> tuple[PlannerPage, int, list[int]]:
    workshop_id = workshops.create_workshop(ctx.db, "Forum", start_time=time(9, 0))
    day_id = workshops.get_outline(ctx.db, workshop_id).days[0].id
    ids = [agenda.add_item(ctx.db, day_id, title=t, duration_minutes=10) for t in "AB"]
    page = PlannerPage(ctx, workshop_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, day_id, ids


def stored(ctx, day_id: int, field: str) -> dict[int, str]:
    return {item.id: getattr(item, field) for item in agenda.day_agenda(ctx.db, day_id).items}


@pytest.mark.parametrize("field", ["notes", "question", "title"])
def test_typing_then_selecting_another_item_at_once_saves_on_the_first(
    qtbot, ctx, setup, field: str
) -> None:
    page, day_id, (a, b) = setup
    page.select_item(a)
    widget = getattr(page.detail, field)
    widget.setFocus()
    qtbot.keyClicks(widget, "typed")
    page.select_item(b)  # within the autosave pause
    saved = stored(ctx, day_id, field)
    assert saved[a].endswith("typed")
    assert not saved[b].endswith("typed")
    assert page.detail.item is not None and page.detail.item.id == b
    assert "typed" not in getattr(page.detail, f"{field}_saver").text()
    assert not getattr(page.detail, f"{field}_saver").pending()  # nothing left to land on B


def test_the_saved_typing_is_one_undoable_step(qtbot, ctx, setup) -> None:
    page, day_id, (a, b) = setup
    page.select_item(a)
    page.detail.notes.setFocus()
    qtbot.keyClicks(page.detail.notes, "important")
    page.select_item(b)
    assert page.undo_stack.undoText() == "change the step “A”"
    page.undo_stack.undo()
    assert stored(ctx, day_id, "notes")[a] == ""


def test_typing_then_hiding_the_page_saves(qtbot, ctx, setup) -> None:
    page, day_id, (a, _b) = setup
    page.select_item(a)
    page.detail.notes.setFocus()
    qtbot.keyClicks(page.detail.notes, "important")
    page.hide()
    assert stored(ctx, day_id, "notes")[a] == "important"


def test_typing_then_removing_the_item_keeps_the_typing_for_undo(
    qtbot, ctx, setup, monkeypatch
) -> None:
    page, day_id, (a, b) = setup
    shown: list[str] = []
    monkeypatch.setattr(
        "facilitator_app.ui.errors.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    page.select_item(a)
    page.detail.notes.setFocus()
    qtbot.keyClicks(page.detail.notes, "important")
    page.remove_item(a)
    assert shown == [] and stored(ctx, day_id, "notes") == {b: ""}
    page.undo_stack.undo()
    assert stored(ctx, day_id, "notes") == {a: "important", b: ""}


def test_typing_in_an_item_that_an_undo_removes_is_not_an_error(
    qtbot, ctx, setup, monkeypatch
) -> None:
    page, day_id, (_a, b) = setup
    shown: list[str] = []
    monkeypatch.setattr(
        "facilitator_app.ui.errors.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    added = page.add_quick("break")
    assert added is not None
    page.select_item(added)
    page.detail.notes.setFocus()
    qtbot.keyClicks(page.detail.notes, "important")
    page.undo_stack.undo()  # the main window's Undo: the break goes, with what was typed in it
    assert shown == []
    assert stored(ctx, day_id, "notes") == {_a: "", b: ""}
    assert not page.detail.notes_saver.pending()
