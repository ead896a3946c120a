"""Reading and writing the organisation library's shared items.

Each write is one short transaction that first takes the change counter (a row lock on
PostgreSQL, the write lock on SQLite), so that changes commit in the order of their `seq` and a
laptop that has read up to `seq` N never misses one below it. A save names the version it
started from; the UPDATE only matches that version, so when another trainer saved first, the
save changes nothing and `VersionConflict` carries their version instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError

from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models.base import new_uid, utcnow
from facilitator_app.organisation.connection import LibraryServer
from facilitator_app.organisation.schema import KINDS, org_counter, org_item

MAX_AUTHOR = 120
MAX_NAME = 300


@dataclass(frozen=True)
class SharedItem:
    """A method or template as the server holds it (and as the laptop's cache keeps it)."""

    uid: str
    kind: str
    version: int
    name: str
    summary: str
    content: dict[str, Any]
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    withdrawn: bool
    seq: int

    def as_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "kind": self.kind,
            "version": self.version,
            "name": self.name,
            "summary": self.summary,
            "content": self.content,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "updated_by": self.updated_by,
            "updated_at": self.updated_at.isoformat(),
            "withdrawn": self.withdrawn,
            "seq": self.seq,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SharedItem:
        return cls(
            uid=str(data["uid"]),
            kind=str(data["kind"]),
            version=int(data["version"]),
            name=str(data["name"]),
            summary=str(data["summary"]),
            content=dict(data["content"]),
            created_by=str(data["created_by"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            updated_by=str(data["updated_by"]),
            updated_at=datetime.fromisoformat(data["updated_at"]),
            withdrawn=bool(data["withdrawn"]),
            seq=int(data["seq"]),
        )


class VersionConflict(UserError):
    """Another trainer saved the shared item after the version this save started from. Nothing
    was written; the trainer chooses: keep theirs as a copy, or take the other's."""

    def __init__(self, theirs: SharedItem, base_version: int) -> None:
        self.theirs = theirs
        self.base_version = base_version
        super().__init__(
            "“{name}” was changed in the organisation library by {who} (version {theirs}) "
            "since your copy (version {base}): nothing was overwritten. Keep yours as a "
            "separate shared copy, or take theirs",
            name=theirs.name,
            who=theirs.updated_by,
            theirs=theirs.version,
            base=base_version,
        )


def _item(row: Any) -> SharedItem:
    return SharedItem(
        uid=row.uid,
        kind=row.kind,
        version=row.version,
        name=row.name,
        summary=row.summary,
        content=row.content,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        withdrawn=row.withdrawn,
        seq=row.seq,
    )


def _next_seq(connection: Connection) -> int:
    """The next change number, holding the counter's row until the commit."""
    seq = connection.execute(
        update(org_counter)
        .where(org_counter.c.id == 1)
        .values(seq=org_counter.c.seq + 1)
        .returning(org_counter.c.seq)
    ).scalar_one()
    return int(seq)


def _clip(text: str, limit: int) -> str:
    return text.strip()[:limit]


def changes_since(server: LibraryServer, seq: int) -> tuple[list[SharedItem], int]:
    """Every item saved or withdrawn after change `seq`, in order, and the newest change."""
    try:
        with server.engine.connect() as connection:
            rows = connection.execute(
                select(org_item).where(org_item.c.seq > seq).order_by(org_item.c.seq)
            ).all()
            newest = connection.execute(select(func.max(org_counter.c.seq))).scalar() or 0
    except (OperationalError, DBAPIError) as exc:
        raise server.unreachable(exc) from exc
    items = [_item(row) for row in rows]
    return items, max([int(newest), seq, *(i.seq for i in items)])


def get_item(server: LibraryServer, uid: str) -> SharedItem | None:
    try:
        with server.engine.connect() as connection:
            row = connection.execute(select(org_item).where(org_item.c.uid == uid)).one_or_none()
    except (OperationalError, DBAPIError) as exc:
        raise server.unreachable(exc) from exc
    return _item(row) if row is not None else None


def publish_new(
    server: LibraryServer,
    kind: str,
    content: dict[str, Any],
    *,
    name: str,
    summary: str,
    author: str,
    uid: str | None = None,
) -> SharedItem:
    """A new shared item, version 1."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    now = utcnow()
    who = _clip(author, MAX_AUTHOR) or "?"
    try:
        with server.writing_engine.begin() as connection:
            seq = _next_seq(connection)
            row = connection.execute(
                insert(org_item)
                .values(
                    uid=uid or new_uid(),
                    kind=kind,
                    version=1,
                    name=_clip(name, MAX_NAME),
                    summary=summary,
                    content=content,
                    created_by=who,
                    created_at=now,
                    updated_by=who,
                    updated_at=now,
                    withdrawn=False,
                    seq=seq,
                )
                .returning(*org_item.c)
            ).one()
    except (OperationalError, DBAPIError) as exc:
        raise server.unreachable(exc) from exc
    return _item(row)


def save_item(
    server: LibraryServer,
    uid: str,
    content: dict[str, Any],
    *,
    name: str,
    summary: str,
    author: str,
    base_version: int,
) -> SharedItem:
    """Replace the item's content if it is still at `base_version`; else VersionConflict and
    nothing is written."""
    return _change(
        server,
        uid,
        base_version,
        {
            "content": content,
            "name": _clip(name, MAX_NAME),
            "summary": summary,
            "updated_by": _clip(author, MAX_AUTHOR) or "?",
            "withdrawn": False,
        },
    )


def withdraw_item(server: LibraryServer, uid: str, *, author: str, base_version: int) -> SharedItem:
    """Take the item out of the library (the row stays, so that every laptop hears of it)."""
    return _change(
        server,
        uid,
        base_version,
        {"updated_by": _clip(author, MAX_AUTHOR) or "?", "withdrawn": True},
    )


def _change(
    server: LibraryServer, uid: str, base_version: int, values: dict[str, Any]
) -> SharedItem:
    try:
        with server.writing_engine.begin() as connection:
            seq = _next_seq(connection)
            row = connection.execute(
                update(org_item)
                .where(org_item.c.uid == uid, org_item.c.version == base_version)
                .values(version=org_item.c.version + 1, seq=seq, updated_at=utcnow(), **values)
                .returning(*org_item.c)
            ).one_or_none()
            if row is None:
                current = connection.execute(
                    select(org_item).where(org_item.c.uid == uid)
                ).one_or_none()
                # Raising inside the block rolls back: the counter is left as it was.
                if current is None:
                    raise NotFoundError(
                        "the organisation library has no item {uid} (any more)", uid=uid
                    )
                raise VersionConflict(_item(current), base_version)
    except (OperationalError, DBAPIError) as exc:
        raise server.unreachable(exc) from exc
    return _item(row)
