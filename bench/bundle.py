"""The built bundle (dist/facilitator-app, `make bundle`) against the virtualenv: time from
process start to the main window with its data attached, the workshops listed from the
database (goal: the bundle at most 1.5x the virtualenv), and the bundle's size. Skipped when
no bundle was built."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from facilitator_app import APP_SLUG
from facilitator_app.ui.launch import QUIT_WHEN_LISTED_ENV

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / APP_SLUG
SAMPLES = 5


def _time_to_list(command: list[str]) -> float:
    env = {**os.environ, QUIT_WHEN_LISTED_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    elapsed = time.perf_counter() - started
    if "listed" not in done.stdout:
        raise RuntimeError(f"{command[0]} did not list the workshops: {done.stderr.strip()}")
    return elapsed


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def run() -> list[Figure]:
    program = BUNDLE / APP_SLUG
    if not program.exists():
        return [Figure("bundle not built (make bundle): skipped", 0, "-", "-", True)]
    with tempfile.TemporaryDirectory() as temporary:
        frozen = [str(program), "--data-dir", str(Path(temporary) / "frozen")]
        source = [sys.executable, "-m", "facilitator_app", "--data-dir"]
        source.append(str(Path(temporary) / "source"))
        _time_to_list(frozen)  # first start: database and demo
        _time_to_list(source)
        bundle_times, venv_times = [], []
        for _ in range(SAMPLES):
            bundle_times.append(_time_to_list(frozen))
            venv_times.append(_time_to_list(source))
    bundle, venv = statistics.median(bundle_times), statistics.median(venv_times)
    ratio = bundle / venv
    size = size_mb(BUNDLE)
    return [
        Figure("virtualenv: start to data attached (median)", venv * 1000, "ms", "-", True),
        Figure("bundle: start to data attached (median)", bundle * 1000, "ms", "-", True),
        Figure("bundle / virtualenv, start to data attached", ratio, "x", "<= 1.5",
               ratio <= 1.5),
        Figure("bundle size on disk", size, "MB", "-", True),
    ]
