"""A user's own tool ("custom:<uid>"): its id and the check of its stored definition, with the
same validator as the built-in data files. Used by the library service and by the workshop-file
import, which must check a file's tools before anything is written."""

from __future__ import annotations

from typing import Any

from facilitator_app.tools.loader import parse_tool
from facilitator_app.tools.model import CUSTOM_PREFIX, Tool


def custom_id(uid: str) -> str:
    return f"{CUSTOM_PREFIX}{uid}"


def validate_definition(definition: dict[str, Any], uid: str, based_on: str | None = None) -> Tool:
    """The Tool this definition makes; raises ToolDataError (a UserError) naming the keys."""
    data = {k: v for k, v in definition.items() if k != "id"}
    return parse_tool(
        data, custom_id(uid), tool_id=custom_id(uid), is_builtin=False, based_on=based_on
    )
