"""What the console shows while the room runs: a paused timer says so, the break screen stops
the activity's clock, the projection follows +1 min, the agenda panel never pushes the buttons,
and long titles wrap then end with an ellipsis on the projector."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QImage

from facilitator_app.services.live import LiveRun
from facilitator_app.ui.live.console import ConsoleWindow
from facilitator_app.ui.live.display import DisplayState
from facilitator_app.ui.live.projector_paint import ProjectorPainter
from facilitator_app.ui.live.projector_text import fitted_text

LONG_TITLE = "Les fondements de la coopération et de l'intelligence collective dans nos équipes"


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def make_console(qtbot, ctx, workshop, fake_clock, wall=None) -> ConsoleWindow:
    run = LiveRun(ctx.db, workshop["workshop"], clock=fake_clock, wall=wall or Wall())
    console = ConsoleWindow(ctx, run)
    console.controller.clock = fake_clock
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    return console


def projected(console) -> list[str]:
    tree = console.agenda.tree
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_a_paused_timer_says_paused_on_the_console_and_marks_the_projector(
    qtbot, ctx, workshop, fake_clock
):
    console = make_console(qtbot, ctx, workshop, fake_clock)
    assert not console.controller.facilitator_state.paused  # ready, not paused
    console.commands["toggle"].trigger()
    assert console.controller.facilitator_state.paused_label == ""
    console.commands["toggle"].trigger()
    assert console.controller.facilitator_state.paused_label == "PAUSED"
    assert console.projector.state.paused and console.projector.state.paused_label == ""
    # The mark is painted: the paused picture differs from the running one.
    running = DisplayState(remaining=60, total=60, running=True, phase_name="Alone")
    paused = DisplayState(remaining=60, total=60, phase_name="Alone", paused=True)
    assert render(running) != render(paused)


def render(state: DisplayState) -> QImage:
    image = QImage(480, 270, QImage.Format.Format_ARGB32)
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    ProjectorPainter().paint(painter, 480, 270, state)
    painter.end()
    return image


def test_the_break_screen_stops_the_activity_clock_and_gives_it_back(
    qtbot, ctx, workshop, fake_clock
):
    console = make_console(qtbot, ctx, workshop, fake_clock)
    console.commands["toggle"].trigger()
    fake_clock.now += 10
    console.controller.show_break(5)
    fake_clock.now += 120  # the room is on its break
    console.controller.refresh()
    assert console.run.snapshot().remaining == 50
    console.controller.show_break(None)
    assert console.run.engine.running
    fake_clock.now += 5
    assert console.run.snapshot().remaining == 45


def test_added_minutes_move_the_projected_times_and_the_days_end(qtbot, ctx, workshop, fake_clock):
    wall = Wall()
    console = make_console(qtbot, ctx, workshop, fake_clock, wall)
    console.commands["toggle"].trigger()
    assert projected(console) == ["9:00 AM", "9:05 AM", "9:20 AM"]
    ends = console.agenda.lateness.text()
    for _ in range(3):
        console.commands["add_minute"].trigger()
    assert projected(console) == ["9:00 AM", "9:08 AM", "9:23 AM"]
    assert console.agenda.lateness.text() == "3 min late - the day ends at 9:43 AM"
    assert console.agenda.lateness.text() != ends


def test_the_agenda_panel_keeps_its_width_whatever_it_says(qtbot, ctx, workshop, fake_clock):
    console = make_console(qtbot, ctx, workshop, fake_clock)
    button = console.findChild(object, "liveButton_toggle")
    qtbot.waitUntil(lambda: console.agenda.width() > 0)
    width, where = console.agenda.width(), button.mapTo(console, button.rect().topLeft())
    console.agenda.lateness.setText("13 h 29 min early - the day ends at 2:31 AM " * 3)
    console.agenda.lateness.updateGeometry()
    qtbot.wait(10)
    assert console.agenda.width() == width
    assert button.mapTo(console, button.rect().topLeft()) == where


def test_a_long_title_shrinks_or_pages_and_is_never_cut(qtbot):
    size, pages = fitted_text(LONG_TITLE, 60, 36, 900, 2)
    assert size < 60 and len(pages) == 1  # smaller letters, the whole title
    assert " ".join(pages[0]) == LONG_TITLE
    size, pages = fitted_text(" ".join([LONG_TITLE] * 4), 60, 36, 900, 2)
    assert size == 36 and len(pages) > 1  # too long even small: in pages, shown in turn
    assert " ".join(line for page in pages for line in page) == " ".join([LONG_TITLE] * 4)
    assert not any("…" in line for page in pages for line in page)
    assert fitted_text("Seul", 60, 36, 900, 2) == (60, (("Seul",),))


