"""The workshop file's use cases: export, import, templates and duplicating a workshop.

The format lives in `facilitator_app.exchange` (pure document work on a session); here each use
case opens its transaction, announces what changed and, for imports, is an undoable operation:
undoing an import removes the workshop it added, with everything under it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.exchange.export import build_document as _build_document
from facilitator_app.exchange.export import write_workshop_file
from facilitator_app.exchange.importing import ImportResult, write_document
from facilitator_app.exchange.reading import read_workshop_file
from facilitator_app.exchange.templates import template_document, workshop_document
from facilitator_app.exchange.validation import validate_document
from facilitator_app.services.operations import describe, operation, recording
from facilitator_app.services.workshops import get_summary
from facilitator_app.storage.changeset import ALLOW_BULK_KEY
from facilitator_app.storage.database import Database, announce


def build_document(db: Database, workshop_id: int) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The workshop.json document and the photo files it names (name -> content)."""
    with db.reading() as session:
        return _build_document(session, workshop_id)


def export_workshop(db: Database, workshop_id: int, path: Path | str) -> Path:
    """Write the whole workshop to one file; returns where."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UserError("{path}: no such folder", path=str(target.parent))
    document, photos = build_document(db, workshop_id)
    try:
        write_workshop_file(target, document, photos)
    except OSError as exc:
        raise UserError(
            "{path}: cannot write the file: {error}",
            path=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    return target


@operation("exchange.import_document", "import the workshop “{title}”")
def import_document(
    db: Database, document: Any, photos: dict[str, bytes] | None = None
) -> ImportResult:
    """Add the workshop a document describes: checked whole first, then one transaction, so the
    database is untouched on any refusal."""
    return write_workshop_document(db, document, photos)


def write_workshop_document(
    db: Database,
    document: Any,
    photos: dict[str, bytes] | None = None,
    then: Callable[[Session, ImportResult], None] | None = None,
) -> ImportResult:
    """`import_document`'s work, with `then(session, result)` run in the same transaction (the
    organisation library links the template it brings home)."""
    photos = photos or {}
    document = validate_document(document, photos)  # an older version comes back converted
    with db.transaction() as session:
        session.info[ALLOW_BULK_KEY] = True  # the rows are noted below, as a whole tree
        result = write_document(session, document, photos)
        recorder = recording()
        if recorder is not None:
            connection = session.connection()
            recorder.touch_created_tree(connection, "workshop", [(result.workshop_id,)])
            recorder.touch_created_tree(
                connection, "custom_tool", [(i,) for i in result.new_custom_tools]
            )
        announce(session, Change("workshops", result.workshop_id))
        if result.new_custom_tools:
            announce(session, Change("tools"))
        if then is not None:
            then(session, result)
    describe(title=result.title)
    return result


@operation("exchange.import_file", "import the workshop “{title}”")
def import_workshop_file(db: Database, path: Path | str) -> ImportResult:
    """Read, check and add the workshop in `path`; the database is untouched on any refusal."""
    document, photos = read_workshop_file(path)
    return import_document(db, document, photos)


@operation("exchange.save_template", "save the template “{title}”")
def save_as_template(
    db: Database, workshop_id: int, *, title: str | None = None, keep_participants: bool = False
) -> ImportResult:
    document, _photos = build_document(db, workshop_id)
    return import_document(
        db, template_document(document, title=title, keep_participants=keep_participants)
    )


@operation("exchange.use_template", "create “{title}” from a template")
def new_from_template(
    db: Database, template_id: int, *, start: date, title: str | None = None
) -> ImportResult:
    if not get_summary(db, template_id).is_template:
        raise UserError("workshop {workshop_id} is not a template", workshop_id=template_id)
    document, photos = build_document(db, template_id)
    return import_document(db, workshop_document(document, start=start, title=title), photos)


@operation("workshop.duplicate", "duplicate the workshop as “{title}”")
def duplicate_workshop(db: Database, workshop_id: int, title: str) -> int:
    """A new workshop with the same plan and roster; outputs, attendance and run times are the
    original's history and are not copied. It goes through the workshop file's export and
    import, so a duplicate carries every column a file does and no copy code can fall behind."""
    is_template = get_summary(db, workshop_id).is_template
    document, _photos = build_document(db, workshop_id)
    copy = template_document(document, title=title, keep_participants=True)
    copy["workshop"]["is_template"] = is_template
    return import_document(db, copy, {}).workshop_id
