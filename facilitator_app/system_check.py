"""Before opening a real window on Linux: are the system libraries Qt needs there? Tell the user
the exact apt-get line instead of letting Qt abort with a plugin stack trace. No Qt imported."""

from __future__ import annotations

import ctypes.util
import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Requirement:
    library: str  # soname as ctypes.util.find_library names it
    package: str  # Debian package providing it
    needed_for: str
    required: bool = True


WINDOW_REQUIREMENTS = (
    Requirement("xcb-cursor", "libxcb-cursor0", "the window"),
    Requirement("xcb-icccm", "libxcb-icccm4", "the window"),
    Requirement("xcb-keysyms", "libxcb-keysyms1", "the window"),
    Requirement("xcb-image", "libxcb-image0", "the window"),
    Requirement("xcb-render-util", "libxcb-render-util0", "the window"),
    Requirement("xcb-randr", "libxcb-randr0", "the window"),
    Requirement("xcb-shape", "libxcb-shape0", "the window"),
    Requirement("xcb-xkb", "libxcb-xkb1", "the window"),
    Requirement("xkbcommon-x11", "libxkbcommon-x11-0", "the window"),
    Requirement("EGL", "libegl1", "the window"),
    Requirement("fontconfig", "libfontconfig1", "the window"),
    Requirement("pulse", "libpulse0", "the chimes", required=False),
)


def missing_requirements() -> list[Requirement]:
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal", "vnc"):
        return [r for r in WINDOW_REQUIREMENTS if not r.required and not _has(r.library)]
    return [r for r in WINDOW_REQUIREMENTS if not _has(r.library)]


def _has(library: str) -> bool:
    return ctypes.util.find_library(library) is not None


def apt_line(requirements: list[Requirement]) -> str:
    return "sudo apt-get install -y " + " ".join(sorted({r.package for r in requirements}))


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    """`python -m facilitator_app.system_check`: 0 when a window can open, 1 otherwise."""
    missing = missing_requirements()
    required = [r for r in missing if r.required]
    if missing:
        print(("missing" if required else "optional, missing") + ": " + apt_line(missing))
    return 1 if required else 0


if __name__ == "__main__":
    raise SystemExit(main())
