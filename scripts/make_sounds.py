"""Generate the timer's chimes: resources/sounds/chime-soft.wav and chime-end.wav.

Standard library only, deterministic (the committed files are what this script writes).
Bell-like tones: a few sine partials at a bell's slightly inharmonic ratios, each with its own
exponential decay, a 6 ms attack (no click) and a short fade at the end.
16-bit mono, 44.1 kHz.

    .venv/bin/python scripts/make_sounds.py [output-folder]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
# (frequency ratio, relative amplitude, decay time constant in seconds) of a soft bell.
BELL = ((1.0, 1.0, 0.55), (2.0, 0.45, 0.32), (2.76, 0.22, 0.22), (5.4, 0.08, 0.10))
ATTACK = 0.006
FADE = 0.05


def bell(frequency: float, start: float, length: float, total: float) -> list[float]:
    """One struck note starting at `start` seconds, in a buffer of `total` seconds."""
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for n in range(int(length * RATE)):
        index = first + n
        if index >= len(samples):
            break
        t = n / RATE
        envelope = min(1.0, t / ATTACK)
        value = 0.0
        for ratio, amplitude, decay in BELL:
            phase = 2 * math.pi * frequency * ratio * t
            value += amplitude * math.exp(-t / decay) * math.sin(phase)
        samples[index] = envelope * value
    return samples


def mix(*tracks: list[float], peak: float) -> list[float]:
    mixed = [sum(values) for values in zip(*tracks, strict=True)]
    loudest = max(abs(v) for v in mixed) or 1.0
    scale = peak / loudest
    fade = int(FADE * RATE)
    count = len(mixed)
    for i in range(count):
        tail = count - 1 - i
        mixed[i] *= scale * (tail / fade if tail < fade else 1.0)
    return mixed


def write(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def soft_chime() -> list[float]:
    """One gentle A5 bell, about a second: "time is nearly up"."""
    total = 1.0
    return mix(bell(880.0, 0.0, total, total), peak=0.35)


def end_chime() -> list[float]:
    """Three rising notes (C6, E6, G6), clearer, about a second and a half: "time is up"."""
    total = 1.5
    notes = ((1046.5, 0.0), (1318.5, 0.18), (1568.0, 0.36))
    return mix(*(bell(f, start, total - start, total) for f, start in notes), peak=0.7)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "resources/sounds"
    folder.mkdir(parents=True, exist_ok=True)
    write(folder / "chime-soft.wav", soft_chime())
    write(folder / "chime-end.wav", end_chime())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
