"""Render every qtawesome icon the code names into resources/icons/mdi/<name>.png.

qtawesome takes a quarter of a second to import, so the start-up path loads these shipped PNGs
instead; qtawesome is still used, lazily, for coloured variants. Run after using a new icon name
(a test lists the names that have no PNG yet).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "icons" / "mdi"
NAME_RE = re.compile(r"[\"']((?:mdi6|mdi|fa5s|fa6s|ph)\.[a-z0-9-]+)[\"']")
SIZE = 64
COLOUR = "#303030"


def referenced_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "facilitator_app").rglob("*.py"):
        names.update(NAME_RE.findall(path.read_text(encoding="utf-8")))
    return names


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import qtawesome

    TARGET.mkdir(parents=True, exist_ok=True)
    wanted = referenced_names()
    for name in sorted(wanted):
        pixmap = qtawesome.icon(name, color=COLOUR).pixmap(SIZE, SIZE)
        pixmap.save(str(TARGET / f"{name}.png"))
    for stale in TARGET.glob("*.png"):
        if stale.stem not in wanted:
            stale.unlink()
    print(f"{len(wanted)} icons in {TARGET.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
