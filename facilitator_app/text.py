"""Text helpers shared by search and filters: accents and case never matter ("mediation" finds
"Médiation")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_words(first: str, second: str) -> bool:
    """True when two labels read the same (a phase called "Seul" whose grouping is "Seul"):
    screens and print then show it once."""
    return fold(first).strip() == fold(second).strip()
