"""After a rehearsal, the day bar offers to forget the recorded times (asked, undoable)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator_app.models import AgendaItem
from facilitator_app.services import agenda, workshops
from facilitator_app.ui.planner import PlannerPage

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def setup(qtbot, ctx):
    workshop_id = workshops.create_workshop(
        ctx.db, "Forum", first_day=date(2026, 3, 2), start_time=time(9, 0)
    )
    day_id = workshops.get_outline(ctx.db, workshop_id).days[0].id
    first = agenda.add_item(ctx.db, day_id, title="Accueil", duration_minutes=30)
    agenda.add_item(ctx.db, day_id, title="Atelier", duration_minutes=60)
    with ctx.db.transaction() as session:
        item = session.get(AgendaItem, first)
        item.actual_start = START
        item.actual_end = START.replace(minute=40)
    other_day = agenda.add_day(ctx.db, workshop_id, date=date(2026, 3, 3), title="Suite")
    agenda.add_item(ctx.db, other_day, title="Bilan", duration_minutes=30)
    page = PlannerPage(ctx, workshop_id)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, day_id, first


def recorded(ctx, day_id: int) -> list[bool]:
    return [i.has_started for i in agenda.day_agenda(ctx.db, day_id).items]


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_clearing_asks_then_forgets_the_times_and_undo_brings_them_back(
    qtbot, ctx, setup, monkeypatch
) -> None:
    page, day_id, _first = setup
    button = page.days.clear_times_button
    assert button.isVisibleTo(page)
    page.grab().save("/tmp/shots/planner_clear_times.png")
    page.days.tabs.setCurrentIndex(1)  # nothing was recorded on the second day
    assert not button.isVisibleTo(page)
    page.days.tabs.setCurrentIndex(0)
    assert button.isVisibleTo(page)

    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    button.click()
    assert asked and recorded(ctx, day_id) == [True, False]

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    button.click()
    assert recorded(ctx, day_id) == [False, False]
    assert not button.isVisibleTo(page)
    assert not page.lateness.isVisibleTo(page)
    page.undo_stack.undo()
    assert recorded(ctx, day_id) == [True, False]
    assert button.isVisibleTo(page)
    page.undo_stack.redo()
    assert recorded(ctx, day_id) == [False, False]
