"""Rows written by hand into a database at an older revision (the models describe only the
newest schema): what the migration tests fill a file with before upgrading it."""

from __future__ import annotations

from sqlalchemy import Connection, text


def put(connection: Connection, table: str, **values: object) -> None:
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)


def put_workshop_and_day(connection: Connection, now: str) -> None:
    """Workshop 1 ("Forum") and its day 1, with the columns every revision since 0002 has."""
    put(
        connection,
        "workshop",
        id=1,
        uid="w-1",
        title="Forum",
        theme="",
        objective="",
        organiser="",
        venue="",
        facilitators="",
        language="fr",
        notes="",
        is_template=0,
        created_at=now,
        updated_at=now,
    )
    put(
        connection,
        "day",
        id=1,
        uid="d-1",
        workshop_id=1,
        position=0,
        title="",
        venue="",
        start_time="09:00:00",
    )
