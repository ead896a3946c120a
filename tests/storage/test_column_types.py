"""Every column the models declare takes the server's types on PostgreSQL: JSON as JSONB,
times with their zone. Checked without a server, so that a model added with SQLAlchemy's
plain `JSON` or `DateTime` fails in `make test` (use `JSONValue` and `UTCDateTime`)."""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, MetaData, Table, TypeDecorator
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeEngine

from facilitator_app.models import Base
from facilitator_app.models.base import JSONValue, UTCDateTime


def _on_postgresql(kind: TypeEngine) -> TypeEngine:
    dialect = postgresql.dialect()
    if isinstance(kind, TypeDecorator):
        return kind.load_dialect_impl(dialect)
    return kind.dialect_impl(dialect)


def _not_server_types(metadata: MetaData) -> list[str]:
    wrong = []
    for table in metadata.tables.values():
        for column in table.columns:
            kind = _on_postgresql(column.type)
            if isinstance(kind, JSON) and not isinstance(kind, postgresql.JSONB):
                wrong.append(f"{table.name}.{column.name}: JSON (use JSONValue)")
            if isinstance(kind, DateTime) and not kind.timezone:
                wrong.append(f"{table.name}.{column.name}: DateTime (use UTCDateTime)")
    return wrong


def test_every_json_column_is_jsonb_and_every_time_keeps_its_zone_on_postgresql() -> None:
    assert _not_server_types(Base.metadata) == []


def test_the_check_sees_plain_json_and_naive_times() -> None:
    metadata = MetaData()
    Table("plain", metadata, Column("data", JSON), Column("at", DateTime))
    Table("typed", metadata, Column("data", JSONValue), Column("at", UTCDateTime))
    assert _not_server_types(metadata) == [
        "plain.data: JSON (use JSONValue)",
        "plain.at: DateTime (use UTCDateTime)",
    ]
