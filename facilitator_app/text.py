"""Text helpers shared by search, filters and checks: accents and case never matter
("mediation" finds "Médiation"), titles are trimmed and bounded the same way everywhere."""

from __future__ import annotations

import re
import unicodedata

from facilitator_app.errors import UserError

MAX_TITLE = 300


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_words(first: str, second: str) -> bool:
    """True when two labels read the same (a phase called "Seul" whose grouping is "Seul"):
    screens and print then show it once."""
    return fold(first).strip() == fold(second).strip()


def clean_title(title: str) -> str:
    """A workshop's title as stored: spaces collapsed, not empty, not too long."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise UserError("a workshop needs a title")
    if len(cleaned) > MAX_TITLE:
        raise UserError("a workshop title is at most {limit} characters", limit=MAX_TITLE)
    return cleaned


# What Windows, macOS or Linux refuses in a file name (and control characters).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(text: str, limit: int, fallback: str) -> str:
    """`text` as a file name every system accepts (without its extension): forbidden
    characters made spaces, spaces folded, no leading or trailing dot, at most `limit`
    characters; `fallback` when nothing is left."""
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub(" ", text).split()).strip(". ")
    return cleaned[:limit].rstrip(". ") or fallback
