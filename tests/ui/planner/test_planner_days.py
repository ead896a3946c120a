"""Adding a day proposes the next working day; weekend days are flagged; tabs do not repeat a
title that already says "Day 1"."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QDialog

from facilitator_app.services import agenda, workshops
from facilitator_app.ui.planner import PlannerPage
from facilitator_app.ui.planner.dialogs import DayDialog, DayFields
from facilitator_app.ui.planner.workdays import next_working_day, proposed_date

THURSDAY = date(2026, 11, 26)


def test_next_working_day_skips_the_weekend() -> None:
    assert next_working_day(THURSDAY) == date(2026, 11, 27)
    assert next_working_day(date(2026, 11, 27)) == date(2026, 11, 30)  # Friday -> Monday
    assert next_working_day(date(2026, 11, 28)) == date(2026, 11, 30)  # Saturday -> Monday
    assert proposed_date([None, THURSDAY, date(2026, 11, 25), None]) == date(2026, 11, 27)
    assert proposed_date([None, None]) is None


@pytest.fixture
def page(qtbot, ctx) -> PlannerPage:
    workshop_id = workshops.create_workshop(
        ctx.db, "Management", first_day=THURSDAY, start_time=time(9, 0)
    )
    widget = PlannerPage(ctx, workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_add_day_proposes_the_working_day_after_the_last_dated_day(page, monkeypatch) -> None:
    proposed: list[DayFields] = []

    def accept(dialog: DayDialog) -> int:
        proposed.append(dialog.fields())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DayDialog, "exec", accept)
    page.days.add_day()
    page.days.add_day()
    assert [f.date for f in proposed] == [date(2026, 11, 27), date(2026, 11, 30)]
    assert [d.date for d in page.plan.days] == [THURSDAY, date(2026, 11, 27), date(2026, 11, 30)]
    assert not page.weekend.isVisibleTo(page)
    assert all(not page.tabs.tabToolTip(n) for n in range(page.tabs.count()))


def test_a_weekend_day_is_flagged_in_its_tab_the_day_line_and_the_dialog(qtbot, page, ctx):
    day_id = page.plan.days[0].id
    agenda.update_day(ctx.db, day_id, date=date(2026, 11, 28))  # a Saturday
    assert page.tabs.tabToolTip(0)
    assert not page.tabs.tabIcon(0).isNull()
    assert page.weekend.isVisibleTo(page) and page.weekend.text()
    page.grab().save("/tmp/shots/planner_weekend.png")
    dialog = DayDialog(DayFields(date(2026, 11, 29), "", "", time(9, 0)))
    qtbot.addWidget(dialog)
    assert dialog.weekend.isVisibleTo(dialog) and dialog.weekend.text()
    dialog.grab().save("/tmp/shots/day_dialog_weekend.png")
    dialog.date.setDate(dialog.date.date().addDays(1))  # Monday
    assert not dialog.weekend.isVisibleTo(dialog)
    dialog.date.setDate(dialog.date.date().addDays(-2))  # Saturday again
    dialog.has_date.setChecked(False)  # an undated day has no weekday
    assert not dialog.weekend.isVisibleTo(dialog)
    agenda.update_day(ctx.db, day_id, date=date(2026, 11, 30))
    assert not page.tabs.tabToolTip(0) and page.tabs.tabIcon(0).isNull()
    assert not page.weekend.isVisibleTo(page)


def test_a_tab_does_not_repeat_a_title_that_names_the_day(page, ctx) -> None:
    day_id = page.plan.days[0].id
    label = page.days.tr("Day {n}").format(n=1)
    agenda.update_day(ctx.db, day_id, title=label)
    assert page.tabs.tabText(0) == label
    agenda.update_day(ctx.db, day_id, title=f"{label.upper()} : ouverture")
    assert page.tabs.tabText(0) == f"{label.upper()} : ouverture"
    agenda.update_day(ctx.db, day_id, title="Ouverture")
    assert page.tabs.tabText(0) == f"{label} — Ouverture"
    agenda.update_day(ctx.db, day_id, title=f"{label}2")  # "Day 12" is another day
    assert page.tabs.tabText(0) == f"{label} — {label}2"


def test_the_day_dialog_takes_a_time_typed_as_in_the_planner(qtbot):
    from datetime import time as clock_time

    from facilitator_app.ui.planner.dialogs import DayDialog, DayFields

    dialog = DayDialog(DayFields(None, "Jour 1", "", clock_time(9, 0)), None, "fr")
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "9h00"
    for typed, expected in (("9h30", clock_time(9, 30)), ("1415", clock_time(14, 15))):
        dialog.start.setText(typed)
        dialog.accept()
        assert dialog.fields().start_time == expected
    dialog.start.setText("n'importe quoi")
    dialog.accept()
    assert dialog.fields().start_time == clock_time(14, 15)  # the last good one is kept
