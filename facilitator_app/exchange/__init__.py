"""The workshop file: one ZIP (.facilitator) holding workshop.json and the photos, so a whole
workshop travels to another laptop. See docs/workshop-file.md.

This package is the format: building a document from a session (export), reading and checking a
file (reading, validation), writing a checked document into a session (importing), and the
template transformations. The use cases that open transactions (export, import, templates,
duplicate) are in `facilitator_app.services.exchange`.
"""

from __future__ import annotations

from facilitator_app.exchange.format import FILE_SUFFIX, FORMAT, FORMAT_VERSION
from facilitator_app.exchange.importing import ImportResult

__all__ = ["FILE_SUFFIX", "FORMAT", "FORMAT_VERSION", "ImportResult"]
