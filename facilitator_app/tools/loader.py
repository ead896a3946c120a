"""Turning a tool's data (a TOML file, or a user's stored definition) into a validated `Tool`.

Every problem is reported with the file and the key it concerns, all at once, so a person
writing a data file fixes everything in one pass.

Built-in tools are held to the full contract (every text in both languages, a duration range
that the phases' shortest and longest lengths reach exactly). A user's tool is forgiving where
nothing is lost by it: texts may be missing in one language, and a step lengthened past its
old bounds simply widens them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator_app.capture.params import OLD_WORDS, CaptureSpec, parse_capture
from facilitator_app.errors import Listing, Phrase, UserError
from facilitator_app.tools import limits
from facilitator_app.tools.cache import parse_toml, read_tables
from facilitator_app.tools.model import CUSTOM_PREFIX, Phase, PhaseText, Tool, ToolText
from facilitator_app.tools.vocabulary import (
    FAMILIES,
    GROUPINGS,
    LANGUAGES,
    MATERIALS,
    OUTPUTS,
    PHASE_TEXT_KEYS,
    PURPOSES,
    ROUNDS_FOLLOW,
    TOOL_TEXT_KEYS,
)

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TOP_KEYS = (
    "id",
    "family",
    "purposes",
    "group_min",
    "group_max",
    "duration_minutes",
    "duration_range",
    "materials",
    "outputs",
    *LANGUAGES,
    "phases",
)
REQUIRED_TOP = tuple(k for k in TOP_KEYS if k not in ("id", "duration_range"))
PHASE_KEYS = (
    "key",
    "seconds",
    "min_seconds",
    "max_seconds",
    "grouping",
    "rounds",
    "rounds_follow",
    "group_size",
    "round_questions",
    "capture",
    *LANGUAGES,
)
NAME_KEYS = ("name",)  # texts held to limits.MAX_NAME rather than limits.MAX_TEXT
MAX_SECONDS = limits.MAX_TOOL_MINUTES * 60


@dataclass(frozen=True)
class Problem:
    key: str
    message: str  # a Phrase (the window translates it), or TOML's own message as it is


class ToolDataError(UserError):
    """A tool's data is wrong; `problems` names each key, `source` the file."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        self.listed = Listing(
            Phrase("{key}: {problem}", key=p.key, problem=p.message) for p in problems
        )
        super().__init__("{source}: {problems}", source=source, problems=self.listed)


class _Checker:
    def __init__(self, strict: bool) -> None:
        self.strict = strict  # a built-in tool: the whole contract applies
        self.problems: list[Problem] = []

    def fail(self, key: str, template: str, /, **params: Any) -> None:
        self.problems.append(Problem(key, Phrase(template, **params)))

    def unknown_keys(self, table: dict[str, Any], allowed: Iterable[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                self.fail(f"{where}{key}", "unknown key")

    def integer(self, table: dict[str, Any], key: str, where: str, low: int, high: int) -> int:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{where}{key}", "must be a whole number")
            return low
        if not low <= value <= high:
            self.fail(f"{where}{key}", "must be between {low} and {high}", low=low, high=high)
            return min(max(value, low), high)
        return value

    def words(
        self, table: dict[str, Any], key: str, vocabulary: tuple[str, ...], *, required: bool
    ) -> tuple[str, ...]:
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "must be a list of words")
            return ()
        if required and not value:
            self.fail(key, "must name at least one")
        for word in value:
            if word not in vocabulary:
                self.fail(
                    key, "{word!r} is not one of: {words}", word=word, words=" ".join(vocabulary)
                )
        if len(set(value)) != len(value):
            self.fail(key, "names the same word twice")
        return tuple(value)

    def texts(
        self, table: dict[str, Any], keys: tuple[str, ...], where: str, cls: type
    ) -> tuple[Any, ...]:
        """One text record per language. Built-in tools need every text in both languages; a
        user's tool needs its name in at least one (the other language falls back to it)."""
        found = []
        for language in LANGUAGES:
            section = table.get(language)
            if section is None:
                if self.strict:
                    self.fail(f"{where}{language}", "missing translation")
                section = {}
            if not isinstance(section, dict):
                self.fail(f"{where}{language}", "must be a table of texts")
                section = {}
            self.unknown_keys(section, keys, f"{where}{language}.")
            values = {}
            for key in keys:
                value = section.get(key, "")
                if not isinstance(value, str):
                    self.fail(f"{where}{language}.{key}", "must be text")
                    value = ""
                value = value.strip()
                longest = limits.MAX_NAME if key in NAME_KEYS else limits.MAX_TEXT
                if len(value) > longest:
                    self.fail(
                        f"{where}{language}.{key}",
                        "is longer than {longest} characters",
                        longest=longest,
                    )
                    value = value[:longest]
                if self.strict and not value:
                    self.fail(f"{where}{language}.{key}", "missing translation")
                values[key] = value
            found.append(cls(**values))
        if not self.strict and not any(t.name for t in found):
            self.fail(f"{where}name", "give a name in at least one language")
        return tuple(found)


def parse_tool(
    data: dict[str, Any],
    source: str,
    *,
    tool_id: str | None = None,
    is_builtin: bool = True,
    based_on: str | None = None,
) -> Tool:
    """Validate `data` (the shape of a data file) and build the Tool. For a built-in tool the
    `id` key must be present (and equal `tool_id` when given, the file name); a user's tool gets
    `tool_id` ("custom:<uid>") and its `id` key, if any, is ignored."""
    check = _Checker(strict=is_builtin)
    if not isinstance(data, dict):
        raise ToolDataError(source, [Problem("(file)", Phrase("must be a table"))])
    check.unknown_keys(data, TOP_KEYS, "")
    for key in REQUIRED_TOP:
        if key not in data:
            check.fail(key, "missing")
    if is_builtin:
        declared = data.get("id")
        if not isinstance(declared, str) or not KEBAB.match(declared):
            check.fail("id", "must be a kebab-case name such as 1-2-4-all")
        elif tool_id is not None and declared != tool_id:
            check.fail("id", "must equal the file name ({tool_id!r})", tool_id=tool_id)
        final_id = declared if isinstance(declared, str) else str(tool_id)
    else:
        if not tool_id or not tool_id.startswith(CUSTOM_PREFIX):
            raise ValueError("a user's tool needs an id custom:<uid>")
        final_id = tool_id
    family = data.get("family")
    if family not in FAMILIES:
        check.fail(
            "family", "{family!r} is not one of: {words}", family=family, words=" ".join(FAMILIES)
        )
    purposes = check.words(data, "purposes", PURPOSES, required=True)
    materials = check.words(data, "materials", MATERIALS, required=False)
    if not is_builtin and isinstance(data.get("outputs"), list):
        # A user's tool of an older version says "notes", "votes": read them as their kinds.
        data = {**data, "outputs": _new_words(data["outputs"])}
    outputs = check.words(data, "outputs", OUTPUTS, required=False)
    group_min = check.integer(data, "group_min", "", 1, limits.MAX_PEOPLE)
    group_max = check.integer(data, "group_max", "", 0, limits.MAX_PEOPLE)
    if group_max and group_max < group_min:
        check.fail("group_max", "is smaller than group_min (0 means no upper limit)")
    duration = check.integer(data, "duration_minutes", "", 1, limits.MAX_TOOL_MINUTES)
    texts = check.texts(data, TOOL_TEXT_KEYS, "", ToolText)
    phases = _phases(check, data.get("phases"))
    total = sum(p.total_seconds for p in phases)
    if phases and isinstance(data.get("duration_minutes"), int) and total != duration * 60:
        check.fail(
            "duration_minutes",
            "is {duration} min but the phases add up to {total} s ({minutes:g} min)",
            duration=duration,
            total=total,
            minutes=total / 60,
        )
    duration_range = _duration_range(check, data, duration, phases)
    _outputs_are_captured(check, outputs, phases)
    if check.problems:
        raise ToolDataError(source, check.problems)
    return Tool(
        id=final_id,
        family=str(family),
        purposes=purposes,
        group_min=group_min,
        group_max=group_max,
        duration_minutes=duration,
        materials=materials,
        outputs=outputs,
        phases=phases,
        texts=texts,
        is_builtin=is_builtin,
        based_on=based_on,
        source=source,
        duration_range=duration_range,
    )


def _duration_range(
    check: _Checker, data: dict[str, Any], duration: int, phases: tuple[Phase, ...]
) -> tuple[int, int]:
    """[shortest, longest] in minutes, around the usual duration. A built-in tool must give it,
    and its phases, all shortened or all lengthened, must reach exactly those bounds."""
    raw = data.get("duration_range")
    if raw is None:
        if check.strict:
            check.fail("duration_range", "missing (give [shortest, longest] in minutes)")
        return (duration, duration)
    if (
        not isinstance(raw, list)
        or len(raw) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
    ):
        check.fail("duration_range", "must be [shortest, longest] in whole minutes")
        return (duration, duration)
    low, high = raw
    if check.strict:
        if not 1 <= low <= duration <= high <= limits.MAX_TOOL_MINUTES:
            check.fail(
                "duration_range",
                "must hold the usual {duration} min, shortest first (at most {limit})",
                duration=duration,
                limit=limits.MAX_TOOL_MINUTES,
            )
        elif phases:
            from facilitator_app.tools.planning import minutes_range

            reached = minutes_range([p.as_agenda_phase() for p in phases])
            if reached != (low, high):
                check.fail(
                    "duration_range",
                    "is {low}-{high} min but the phases' min_seconds and max_seconds reach "
                    "{shortest}-{longest} min",
                    low=low,
                    high=high,
                    shortest=reached[0],
                    longest=reached[1],
                )
        return (low, high)
    # A user's tool: the range follows the usual duration rather than refusing an edit.
    low = max(1, min(low, duration))
    high = min(limits.MAX_TOOL_MINUTES, max(high, duration))
    return (low, high)


def _new_words(words: list[Any]) -> list[Any]:
    """Old words as their kinds, each once; what is not a word stays for `check.words` to
    refuse by name (a list in the list is not hashable)."""
    kinds: list[Any] = []
    for word in words:
        kind = OLD_WORDS.get(word, word) if isinstance(word, str) else word
        if kind is not None and not (isinstance(kind, str) and kind in kinds):
            kinds.append(kind)
    return kinds


def _outputs_are_captured(
    check: _Checker, outputs: tuple[str, ...], phases: tuple[Phase, ...]
) -> None:
    """A built-in tool's outputs are each captured by some phase, and every capture is one of
    its outputs; a vote on one column of the wall names a column a card phase declares. (A
    user's tool is not refused for it: its stored copy must stay readable.)"""
    if not check.strict or not phases:
        return
    captured = {p.capture for p in phases if p.capture}
    for index, phase in enumerate(phases):
        if phase.capture and phase.capture not in outputs:
            check.fail(
                f"phases[{index}].capture", "{capture!r} is not in outputs", capture=phase.capture
            )
    for output in outputs:
        if output not in captured:
            check.fail("outputs", "no phase captures {output!r}", output=output)
    columns = {
        label.key
        for phase in phases
        if phase.capture_spec and phase.capture == "card"
        for label in phase.capture_spec.labels("categories")
    }
    for index, phase in enumerate(phases):
        spec = phase.capture_spec
        if spec and spec.kind == "dot_vote" and spec["category"] not in ("", *columns):
            check.fail(
                f"phases[{index}].capture.category",
                "{category!r} is not a category of the tool's card phases",
                category=spec["category"],
            )
        if spec and spec.kind == "score" and spec["min"] >= spec["max"]:
            check.fail(f"phases[{index}].capture.max", "must be more than min")


def _phases(check: _Checker, raw: Any) -> tuple[Phase, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        check.fail("phases", "must list at least one phase")
        return ()
    if len(raw) > limits.MAX_PHASES:
        # Refused before anything else is read: a hostile file must cost nothing to reject.
        check.fail(
            "phases", "has {count} phases; at most {limit}", count=len(raw), limit=limits.MAX_PHASES
        )
        return ()
    phases: list[Phase] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"phases[{index}]."
        if not isinstance(entry, dict):
            check.fail(f"phases[{index}]", "must be a table")
            continue
        phase = _phase(check, entry, where, index, seen)
        if phase is not None:
            phases.append(phase)
    steps = sum(p.rounds for p in phases)
    if steps > limits.MAX_STEPS:
        check.fail(
            "phases",
            "make {steps} timed steps in all; at most {limit}",
            steps=steps,
            limit=limits.MAX_STEPS,
        )
    return tuple(phases)


def _phase(
    check: _Checker, entry: dict[str, Any], where: str, index: int, seen: set[str]
) -> Phase | None:
    check.unknown_keys(entry, PHASE_KEYS, where)
    key = entry.get("key")
    if not isinstance(key, str) or len(key) > limits.MAX_NAME or not KEBAB.match(key):
        check.fail(f"{where}key", "must be a short kebab-case name such as alone")
        key = f"phase-{index + 1}"
    elif key in seen:
        check.fail(f"{where}key", "{key!r} is used by another phase", key=key)
    seen.add(key)
    seconds = check.integer(entry, "seconds", where, 1, MAX_SECONDS)
    low, high = _bounds(check, entry, where, seconds)
    rounds = 1
    if "rounds" in entry:
        rounds = check.integer(entry, "rounds", where, 1, limits.MAX_ROUNDS)
    grouping = entry.get("grouping")
    if grouping not in GROUPINGS:
        check.fail(
            f"{where}grouping",
            "{grouping!r} is not one of: {words}",
            grouping=grouping,
            words=" ".join(GROUPINGS),
        )
    spec: CaptureSpec | None
    spec, problems = parse_capture(entry.get("capture"), f"{where}capture", strict=check.strict)
    for key, phrase in problems:
        check.problems.append(Problem(key, phrase))
    follow = entry.get("rounds_follow")
    if follow is not None and follow not in ROUNDS_FOLLOW:
        check.fail(
            f"{where}rounds_follow",
            "{follow!r} is not one of: {words}",
            follow=follow,
            words=" ".join(ROUNDS_FOLLOW),
        )
        follow = None
    group_size = None
    if "group_size" in entry:
        group_size = check.integer(entry, "group_size", where, 2, limits.MAX_ROUNDS)
        if follow != "group-size":
            check.fail(f"{where}group_size", 'is only for rounds_follow = "group-size"')
    if follow == "group-size":
        if group_size is None:
            check.fail(f"{where}group_size", 'is needed with rounds_follow = "group-size"')
        elif rounds != group_size:
            check.fail(
                f"{where}rounds",
                "must equal group_size ({group_size}): one per member",
                group_size=group_size,
            )
    questions = entry.get("round_questions", False)
    if not isinstance(questions, bool):
        check.fail(f"{where}round_questions", "must be true or false")
        questions = False
    texts = check.texts(entry, PHASE_TEXT_KEYS, where, PhaseText)
    return Phase(
        key,
        seconds,
        str(grouping),
        rounds,
        spec.kind if spec else None,
        texts,
        min_seconds=low,
        max_seconds=high,
        rounds_follow=follow,
        group_size=group_size,
        round_questions=questions,
        capture_spec=spec,
    )


def _bounds(check: _Checker, entry: dict[str, Any], where: str, seconds: int) -> tuple[int, int]:
    """min_seconds <= seconds <= max_seconds. A user's tool whose step was lengthened past its
    old bounds gets them widened; a built-in tool must say them right."""
    low = high = seconds
    if "min_seconds" in entry:
        low = check.integer(entry, "min_seconds", where, 1, MAX_SECONDS)
    if "max_seconds" in entry:
        high = check.integer(entry, "max_seconds", where, 1, MAX_SECONDS)
    if check.strict and low > seconds:
        check.fail(f"{where}min_seconds", "is more than seconds ({seconds})", seconds=seconds)
    if check.strict and high < seconds:
        check.fail(f"{where}max_seconds", "is less than seconds ({seconds})", seconds=seconds)
    return (min(low, seconds), max(high, seconds))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return parse_toml(path)
    except tomllib.TOMLDecodeError as exc:
        raise ToolDataError(path.name, [Problem("(syntax)", str(exc))]) from exc


def load_file(path: Path) -> Tool:
    """Read and validate one built-in tool's data file."""
    return parse_tool(read_toml(path), path.name, tool_id=path.stem)


def check_unique(tools: Iterable[Tool]) -> None:
    """Two sources may not define the same id."""
    seen: dict[str, str] = {}
    for tool in tools:
        if tool.id in seen:
            problem = Problem(
                "id", Phrase("{id!r} is also in {source}", id=tool.id, source=seen[tool.id])
            )
            raise ToolDataError(tool.source, [problem])
        seen[tool.id] = tool.source


def load_directory(directory: Path, cache_file: Path | None = None) -> tuple[Tool, ...]:
    """Every `*.toml` in `directory`, sorted by id, each validated; duplicate ids are refused.
    With `cache_file`, parsed tables are reused while the files are unchanged."""
    paths = sorted(directory.glob("*.toml"))
    tables = read_tables(paths, cache_file, read_toml)
    tools = tuple(
        parse_tool(table, path.name, tool_id=path.stem)
        for path, table in zip(paths, tables, strict=True)
    )
    check_unique(tools)
    return tools
