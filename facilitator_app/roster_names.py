"""Recognising a list of "NOM, Prénom" lines, common in French rosters.

Such a list, pasted without a heading, splits on its comma into two columns; read in the usual
order it would make the first name an organisation ("Dupont, Marie" -> Dupont of Marie). When
every line looks like "Last, First" it is read as one name instead, first name first like a
"Nom" / "Prénom" header ("Marie Dupont"), and no organisation is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from facilitator_app.text import fold

# A first name: one to three capitalised words joined by spaces or hyphens ("Marie",
# "Jean-Pierre", "Anne Sophie"). Acronyms ("SNCF"), digits ("CD 33") and lowercase
# connectors ("Mairie de Lyon") are not first names.
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞŒ", "a-zß-öø-ÿœ"
_FIRST_NAME = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:[- ][{_UPPER}][{_LOWER}]+){{0,2}}$")
# A last name: letters, spaces, hyphens and apostrophes, at most four words ("DUPONT",
# "Le Gall", "d'Estaing", "De La Tour").
_LAST_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’ -](?=[^\W\d_])){0,60}$")
# Capitalised words that name an organisation rather than a person.
_ORGANISATION_WORDS = frozenset((
    "mairie", "ville", "commune", "communaute", "agglomeration", "metropole", "region",
    "departement", "prefecture", "ministere", "conseil", "syndicat", "office", "agence",
    "direction", "service", "centre", "hopital", "universite", "ecole", "college", "lycee",
    "association", "fondation", "entreprise", "societe", "cabinet", "groupe", "institut",
    "etablissement", "chambre", "tribunal", "caisse", "banque", "police", "gendarmerie",
))  # fmt: skip


def _first_name(text: str) -> bool:
    if not _FIRST_NAME.match(text):
        return False
    return not any(word in _ORGANISATION_WORDS for word in fold(text).replace("-", " ").split())


def _last_name(text: str) -> bool:
    return bool(_LAST_NAME.match(text)) and len(text.split()) <= 4


def is_last_first_list(rows: Sequence[tuple[int, Sequence[str]]], delimiter: str) -> bool:
    """True when rows without a heading, two cells each, all read as "Last, First" (comma,
    semicolon or tab: a spreadsheet's export); a line with the first name alone (";Jean")
    does not break the list."""
    if delimiter not in (",", ";", "\t") or not rows:
        return False
    complete = 0
    for _, cells in rows:
        if any(cells[2:]) or len(cells) < 2:
            return False
        if not cells[0] and _first_name(cells[1]):
            continue
        if not (_last_name(cells[0]) and _first_name(cells[1])):
            return False
        complete += 1
    if not complete:
        return False
    # First names vary; a word on most lines is an organisation ("Ann Lee, Cerema").
    most = Counter(fold(cells[1]) for _, cells in rows).most_common(1)[0][1]
    return len(rows) < 2 or most * 2 <= len(rows)
