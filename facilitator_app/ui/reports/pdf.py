"""A PDF on screen and on paper with Qt's own PDF module (QtPdf, no external program): the
first page as an image for the preview, and every page painted on the printer as an image at
the printer's resolution. Printing runs in the background job (QPainter may paint on a
QPrinter outside the GUI thread), page by page, and stops at the next page on Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from facilitator_app.jobs import Cancelled, Progress


def _open(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {path.name}: {error.name}")
    return document


def page_count(path: Path) -> int:
    document = _open(path)
    try:
        return document.pageCount()
    finally:
        document.close()


def page_image(path: Path, width: int, page: int = 0) -> QImage:
    """One page `width` pixels wide, on white paper."""
    document = _open(path)
    try:
        points = document.pagePointSize(page)
        height = round(width * points.height() / max(points.width(), 1.0))
        rendered = document.render(page, QSize(width, height))
    finally:
        document.close()
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def print_pdf(path: Path, printer: QPrinter, progress: Progress) -> int:
    """Paint every page of the PDF (or the range chosen in the print dialog) on `printer`;
    returns the number of pages sent."""
    document = _open(path)
    painter = QPainter()
    try:
        count = document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        if not painter.begin(printer):
            raise OSError("the printer refused the job")
        dpi = printer.resolution()
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for number in range(first, last + 1):
            progress.step(number - first, last - first + 1)
            if number > first:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(number - 1, size)
            target = QRectF(0, 0, area.width(), area.height())
            scaled = QSize(image.width(), image.height()).scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        return last - first + 1
    except Cancelled:
        printer.abort()  # the pages painted so far are not sent
        raise
    finally:
        if painter.isActive():
            painter.end()
        document.close()
