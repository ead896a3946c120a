"""On PostgreSQL, JSON is JSONB and a time keeps its zone, whichever migration made the column.

A migration written by hand with `sa.JSON()` or `sa.DateTime()` makes `json` and naive
`timestamp` columns on a server, which the models (JSONValue, UTCDateTime) do not expect.
Bringing a server to the head revision therefore ends here: every such column of the
workshops' tables is converted (a naive time was always UTC). SQLite has neither type: nothing
to do there. Kept free of the models, like the migrations that call it.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, text

_PLAIN = ("json", "timestamp without time zone")
_SERVER = ("jsonb", "timestamp with time zone")


def _columns(connection: Connection, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        text(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name <> 'alembic_version' "
            # The organisation library may share the database: its tables are its own.
            "AND table_name NOT LIKE 'org\\_%' "
            "AND data_type IN :kinds ORDER BY table_name, column_name"
        ).bindparams(bindparam("kinds", expanding=True)),
        {"kinds": kinds},
    )
    return [(str(t), str(c), str(k)) for t, c, k in rows]


def use_server_types(connection: Connection) -> list[str]:
    """Convert every plain JSON and naive time column; returns the columns converted."""
    if connection.dialect.name != "postgresql":
        return []
    done = []
    for table, column, kind in _columns(connection, _PLAIN):
        if kind == "json":
            target, using = "jsonb", f'"{column}"::jsonb'
        else:
            target, using = "timestamp with time zone", f"\"{column}\" AT TIME ZONE 'UTC'"
        connection.execute(
            text(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {target} USING {using}')
        )
        done.append(f"{table}.{column}")
    return done


def use_plain_types(connection: Connection) -> None:
    """The way back (a downgrade before the server types): JSON text and naive UTC times."""
    if connection.dialect.name != "postgresql":
        return
    for table, column, kind in _columns(connection, _SERVER):
        if kind == "jsonb":
            target, using = "json", f'"{column}"::json'
        else:
            target, using = "timestamp without time zone", f"\"{column}\" AT TIME ZONE 'UTC'"
        connection.execute(
            text(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {target} USING {using}')
        )
