"""The sentences printed documents and the command line build about a tool, in French or English:
people, durations, what a step takes, what the method produces. French ones go through
facilitator_app.typography, so they carry the right no-break spaces. (The screens say the same
things through Qt's translations.)"""

from __future__ import annotations

from facilitator_app.timefmt import format_duration
from facilitator_app.tools.model import Phase, Tool
from facilitator_app.tools.vocabulary import print_label
from facilitator_app.typography import NBSP, french


def _lang(text: str, language: str) -> str:
    return french(text) if language == "fr" else text


def heading(key: str, language: str) -> str:
    """A printed heading followed by its colon: "Déroulé :" with a no-break space."""
    colon = " :" if language == "fr" else ":"
    return _lang(print_label("heading", key, language) + colon, language)


def seconds_text(seconds: int) -> str:
    """90 -> "1 min 30", 45 -> "45 s", 120 -> "2 min"."""
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes} min {rest:02d}" if minutes else f"{rest} s"


def people_text(tool: Tool, language: str) -> str:
    if tool.group_max:
        if language == "fr":
            return f"{tool.group_min} à {tool.group_max} personnes"
        return f"{tool.group_min} to {tool.group_max} people"
    if language == "fr":
        return f"{tool.group_min} personnes et plus"
    return f"{tool.group_min} people or more"


def range_text(tool: Tool, language: str) -> str:
    """The shortest and longest the method allows ("25 à 30 min"), or "" when it is fixed."""
    low, high = tool.duration_range
    if low == high:
        return ""
    link = " à " if language == "fr" else " to "
    if high < 60:
        return f"{low}{link}{high} min"
    return format_duration(low, language) + link + format_duration(high, language)


def duration_text(tool: Tool, language: str) -> str:
    """The usual length, with the range when there is one: "30 min (25 à 30 min)"."""
    usual = format_duration(tool.duration_minutes, language)
    span = range_text(tool, language)
    return f"{usual} ({span})" if span else usual


def phase_timing(phase: Phase, language: str) -> str:
    """What one step takes: "2 min", "2 min × 3", "1 min × 10, un tour par personne", with the
    range a round may be shortened or lengthened to ("de 1 à 2 min")."""
    text = seconds_text(phase.seconds)
    if phase.rounds > 1 or phase.rounds_follow:
        text += f"{NBSP}×{NBSP}{phase.rounds}"  # "× 3" never starts a line
    if phase.min_seconds != phase.seconds or phase.max_seconds != phase.seconds:
        text += f" ({seconds_range(phase.min_seconds, phase.max_seconds, language)})"
    return text


def seconds_range(low: int, high: int, language: str) -> str:
    """ "2 à 3 min" when both are whole minutes, else "1 min 30 à 2 min"."""
    link = " à " if language == "fr" else " to "
    if low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}{link}{high // 60} min"
    return seconds_text(low) + link + seconds_text(high)


def rounds_note(phase: Phase, language: str) -> str:
    """ "un tour par personne" / "one turn per group member", or "" for fixed rounds."""
    if not phase.rounds_follow:
        return ""
    return print_label("rounds_follow", phase.rounds_follow, language)


def outputs_text(tool: Tool, language: str) -> str:
    """What the method produces, in words: "des notes, des cartes ou post-it"."""
    words = [print_label("output", o, language) for o in tool.outputs]
    if not words:
        return "rien à consigner" if language == "fr" else "nothing to record"
    if len(words) == 1:
        return words[0]
    link = " et " if language == "fr" else " and "
    return ", ".join(words[:-1]) + link + words[-1]
