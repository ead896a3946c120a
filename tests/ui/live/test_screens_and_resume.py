"""The projector follows the screens; a crash is followed by an offer to resume."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from facilitator_app.ui.live.projector import choose_screen


@dataclass
class FakeScreen:
    label: str

    def name(self) -> str:
        return self.label

    def geometry(self) -> QRect:
        return QRect(0, 0, 1920, 1080)


def test_the_remembered_screen_wins_then_any_other_than_the_console():
    assert choose_screen(["laptop", "HDMI-1"], "HDMI-1", "laptop") == "HDMI-1"
    assert choose_screen(["laptop", "HDMI-2"], "HDMI-1", "laptop") == "HDMI-2"
    assert choose_screen(["laptop"], "HDMI-1", "laptop") is None


def test_the_view_moves_when_a_screen_is_plugged_in_and_pulled_out(qtbot, console, monkeypatch):
    projector = console.projector
    screens = [FakeScreen("laptop")]
    moved: list[str] = []
    monkeypatch.setattr(projector, "_screens", lambda: list(screens))
    monkeypatch.setattr(projector, "_console_screen_name", lambda: "laptop")
    monkeypatch.setattr(
        projector,
        "_move_to",
        lambda s: moved.append(s.name()) or setattr(projector, "current_screen_name", s.name()),
    )
    app = QGuiApplication.instance()
    real = app.primaryScreen()

    screens.append(FakeScreen("HDMI-1"))
    app.screenAdded.emit(real)
    qtbot.waitUntil(lambda: moved == ["HDMI-1"])

    screens.pop()
    app.screenRemoved.emit(real)
    qtbot.waitUntil(lambda: projector.current_screen_name == "laptop")
    assert projector.isVisible()  # a window on the laptop: the room keeps its timer
    console.commands["toggle"].trigger()
    assert console.run.engine.running  # nothing stopped


def test_choosing_a_screen_is_remembered(qtbot, console, ctx):
    name = QGuiApplication.primaryScreen().name()
    console.projector.send_to_screen(name)
    assert ctx.settings.get("projector_screen") == name


def test_resume_is_offered_after_a_crash(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.ui.live import open_console

    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    first = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(first)
    first.commands["toggle"].trigger()
    first.commands["next"].trigger()  # now running "Pairs", round 1 of 2
    assert asked == []
    # The crash: the window goes without finishing anything; only the database remains.
    first.controller.timer.stop()
    first.projector.dispose()
    first.hide()
    first.deleteLater()

    second = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(second)
    assert len(asked) == 1
    assert asked[0].startswith("Resume: 1-2-4-All, step Pairs, round 1 of 2, ")
    assert " ago?" in asked[0]
    assert second.run.engine.index == 1
    assert second.run.engine.running
    second.close()


def test_declining_starts_afresh_and_is_not_asked_again(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.ui.live import open_console

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    first = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(first)
    first.commands["toggle"].trigger()
    first.close()
    second = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(second)
    second.close()
    third = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(third)
    third.close()
    assert len(asked) == 1


def test_ending_the_run_leaves_nothing_to_resume(qtbot, ctx, workshop, monkeypatch):
    from facilitator_app.services.live import pending_resume
    from facilitator_app.ui.live import open_console

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    console = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(console)
    console.commands["toggle"].trigger()
    assert pending_resume(ctx.db, workshop["workshop"]) is not None
    console.end_run.trigger()
    assert pending_resume(ctx.db, workshop["workshop"]) is None
    assert not console.isVisible()


def test_a_second_console_for_the_same_workshop_brings_the_first_forward(qtbot, ctx, workshop):
    from facilitator_app.ui.live import open_console

    first = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(first)
    assert open_console(ctx, workshop["workshop"], None) is first
    first.close()
