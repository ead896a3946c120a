"""The chimes: QtMultimedia's QSoundEffect, loaded only when the console prepares them.

Sound is a nicety, never a reason to stop: if QtMultimedia is missing (no libpulse), or there
is no audio output, the run goes on silently with one line in the log and a note in the
console. The probe's own Qt messages (plugin and backend chatter) go to the log at debug level
instead of the terminal.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, qInstallMessageHandler

from facilitator_app.timing.chimes import Chime

log = logging.getLogger(__name__)


class SoundUnavailable(Exception):
    """Why the chimes cannot play; its text is shown in the console."""


@contextmanager
def _qt_messages_to_log() -> Iterator[None]:
    def handler(_kind: Any, _context: Any, message: str) -> None:
        log.debug("qt multimedia: %s", message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def load_effects(files: dict[Chime, Path], parent: QObject) -> dict[Chime, Any]:
    """One QSoundEffect per chime, loaded in advance so playing never waits for the disk."""
    with _qt_messages_to_log():
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError as exc:
            raise SoundUnavailable(
                QCoreApplication.translate("Sound", "Sound is not available ({error}).").format(
                    error=exc
                )
            ) from exc
        if not multimedia.QMediaDevices.audioOutputs():
            raise SoundUnavailable(
                QCoreApplication.translate("Sound", "No audio output was found.")
            )
        effects = {}
        for chime, path in files.items():
            effect = multimedia.QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effects[chime] = effect
    return effects


class ChimePlayer(QObject):
    """Plays a chime by name at the volume of the settings; silent when muted or unavailable."""

    def __init__(self, settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._effects: dict[Chime, Any] | None = None
        self.problem: str = ""
        self.played: list[Chime] = []  # what was asked to sound, for the console and tests
        self.on_problem: Callable[[str], None] | None = None

    def prepare(self) -> None:
        if self._effects is not None or self.problem:
            return
        try:
            self._effects = load_effects({c: c.sound_file for c in Chime}, self)
        except SoundUnavailable as exc:
            self._fail(str(exc))
        except Exception as exc:  # a broken audio stack must not stop the run
            self._fail(str(exc))

    def _fail(self, reason: str) -> None:
        self.problem = reason
        self._effects = {}
        log.warning("chimes disabled: %s", reason)
        if self.on_problem is not None:
            self.on_problem(reason)

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, chime: Chime) -> None:
        if self.settings.get("sound_muted"):
            return
        self.played.append(chime)
        self.prepare()
        effect = (self._effects or {}).get(chime)
        if effect is None:
            return
        effect.setVolume(self.settings.get("sound_volume") / 100)
        effect.play()  # asynchronous: QSoundEffect never blocks the UI thread
