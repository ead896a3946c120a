"""The UI's timer only repaints at the engine's next visible change; chimes sound on time;
without sound the run goes on."""

from __future__ import annotations

import importlib
import logging

from facilitator_app.services.live import LiveRun
from facilitator_app.timing.chimes import Chime
from facilitator_app.ui.live import sound
from facilitator_app.ui.live.controller import RoomController
from tests.ui.live.conftest import REAL_LOAD_EFFECTS


def make_controller(ctx, workshop, clock, played):
    run = LiveRun(ctx.db, workshop["workshop"], clock=clock)
    return RoomController(run, ctx.settings, "en", played.append, clock=clock)


def test_display_follows_the_clock_and_one_timer_is_armed(qtbot, ctx, workshop, fake_clock):
    played: list = []
    controller = make_controller(ctx, workshop, fake_clock, played)
    controller.command("toggle")
    assert controller.state.digits == "01:00"
    fake_clock.now += 12.3
    controller.refresh()
    assert controller.state.digits == "00:48"
    # Next change when 47.7 s would show 00:47... i.e. in 0.7 s, never a fixed tick.
    assert controller.timer.isSingleShot()
    assert 690 <= controller.timer.interval() <= 710
    fake_clock.now += 60
    controller.refresh()
    assert controller.state.digits == "+00:12"
    assert controller.state.level == "overtime"


def test_soft_chime_before_the_end_and_the_end_chime_at_zero(qtbot, ctx, workshop, fake_clock):
    ctx.settings.set("chime_before_end_seconds", 30)
    played: list = []
    controller = make_controller(ctx, workshop, fake_clock, played)
    controller.command("toggle")
    fake_clock.now += 29.0
    controller.refresh()
    assert played == []
    # The armed timer aims at the soft chime: 1 s away (remaining 31 -> 30).
    assert controller.timer.interval() <= 1000
    fake_clock.now += 1.0
    controller.refresh()
    assert played == [Chime.SOFT]
    fake_clock.now += 30.0
    controller.refresh()
    assert played == [Chime.SOFT, Chime.END]
    controller.refresh()
    assert played == [Chime.SOFT, Chime.END]  # once each


def test_muted_chimes_stay_silent(qtbot, ctx):
    ctx.settings.set("sound_muted", True)
    player = sound.ChimePlayer(ctx.settings)
    player.play(Chime.END)
    assert player.played == []


def test_no_multimedia_means_silence_a_log_line_and_a_note(
    qtbot, console, ctx, monkeypatch, caplog
):
    monkeypatch.setattr(sound, "load_effects", REAL_LOAD_EFFECTS)
    real_import = importlib.import_module

    def no_multimedia(name, *args):
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args)

    monkeypatch.setattr(sound.importlib, "import_module", no_multimedia)
    with caplog.at_level(logging.WARNING, logger="facilitator_app.ui.live.sound"):
        console.player.play(Chime.END)
    assert not console.player.available
    assert "libpulse" in console.player.problem
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "Chimes off" in console.statusBar().currentMessage()
    console.commands["toggle"].trigger()
    assert console.run.engine.running


def test_the_real_audio_stack_is_probed_quietly(qtbot, ctx, monkeypatch):
    """With or without libpulse and an audio device: no crash, no Qt warning, one answer."""
    monkeypatch.setattr(sound, "load_effects", REAL_LOAD_EFFECTS)
    player = sound.ChimePlayer(ctx.settings)
    player.prepare()
    assert player.available or player.problem
    player.play(Chime.SOFT)  # never raises, plays or stays silent
