"""Where a timeline's captions go so that none is ever cut: each phase's caption starts under
its part of the bar; a caption wider than the room before the next one moves down a row,
the first row where it does not touch another. Pure: the library's widget (Qt) and the
method sheet (ReportLab) measure their texts and draw at the places given here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Placed:
    x: float  # where the caption starts (never past the end of the bar)
    row: int  # 0 is the first row under the bar


def place_captions(
    starts: Sequence[float], widths: Sequence[float], total: float, gap: float = 4.0
) -> list[Placed]:
    """`starts`: where each part of the bar begins; `widths`: each caption's width; `total`:
    the bar's width. Captions keep their order; each row is filled left to right."""
    ends: list[float] = []  # the right end of the last caption in each row
    placed = []
    for start, width in zip(starts, widths, strict=True):
        x = max(0.0, min(start, total - width))
        row = next((r for r, end in enumerate(ends) if end + gap <= x), len(ends))
        if row == len(ends):
            ends.append(x + width)
        else:
            ends[row] = x + width
        placed.append(Placed(x, row))
    return placed


def rows_of(placed: Sequence[Placed]) -> int:
    return max((p.row for p in placed), default=-1) + 1
