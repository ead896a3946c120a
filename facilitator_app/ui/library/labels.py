"""Translated names of the tools' vocabularies (purposes, groupings, materials...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from facilitator_app.timefmt import format_duration

PURPOSES = {
    "open": QT_TRANSLATE_NOOP("ToolLabels", "Open"),
    "explore": QT_TRANSLATE_NOOP("ToolLabels", "Explore"),
    "decide": QT_TRANSLATE_NOOP("ToolLabels", "Decide"),
    "plan": QT_TRANSLATE_NOOP("ToolLabels", "Plan"),
    "evaluate": QT_TRANSLATE_NOOP("ToolLabels", "Evaluate"),
    "energise": QT_TRANSLATE_NOOP("ToolLabels", "Energise"),
    "close": QT_TRANSLATE_NOOP("ToolLabels", "Close"),
}
FAMILIES = {
    "liberating-structures": QT_TRANSLATE_NOOP("ToolLabels", "Liberating Structures"),
    "sociocracy": QT_TRANSLATE_NOOP("ToolLabels", "Sociocracy"),
    "collective-intelligence": QT_TRANSLATE_NOOP("ToolLabels", "Collective intelligence"),
    "classic": QT_TRANSLATE_NOOP("ToolLabels", "Classic"),
}
GROUPINGS = {
    "alone": QT_TRANSLATE_NOOP("ToolLabels", "Alone"),
    "pairs": QT_TRANSLATE_NOOP("ToolLabels", "Pairs"),
    "trios": QT_TRANSLATE_NOOP("ToolLabels", "Trios"),
    "fours": QT_TRANSLATE_NOOP("ToolLabels", "Fours"),
    "small-groups": QT_TRANSLATE_NOOP("ToolLabels", "Small groups"),
    "tables": QT_TRANSLATE_NOOP("ToolLabels", "Tables"),
    "whole-room": QT_TRANSLATE_NOOP("ToolLabels", "Whole room"),
    "fishbowl": QT_TRANSLATE_NOOP("ToolLabels", "Fishbowl"),
    "circle": QT_TRANSLATE_NOOP("ToolLabels", "Circle"),
    "client-consultants": QT_TRANSLATE_NOOP("ToolLabels", "Client and consultants"),
}
MATERIALS = {
    "none": QT_TRANSLATE_NOOP("ToolLabels", "No material"),
    "paper": QT_TRANSLATE_NOOP("ToolLabels", "Paper"),
    "sticky-notes": QT_TRANSLATE_NOOP("ToolLabels", "Sticky notes"),
    "flipchart": QT_TRANSLATE_NOOP("ToolLabels", "Flipchart"),
    "markers": QT_TRANSLATE_NOOP("ToolLabels", "Markers"),
    "dots": QT_TRANSLATE_NOOP("ToolLabels", "Dots"),
    "coloured-cards": QT_TRANSLATE_NOOP("ToolLabels", "Coloured cards"),
    "chairs": QT_TRANSLATE_NOOP("ToolLabels", "Movable chairs"),
    "talking-object": QT_TRANSLATE_NOOP("ToolLabels", "Talking object"),
    "projector": QT_TRANSLATE_NOOP("ToolLabels", "Projector"),
    "timer": QT_TRANSLATE_NOOP("ToolLabels", "Timer"),
    "tables": QT_TRANSLATE_NOOP("ToolLabels", "Tables"),
    "handouts": QT_TRANSLATE_NOOP("ToolLabels", "Handouts"),
}
# The kinds of output of facilitator_app/capture/kinds.py (a test keeps the two equal).
OUTPUTS = {
    "attendance": QT_TRANSLATE_NOOP("ToolLabels", "Attendance"),
    "weather": QT_TRANSLATE_NOOP("ToolLabels", "Weather"),
    "note": QT_TRANSLATE_NOOP("ToolLabels", "Notes"),
    "card": QT_TRANSLATE_NOOP("ToolLabels", "Cards"),
    "cluster": QT_TRANSLATE_NOOP("ToolLabels", "Clusters"),
    "dot_vote": QT_TRANSLATE_NOOP("ToolLabels", "Dot vote"),
    "score": QT_TRANSLATE_NOOP("ToolLabels", "Scores"),
    "ranking": QT_TRANSLATE_NOOP("ToolLabels", "Ranking"),
    "poll": QT_TRANSLATE_NOOP("ToolLabels", "Colour cards"),
    "decision": QT_TRANSLATE_NOOP("ToolLabels", "Decision"),
    "election": QT_TRANSLATE_NOOP("ToolLabels", "Election"),
    "codev": QT_TRANSLATE_NOOP("ToolLabels", "Co-development"),
    "desert_island": QT_TRANSLATE_NOOP("ToolLabels", "Desert island"),
    "portrait": QT_TRANSLATE_NOOP("ToolLabels", "Portrait"),
    "action": QT_TRANSLATE_NOOP("ToolLabels", "Actions"),
    "photo": QT_TRANSLATE_NOOP("ToolLabels", "Photos"),
}


def label(table: Mapping[str, Any], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("ToolLabels", str(source)) if source else key


def labels(table: Mapping[str, Any], keys: tuple[str, ...] | list[str]) -> str:
    return ", ".join(label(table, k) for k in keys)


def format_seconds(seconds: int, language: str = "fr") -> str:
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return format_duration(minutes, language)
    if minutes == 0:
        return QCoreApplication.translate("ToolLabels", "{n} s").format(n=rest)
    return f"{minutes}:{rest:02d}"
