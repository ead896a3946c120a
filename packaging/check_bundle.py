"""Start the built bundle the way a user does, headless, and make it work: the window opens
(offscreen) on an empty data folder and installs the demo, then the bundle's own command line
lists the demo, prints its session summary and attendance sheets as PDF (and a method sheet),
exports the demo workshop and imports it back.

    python packaging/check_bundle.py [dist/facilitator-app]

Exit 0 when everything worked; otherwise one line saying what failed. `make bundle-check`
builds the bundle and runs this; it prints how long the window took to list the demo.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from facilitator_app import APP_SLUG  # noqa: E402

# The first start builds the database and imports the demo: generous on a busy CI machine.
WINDOW_SECONDS = 180


class BundleBroken(Exception):
    pass


def executable(folder: Path) -> Path:
    name = f"{APP_SLUG}.exe" if sys.platform == "win32" else APP_SLUG
    found = folder / name
    if not found.is_file():
        raise BundleBroken(f"no {name} in {folder} (run `make bundle` first)")
    return found


def run(program: Path, data: Path, *args: str) -> str:
    done = subprocess.run(
        [str(program), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(),
    )
    if done.returncode != 0:
        raise BundleBroken(f"`{' '.join(args)}` exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def _environment() -> dict[str, str]:
    # Nothing of the source checkout may leak into the frozen app.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("FACILITATOR_APP_DATA_DIR", None)
    env.pop("FACILITATOR_APP_DATABASE", None)
    return env


def listed(program: Path, data: Path) -> list[dict]:
    try:
        return json.loads(run(program, data, "workshops", "list", "--json"))
    except (BundleBroken, ValueError):
        return []


def open_window_until_demo(program: Path, data: Path) -> float:
    """Start the window on an empty data folder; seconds until it lists the demo (the app
    quits by itself then: FACILITATOR_APP_QUIT_WHEN_LISTED)."""
    started = time.perf_counter()
    env = {**_environment(), "FACILITATOR_APP_QUIT_WHEN_LISTED": "1"}
    try:
        done = subprocess.run(
            [str(program), "--data-dir", str(data), "--lang", "fr"],
            capture_output=True,
            text=True,
            timeout=WINDOW_SECONDS,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise BundleBroken(f"the window did not list the demo in {WINDOW_SECONDS} s") from exc
    seconds = time.perf_counter() - started
    words = done.stdout.split()
    if done.returncode != 0 or "listed" not in words:
        raise BundleBroken(f"the window quit with {done.returncode}: {done.stderr.strip()}")
    if int(words[words.index("listed") + 1]) == 0:
        raise BundleBroken("the window listed no workshop: the demo is missing")
    return seconds


def check(folder: Path) -> list[str]:
    program = executable(folder)
    lines = [f"bundle: {folder} ({size_mb(folder):.0f} MB)"]
    with tempfile.TemporaryDirectory() as temporary:
        data = Path(temporary) / "data"
        seconds = open_window_until_demo(program, data)
        lines.append(f"window opened offscreen and listed the demo in {seconds:.1f} s")
        demo = [w for w in listed(program, data) if not w["template"]]
        if not demo:
            raise BundleBroken("the demo workshop is missing")
        workshop = str(demo[0]["id"])
        for kind in ("summary", "attendance"):
            pdf = Path(temporary) / f"{kind}.pdf"
            run(program, data, "report", workshop, "--kind", kind, "-o", str(pdf))
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise BundleBroken(f"the {kind} report is not a PDF")
            lines.append(f"PDF report of the demo: {pdf.name} ({pdf.stat().st_size // 1000} kB)")
        sheet = Path(temporary) / "sheet.pdf"
        run(program, data, "tools", "sheet", "world-cafe", "-o", str(sheet), "--lang", "fr")
        if not sheet.read_bytes().startswith(b"%PDF"):
            raise BundleBroken("the method sheet is not a PDF")
        exported = Path(temporary) / "demo.facilitator"
        run(program, data, "export", workshop, "-o", str(exported))
        run(program, data, "import", str(exported))
        workshops = [w for w in listed(program, data) if not w["template"]]
        if len(workshops) != len(demo) + 1:
            raise BundleBroken("the exported demo did not come back")
        lines.append("demo exported and imported back")
        run(program, data, "check")
        lines.append("check: the database is sound")
    return lines


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / APP_SLUG
    try:
        for line in check(folder):
            print(line, flush=True)
    except (BundleBroken, subprocess.TimeoutExpired, OSError) as exc:
        print(f"bundle check failed: {exc}", file=sys.stderr)
        return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
