"""Running a day that is not today's asks first; a rehearsal records nothing and says so; the
recorded times of a day can be cleared from the console, and undone."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from facilitator_app.models import AgendaItem, PhaseLog, RunState
from facilitator_app.services import agenda
from facilitator_app.ui.live import rehearsal

REAL_ASK = rehearsal.ask_run_mode


def press_in_question(monkeypatch, button_name: str, asked: list[str]) -> None:
    """Presses a real button of the question instead of waiting for a person."""

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        if button_name == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def recorded(db) -> tuple[int, int, int]:
    with db.reading() as session:
        started = session.scalar(
            select(func.count()).select_from(AgendaItem).where(AgendaItem.actual_start.is_not(None))
        )
        logs = session.scalar(select(func.count()).select_from(PhaseLog))
        states = session.scalar(select(func.count()).select_from(RunState))
        return started, logs, states


def test_a_rehearsal_is_asked_for_says_so_and_records_nothing(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.ui.live import open_console

    monkeypatch.setattr(rehearsal, "ask_run_mode", REAL_ASK)
    asked: list[str] = []
    press_in_question(monkeypatch, "liveRehearse", asked)
    console = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(console)
    assert asked == ["This day has no date. Is this a rehearsal?"]
    assert not console.run.recording
    assert console.rehearsal_banner.isVisible()
    assert "REHEARSAL" in console.windowTitle()
    assert console.agenda.lateness.text().startswith("Rehearsal: ")
    console.commands["toggle"].trigger()
    console.commands["next"].trigger()
    console.commands["next"].trigger()
    console.close()
    assert recorded(ctx.db) == (0, 0, 0)


def test_running_for_real_records_and_cancelling_opens_nothing(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.ui.live import open_console

    monkeypatch.setattr(rehearsal, "ask_run_mode", REAL_ASK)
    asked: list[str] = []
    press_in_question(monkeypatch, "cancel", asked)
    assert open_console(ctx, workshop["workshop"], None) is None
    press_in_question(monkeypatch, "liveRunForReal", asked)
    console = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(console)
    assert len(asked) == 2
    assert console.run.recording and not console.rehearsal_banner.isVisible()
    console.commands["toggle"].trigger()
    assert recorded(ctx.db) == (1, 1, 1)
    console.close()


def test_todays_day_runs_without_asking(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.ui.live import open_console

    agenda.update_day(ctx.db, workshop["day"], date=date.today())
    asked: list[object] = []
    monkeypatch.setattr(rehearsal, "ask_run_mode", lambda *a, **k: asked.append(a))
    console = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(console)
    assert asked == [] and console.run.recording
    console.close()


def test_clearing_the_days_times_from_the_console_is_undoable(
    qtbot, ctx, main_window, console, monkeypatch
):
    questions: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        questions.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    console.commands["toggle"].trigger()
    console.commands["next"].trigger()
    before = recorded(ctx.db)
    assert before[0] == 1 and before[1] >= 2
    assert console.clear_times.text() == "Clear the day's actual times…"

    console.clear_times.trigger()

    assert questions == ["Clear the day's actual times"]
    assert recorded(ctx.db) == (0, 0, 0)
    assert console.run.index == 0 and not console.controller.snapshot.started
    assert ctx.undo_stack.undoText() == "clear the day's recorded times"
    ctx.undo_stack.undo()
    assert recorded(ctx.db)[:2] == before[:2]


def test_the_light_theme_toggle_says_where_it_applies(qtbot, console):
    assert console.light_theme.text() == "Light theme on the projector"
