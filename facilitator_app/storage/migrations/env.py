"""Alembic environment: migrations always run on a connection handed over by our code."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

import facilitator_app.models  # noqa: F401  registers every table
from facilitator_app.models.base import Base, UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Migrations must not import our models: a type we own is written as the plain type."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"  # with its zone on PostgreSQL, naive UTC on SQLite
    return False


config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through facilitator_app.storage.migrate, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
