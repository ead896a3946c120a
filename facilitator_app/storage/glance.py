"""A first look at the workshop list, read straight from the SQLite file with the standard
library, so the window shows the facilitator's workshops in its first paint while SQLAlchemy,
the models and the migrations are still loading (they take most of a second).

Only a file this version fully knows is read here: ours (application id), at the schema head,
not an older or newer revision (those go through the full path, which migrates or refuses).
Nothing is written; any trouble gives None and the full path decides what to tell the user.
Tested against `services.workshops.list_workshops`, which stays the one reading that counts."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, date, datetime

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.storage.inspection import SQLITE_HEADER, schema_head
from facilitator_app.storage.location import Location
from facilitator_app.workshop_summary import WorkshopSummary

log = logging.getLogger(__name__)

# The same lines, in the same order, as list_workshops(db, templates=False).
_WORKSHOPS = """
SELECT w.id, w.uid, w.title, w.organiser, w.venue, w.language, w.is_template,
       (SELECT count(*) FROM day d WHERE d.workshop_id = w.id),
       (SELECT count(*) FROM participant p WHERE p.workshop_id = w.id),
       (SELECT min(d.date) FROM day d WHERE d.workshop_id = w.id),
       (SELECT max(d.date) FROM day d WHERE d.workshop_id = w.id),
       w.updated_at, w.ended_at
FROM workshop w
WHERE w.deleted_at IS NULL AND w.is_template = 0
ORDER BY w.updated_at DESC, w.id DESC
"""


def glance_workshops(location: Location) -> list[WorkshopSummary] | None:
    """The workshops (not templates, not deleted), newest first; None when the file is not one
    to read this way (missing, a server, another revision, locked, damaged...)."""
    path = location.file
    if location.is_server or path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != SQLITE_APPLICATION_ID:
            return None
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema_head():
            return None
        return [_summary(row) for row in connection.execute(_WORKSHOPS)]
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("no quick look at %s: %s", path, exc)
        return None
    finally:
        connection.close()


def _summary(row: tuple) -> WorkshopSummary:
    (id_, uid, title, organiser, venue, language, is_template, days, people,
     first, last, updated, ended) = row  # fmt: skip
    return WorkshopSummary(
        id=id_,
        uid=uid,
        title=title,
        organiser=organiser,
        venue=venue,
        language=language,
        is_template=bool(is_template),
        days=days,
        participants=people,
        first_date=date.fromisoformat(first) if first else None,
        last_date=date.fromisoformat(last) if last else None,
        updated_at=_utc(updated),
        ended_at=_utc(ended) if ended else None,
    )


def _utc(stored: str) -> datetime:
    # SQLAlchemy keeps SQLite's times as naive UTC text (models.base.UTCDateTime).
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
