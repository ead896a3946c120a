"""Alembic environment of the organisation library: always on a connection handed over by
facilitator_app.organisation.connection, with its own version table."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from facilitator_app.models.base import UTCDateTime
from facilitator_app.organisation.schema import VERSION_TABLE, metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Only our tables: the library may share its database with the workshops."""
    return type_ != "table" or name in metadata.tables


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through facilitator_app.organisation.connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
