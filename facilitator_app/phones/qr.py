"""The QR code the projector shows, made on the laptop (segno, pure Python): the join address
with its code, as rows of dark and light modules for the painter."""

from __future__ import annotations

import segno

QUIET_ZONE = 4  # modules of light border a phone's camera needs


def qr_rows(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, True for dark, quiet zone included; error correction M (a
    projector seen at an angle, a little glare)."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=QUIET_ZONE))
