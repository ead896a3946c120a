"""Search as you type and filters over the library, pure Python (no Qt) so it is tested alone.

Each tool's names, summaries, purposes and family in both languages are folded once (accents
and case removed) when the index is built; a keystroke is then only substring tests over those
strings. Names are also kept without their spaces and punctuation, so that "124" and "1 2 4"
find the 1-2-4-All as "1-2-4" does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from facilitator_app.text import fold
from facilitator_app.tools.model import Tool
from facilitator_app.tools.vocabulary import LANGUAGES, PRINT_LABELS

_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")


def _compact(folded: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", folded)


@dataclass(frozen=True)
class ToolFilter:
    """What the facilitator narrowed the library to. Empty means no restriction.

    `purposes`: the tool serves at least one of them. `group_size`: the tool works with that
    many people. `max_minutes`: the tool fits in that slot. `materials_available`: the tool
    needs nothing beyond them. `only`: restrict to these ids (the favourites)."""

    purposes: frozenset[str] = frozenset()
    group_size: int | None = None
    max_minutes: int | None = None
    materials_available: frozenset[str] | None = None
    only: frozenset[str] | None = None

    def accepts(self, tool: Tool) -> bool:
        if self.purposes and not self.purposes.intersection(tool.purposes):
            return False
        if self.group_size is not None and not tool.fits_group(self.group_size):
            return False
        if self.max_minutes is not None and tool.duration_minutes > self.max_minutes:
            return False
        if self.materials_available is not None:
            needed = set(tool.materials) - {"none"}
            if not needed <= self.materials_available:
                return False
        return self.only is None or tool.id in self.only


@dataclass(frozen=True)
class _Entry:
    tool: Tool
    names: str  # folded names in every language, matched first
    text: str  # folded names, summaries, purposes, family and id
    order: str  # folded name in the display language, for sorting
    compact: str  # the names without spaces or punctuation ("124all|124tous")


@dataclass
class SearchIndex:
    language: str = "fr"
    _entries: list[_Entry] = field(default_factory=list)
    # The last search, so that typing one more letter only looks among what matched before.
    _last: tuple[str, ToolFilter | None, list[_Entry]] | None = None

    @classmethod
    def of(cls, tools: Iterable[Tool], language: str = "fr") -> SearchIndex:
        index = cls(language)
        index.add(tools)
        return index

    def add(self, tools: Iterable[Tool]) -> None:
        for tool in tools:
            texts = [tool.text(lang) for lang in LANGUAGES]
            names = fold(" | ".join(t.name for t in texts))
            body = fold(" | ".join(f"{t.summary} | {t.purpose}" for t in texts))
            family = fold(" | ".join(PRINT_LABELS["family"].get(tool.family, (tool.family,))))
            order = fold(tool.text(self.language).name)
            compact = "|".join(_compact(fold(t.name)) for t in texts)
            self._entries.append(
                _Entry(tool, names, f"{names} | {tool.id} | {family} | {body}", order, compact)
            )
        self._entries.sort(key=lambda e: (not e.tool.is_builtin, e.order))
        self._last = None

    def __len__(self) -> int:
        return len(self._entries)

    def _candidates(self, folded: str, tool_filter: ToolFilter | None) -> list[_Entry]:
        """Everything, or only the last matches when the query only grew at its end (typing):
        every word that matched before still contains what it contained."""
        if self._last is not None:
            before, last_filter, matched = self._last
            if last_filter == tool_filter and before and folded.startswith(before):
                return matched
        return self._entries

    def search(self, query: str = "", tool_filter: ToolFilter | None = None) -> list[Tool]:
        """Tools matching every word of `query` (partial words, accents and case ignored) and
        the filter; those whose name matches come first, then by name."""
        folded = " ".join(fold(query).split())
        words = folded.split()
        accepts = tool_filter.accepts if tool_filter is not None else None
        # A number typed any way ("124", "1 2 4", "1-2-4") matches the name written with it.
        squeezed = _compact(folded)
        numbers = squeezed if len(squeezed) >= 2 and any(c.isdigit() for c in squeezed) else ""
        matched: list[_Entry] = []
        if len(words) == 1 and not numbers:
            word = words[0]
            for entry in self._candidates(folded, tool_filter):
                if word in entry.text and (accepts is None or accepts(entry.tool)):
                    matched.append(entry)
        else:
            for entry in self._candidates(folded, tool_filter):
                text = entry.text
                found = all(w in text for w in words) or (numbers and numbers in entry.compact)
                if found and (accepts is None or accepts(entry.tool)):
                    matched.append(entry)
        self._last = (folded, tool_filter, matched)
        if not words:
            return [entry.tool for entry in matched]

        def by_its_name(entry: _Entry) -> bool:
            return all(w in entry.names for w in words) or bool(
                numbers and numbers in entry.compact
            )

        return [e.tool for e in matched if by_its_name(e)] + [
            e.tool for e in matched if not by_its_name(e)
        ]


def search(
    tools: Iterable[Tool],
    query: str = "",
    tool_filter: ToolFilter | None = None,
    language: str = "fr",
) -> list[Tool]:
    """One-off search (the command line); screens keep a SearchIndex."""
    return SearchIndex.of(tools, language).search(query, tool_filter)
