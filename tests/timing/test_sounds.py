from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

from facilitator_app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_chimes_are_short_mono_wavs_that_fade_in_and_out() -> None:
    for name, seconds in (("chime-soft.wav", 1.0), ("chime-end.wav", 1.5)):
        path = resource_path("sounds", name)
        assert path.stat().st_size < 200_000
        with wave.open(str(path)) as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (
                1,
                2,
                44_100,
            )
            assert abs(sound.getnframes() / 44_100 - seconds) < 0.01
            frames = sound.readframes(sound.getnframes())
        samples = memoryview(frames).cast("h")
        assert samples[0] == 0 and samples[-1] == 0  # no click
        assert 8_000 < max(abs(s) for s in samples) < 32_000  # audible, not clipped


def test_the_committed_chimes_are_what_the_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "scripts/make_sounds.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main([str(tmp_path)])
    for name in ("chime-soft.wav", "chime-end.wav"):
        assert (tmp_path / name).read_bytes() == resource_path("sounds", name).read_bytes()
