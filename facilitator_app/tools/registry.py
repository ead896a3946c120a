"""Where tools are found: the built-in ones, read once from resources/tools when first asked
(never on the start-up path). The user's own tools, stored in the database as "custom:<uid>",
are found by `services.library`, which knows the database."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from facilitator_app.errors import NotFoundError
from facilitator_app.paths import data_dir
from facilitator_app.resources import resource_path
from facilitator_app.tools.cache import CACHE_NAME
from facilitator_app.tools.loader import load_directory
from facilitator_app.tools.model import CUSTOM_PREFIX, Tool


def _cache_file() -> Path | None:
    try:
        return data_dir() / "cache" / CACHE_NAME
    except Exception:  # no user folder at all (a locked-down machine): parse every time
        return None


@cache
def builtin_tools() -> tuple[Tool, ...]:
    return load_directory(resource_path("tools"), _cache_file())


@cache
def _by_id() -> dict[str, Tool]:
    return {tool.id: tool for tool in builtin_tools()}


def builtin_tool(tool_id: str) -> Tool | None:
    return _by_id().get(tool_id)


def find_tool(tool_id: str) -> Tool:
    """A built-in tool by id. The user's own tools ("custom:<uid>") live in the database:
    `services.library.find_tool(db, tool_id)` finds either kind."""
    if tool_id.startswith(CUSTOM_PREFIX):
        raise NotFoundError(
            "the tool {tool_id!r} is one of the user's tools: open a database", tool_id=tool_id
        )
    tool = builtin_tool(tool_id)
    if tool is None:
        raise NotFoundError(
            "no tool has the id {tool_id!r} (try `facilitator-app tools list`)", tool_id=tool_id
        )
    return tool


def reload() -> None:
    """Forget the loaded tools (tests that write data files)."""
    builtin_tools.cache_clear()
    _by_id.cache_clear()
