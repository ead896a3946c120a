"""Make the Windows .ico and the macOS .icns from the one drawing of the icon (the SVG beside
this file), so the three systems show the same picture. Run after changing the SVG:

    .venv/bin/python packaging/make_icons.py

Qt renders the SVG (as the app does for its window icon); Pillow writes both formats."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "fr.facilitation.FacilitatorApp.svg"
ICO = HERE / "windows" / "facilitator.ico"
ICNS = HERE / "macos" / "facilitator.icns"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer and the taskbar ask for
ICNS_SIZE = 1024  # Pillow derives 16...512 (and their Retina doubles) from it


def render(size: int):  # -> PIL.Image.Image
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    large = render(ICNS_SIZE)
    ICO.parent.mkdir(exist_ok=True)
    ICNS.parent.mkdir(exist_ok=True)
    # Each size drawn by Qt from the vectors: sharper than Pillow shrinking the large one.
    smaller = [render(size) for size in ICO_SIZES]
    smaller[-1].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=smaller[:-1])
    large.save(ICNS, format="ICNS")
    print(f"wrote {ICO.relative_to(HERE.parent)} and {ICNS.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
