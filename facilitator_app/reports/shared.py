"""Pages that repeat: a thousand certificates say the same sentences around a name, a number of
hours and an employer. What prints the same on every page is laid out once and drawn into one
PDF form (an XObject) that each page shows by reference; only what changes is laid out per
page. The file stays small and a thousand pages take a second, not ten.

    Page([Shared("top", [...]), Paragraph(name), Shared("bottom", [...])])
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

_UNBOUNDED = 10**6


class Shared:
    """Flowables laid out once at one width, drawn into a form the first time a page shows
    them."""

    def __init__(self, name: str, flowables: Sequence[Flowable]) -> None:
        self.name = name
        self.flowables = list(flowables)
        self._width: float | None = None
        self._placed: list[tuple[Flowable, float, float, float]] = []  # flowable, x, y, width
        self.height = 0.0

    def layout(self, width: float) -> float:
        if self._width == width:
            return self.height
        self._width, self._placed = width, []
        y = 0.0
        for flowable in self.flowables:
            y += flowable.getSpaceBefore()
            used_width, used_height = flowable.wrap(width, _UNBOUNDED)
            y += used_height
            self._placed.append((flowable, used_width, y, used_height))
            y += flowable.getSpaceAfter()
        self.height = y
        return y

    def draw(self, canvas: Canvas, top: float, width: float) -> None:
        height = self.layout(width)
        defined: set[str] = canvas.__dict__.setdefault("_shared_forms", set())
        if self.name not in defined:
            canvas.beginForm(self.name, 0, 0, width, max(height, 1))
            for flowable, used_width, bottom_from_top, _used_height in self._placed:
                flowable.drawOn(canvas, 0, height - bottom_from_top, _sW=width - used_width)
            canvas.endForm()
            defined.add(self.name)
        canvas.saveState()
        canvas.translate(0, top - height)
        canvas.doForm(self.name)
        canvas.restoreState()


class Page(Flowable):
    """One whole page of parts from top to bottom: shared blocks and flowables of its own."""

    def __init__(self, parts: Sequence[Shared | Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        top = self.height
        for part in self.parts:
            if isinstance(part, Shared):
                part.draw(canvas, top, width)
                top -= part.height
                continue
            top -= part.getSpaceBefore()
            used_width, used_height = part.wrap(width, max(top, 1))
            part.drawOn(canvas, 0, top - used_height, _sW=width - used_width)
            top -= used_height + part.getSpaceAfter()
