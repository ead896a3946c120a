"""The organisation library's tables: its own schema and migrations (version table
`org_library_version`), so it can live in a database of its own or beside the workshops.

A shared item is a method (a tool definition, the shape of a data file) or a template (a
workshop file's document). Every save adds one to its `version`, and a save names the version
it started from: a save from an older version is a conflict, never an overwrite. `seq` orders
every change on the server (`org_counter` hands it out under a row lock, so seqs commit in
order) and lets a laptop fetch only what changed since its last look; withdrawing an item
keeps its row, so that the laptops hear of it.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, Text

from facilitator_app.models.base import NAMING_CONVENTION, JSONValue, UTCDateTime

VERSION_TABLE = "org_library_version"
KINDS = ("method", "template")

metadata = MetaData(naming_convention=NAMING_CONVENTION)

org_item = Table(
    "org_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    # The name in the organisation's language, for listing and searching on the server.
    Column("name", String(300), nullable=False),
    Column("summary", Text, nullable=False),
    # A tool definition (method) or a workshop document (template).
    Column("content", JSONValue, nullable=False),
    Column("created_by", String(120), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_by", String(120), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("withdrawn", Boolean, nullable=False),
    Column("seq", Integer, nullable=False, index=True),
    sqlite_autoincrement=True,
)

org_counter = Table(
    "org_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
)
