"""Turning a photo file into what the database keeps: refused at once when the file is too
large to be a photo worth opening (a 200 MB file is never read), otherwise read at a reduced
size off the main thread (the console keeps counting), and written again as a JPEG whose
longest side is at most capture.limits.MAX_PHOTO_SIDE, lowering the quality until it fits."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader

from facilitator_app.capture import limits


class PhotoTooLarge(ValueError):
    pass


class NotAnImage(ValueError):
    pass


def check_size(path: Path) -> int:
    size = os.stat(path).st_size
    if size > limits.PHOTO_FILE_BYTES:
        raise PhotoTooLarge(size)
    return size


def encode(path: Path) -> bytes:
    """The photo as a JPEG within the limits. Raises NotAnImage, PhotoTooLarge."""
    check_size(path)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's photo taken sideways stands up
    size = reader.size()
    if not size.isValid():
        raise NotAnImage(reader.errorString())
    longest = max(size.width(), size.height())
    if longest > limits.MAX_PHOTO_SIDE:
        ratio = limits.MAX_PHOTO_SIDE / longest
        reader.setScaledSize(
            QSize(max(1, int(size.width() * ratio)), max(1, int(size.height() * ratio)))
        )
    image = reader.read()
    if image.isNull():
        raise NotAnImage(reader.errorString())
    return to_jpeg(image)


def to_jpeg(image: QImage) -> bytes:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    for quality in (85, 70, 55, 40):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]  # the stub wants bytes
        buffer.close()
        if data.size() <= limits.PHOTO_BYTES:
            return bytes(data.data())
    raise PhotoTooLarge(data.size())


class PhotoLoader(QObject):
    """Encodes files on a worker thread; `done(path, bytes | None, error)` on the Qt thread."""

    done = Signal(object, object, object)

    def load(self, paths: list[Path]) -> None:
        def work() -> None:
            for path in paths:
                try:
                    self.done.emit(path, encode(path), None)
                except (OSError, ValueError) as exc:
                    self.done.emit(path, None, exc)

        threading.Thread(target=work, name="photo-encoding", daemon=True).start()


def run_now(
    paths: list[Path], done: Callable[[Path, bytes | None, Exception | None], None]
) -> None:
    """The same, on this thread (tests)."""
    for path in paths:
        try:
            done(path, encode(path), None)
        except (OSError, ValueError) as exc:
            done(path, None, exc)
