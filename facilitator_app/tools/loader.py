"""Turning a tool's data (a TOML file, or a user's stored definition) into a validated `Tool`.

Every problem is reported with the file and the key it concerns, all at once, so a person
writing a data file fixes everything in one pass.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator_app.errors import UserError
from facilitator_app.tools.behaviours import BEHAVIOURS
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
    "materials",
    "outputs",
    "behaviour",
    *LANGUAGES,
    "phases",
)
REQUIRED_TOP = tuple(k for k in TOP_KEYS if k not in ("behaviour", "id"))
PHASE_KEYS = ("key", "seconds", "grouping", "rounds", "capture", *LANGUAGES)
MAX_MINUTES = 8 * 60


@dataclass(frozen=True)
class Problem:
    key: str
    message: str


class ToolDataError(UserError):
    """A tool's data is wrong; `problems` names each key, `source` the file."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        listed = "; ".join(f"{p.key}: {p.message}" for p in problems)
        super().__init__(f"{source}: {listed}")


class _Checker:
    def __init__(self, strict_texts: bool) -> None:
        self.strict_texts = strict_texts
        self.problems: list[Problem] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(key, message))

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
            self.fail(f"{where}{key}", f"must be between {low} and {high}")
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
                self.fail(key, f"{word!r} is not one of: {' '.join(vocabulary)}")
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
                if self.strict_texts:
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
                if self.strict_texts and not value:
                    self.fail(f"{where}{language}.{key}", "missing translation")
                values[key] = value
            found.append(cls(**values))
        if not self.strict_texts and not any(t.name for t in found):
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
    check = _Checker(strict_texts=is_builtin)
    if not isinstance(data, dict):
        raise ToolDataError(source, [Problem("(file)", "must be a table")])
    check.unknown_keys(data, TOP_KEYS, "")
    for key in REQUIRED_TOP:
        if key not in data:
            check.fail(key, "missing")
    if is_builtin:
        declared = data.get("id")
        if not isinstance(declared, str) or not KEBAB.match(declared):
            check.fail("id", "must be a kebab-case name such as 1-2-4-all")
        elif tool_id is not None and declared != tool_id:
            check.fail("id", f"must equal the file name ({tool_id!r})")
        final_id = declared if isinstance(declared, str) else str(tool_id)
    else:
        if not tool_id or not tool_id.startswith(CUSTOM_PREFIX):
            raise ValueError("a user's tool needs an id custom:<uid>")
        final_id = tool_id
    family = data.get("family")
    if family not in FAMILIES:
        check.fail("family", f"{family!r} is not one of: {' '.join(FAMILIES)}")
    purposes = check.words(data, "purposes", PURPOSES, required=True)
    materials = check.words(data, "materials", MATERIALS, required=False)
    outputs = check.words(data, "outputs", OUTPUTS, required=False)
    group_min = check.integer(data, "group_min", "", 1, 10_000)
    group_max = check.integer(data, "group_max", "", 0, 10_000)
    if group_max and group_max < group_min:
        check.fail("group_max", "is smaller than group_min (0 means no upper limit)")
    duration = check.integer(data, "duration_minutes", "", 1, MAX_MINUTES)
    behaviour = data.get("behaviour")
    if behaviour is not None and behaviour not in BEHAVIOURS:
        check.fail("behaviour", f"{behaviour!r} is not one of: {' '.join(BEHAVIOURS)}")
    texts = check.texts(data, TOOL_TEXT_KEYS, "", ToolText)
    phases = _phases(check, data.get("phases"), outputs)
    total = sum(p.total_seconds for p in phases)
    if phases and isinstance(data.get("duration_minutes"), int) and total != duration * 60:
        check.fail(
            "duration_minutes",
            f"is {duration} min but the phases add up to {total} s ({total / 60:g} min)",
        )
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
        behaviour=behaviour,
        is_builtin=is_builtin,
        based_on=based_on,
        source=source,
    )


def _phases(check: _Checker, raw: Any, outputs: tuple[str, ...]) -> tuple[Phase, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        check.fail("phases", "must list at least one phase")
        return ()
    phases: list[Phase] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"phases[{index}]."
        if not isinstance(entry, dict):
            check.fail(f"phases[{index}]", "must be a table")
            continue
        check.unknown_keys(entry, PHASE_KEYS, where)
        key = entry.get("key")
        if not isinstance(key, str) or not KEBAB.match(key):
            check.fail(f"{where}key", "must be a kebab-case name such as alone")
            key = f"phase-{index + 1}"
        elif key in seen:
            check.fail(f"{where}key", f"{key!r} is used by another phase")
        seen.add(key)
        seconds = check.integer(entry, "seconds", where, 1, MAX_MINUTES * 60)
        rounds = check.integer(entry, "rounds", where, 1, 500) if "rounds" in entry else 1
        grouping = entry.get("grouping")
        if grouping not in GROUPINGS:
            check.fail(f"{where}grouping", f"{grouping!r} is not one of: {' '.join(GROUPINGS)}")
        capture = entry.get("capture")
        if capture is not None and capture not in OUTPUTS:
            check.fail(f"{where}capture", f"{capture!r} is not one of: {' '.join(OUTPUTS)}")
        texts = check.texts(entry, PHASE_TEXT_KEYS, where, PhaseText)
        phases.append(Phase(key, seconds, str(grouping), rounds, capture, texts))
    return tuple(phases)


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
            problem = Problem("id", f"{tool.id!r} is also in {seen[tool.id]}")
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
