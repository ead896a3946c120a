"""How much one captured thing may hold. A sticky note is a few words; a pasted 5 MB text is a
mistake: the services refuse what is longer, the panels cut a paste to the limit and say so."""

from __future__ import annotations

from facilitator_app.errors import UserError

CARD_TEXT = 500
NOTE_TEXT = 10_000
NAME = 200  # a scribe, an author, a voter, a cluster's name
TITLE = 300  # a decision, a vote's question, an action's owner
LONG_TEXT = 20_000  # a proposal, a problem, a synthesis
GROUP_LABEL = 100
# A photo as stored, after the console re-encodes it (longest side MAX_PHOTO_SIDE pixels).
PHOTO_BYTES = 4 * 1024 * 1024
# A file the console agrees to open: past this it is refused before being read whole.
PHOTO_FILE_BYTES = 60 * 1024 * 1024
MAX_PHOTO_SIDE = 2400
PHOTO_TYPES = ("image/jpeg", "image/png")


def checked_text(text: str, limit: int, what: object, *, required: bool = False) -> str:
    """`text` trimmed; UserError when it is longer than `limit` (or empty when required)."""
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise UserError("{what} is empty", what=what)
    if len(cleaned) > limit:
        raise UserError(
            "{what} holds at most {limit} characters ({length} given)",
            what=what,
            limit=limit,
            length=len(cleaned),
        )
    return cleaned


def one_line(text: str, limit: int, what: object, *, required: bool = False) -> str:
    """A name or a title: one line, spaces collapsed."""
    return checked_text(" ".join((text or "").split()), limit, what, required=required)
