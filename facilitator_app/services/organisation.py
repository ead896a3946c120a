"""Publishing to the organisation library and taking a copy home: the laptop's side.

A copy here (a tool of My tools, a template) is linked to its shared item by a `SharedCopy`
row: which server, which item, and the version it was last in step with. Publishing sends the
copy with that version; when another trainer saved since, the server writes nothing
(`VersionConflict`) and the trainer chooses: `keep_mine_as_copy` (theirs stays, mine becomes
a separate shared item) or `take_theirs` (my copy becomes theirs; Ctrl+Z brings mine back).

Taking a copy home and taking theirs change only this laptop's data: undoable operations.
Publishing changes the server too, which an undo here could not take back: the window runs
it without putting it on the Undo menu (what it writes here, the link, is recorded all the
same). Templates travel without their participants: names stay on the laptop.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.exchange.importing import ImportResult
from facilitator_app.exchange.templates import template_document
from facilitator_app.models import CustomTool, SharedCopy, Workshop, new_uid, utcnow
from facilitator_app.organisation.library import OrganisationLibrary, method_content
from facilitator_app.organisation.server import (
    SharedItem,
    VersionConflict,
    publish_new,
    save_item,
)
from facilitator_app.services import exchange
from facilitator_app.services import library as my_tools
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce
from facilitator_app.tools.custom import validate_definition
from facilitator_app.tools.vocabulary import LANGUAGES

METHOD = "method"
TEMPLATE = "template"
# The organisation library's own language first (French public sector), then the other.
NAME_ORDER = ("fr", "en")
COPY_SUFFIX = {"fr": " (copie)", "en": " (copy)"}


@dataclass(frozen=True)
class CopyLink:
    kind: str
    local_uid: str
    shared_uid: str
    base_version: int


@dataclass(frozen=True)
class CopyState:
    """How a copy here stands with its shared item, as last seen from the server."""

    link: CopyLink
    shared: SharedItem | None  # None: withdrawn, or not seen yet
    changed_here: bool

    @property
    def status(self) -> str:
        """in-step | changed-here | newer-there | withdrawn"""
        if self.shared is None:
            return "withdrawn"
        if self.shared.version > self.link.base_version:
            return "newer-there"
        return "changed-here" if self.changed_here else "in-step"


# -- reading -----------------------------------------------------------------------------------


def links(db: Database, library: OrganisationLibrary) -> dict[str, CopyLink]:
    """The copies here linked to this server's library, by local uid."""
    with db.reading() as session:
        rows = session.scalars(select(SharedCopy).where(SharedCopy.server == library.key))
        return {
            row.local_uid: CopyLink(row.kind, row.local_uid, row.shared_uid, row.base_version)
            for row in rows
        }


def copy_state(db: Database, library: OrganisationLibrary, local_uid: str) -> CopyState | None:
    link = links(db, library).get(local_uid)
    if link is None:
        return None
    shared = library.item(link.shared_uid)
    changed = False
    if shared is not None and shared.version == link.base_version and link.kind == METHOD:
        try:
            mine, _name, _summary = _method_content(db, local_uid)
        except NotFoundError:
            return None  # the tool was deleted here
        changed = mine != shared.content
    return CopyState(link, shared, changed)


def _names(definition: dict[str, Any]) -> dict[str, str]:
    return {lang: (definition.get(lang) or {}).get("name") or "" for lang in LANGUAGES}


def _cleaned(definition: dict[str, Any], uid: str, based_on: str | None) -> dict[str, Any]:
    """Checked by the validator of the data files, in their canonical shape (as My tools)."""
    return validate_definition(definition, uid, based_on).definition()


def _first(texts: dict[str, str]) -> str:
    return next((texts[lang] for lang in NAME_ORDER if texts.get(lang)), "")


def _method_content(db: Database, uid: str) -> tuple[dict[str, Any], str, str]:
    record = my_tools.custom_tool_record(db, uid)
    definition = record.definition
    summaries = {lang: (definition.get(lang) or {}).get("summary") or "" for lang in LANGUAGES}
    content = {"definition": definition, "based_on": record.based_on}
    return content, _first(_names(definition)), _first(summaries)


def _template(session: Session, uid: str) -> Workshop:
    workshop = session.scalars(
        select(Workshop).where(Workshop.uid == uid, Workshop.deleted_at.is_(None))
    ).one_or_none()
    if workshop is None or not workshop.is_template:
        raise NotFoundError("no template of yours has the uid {uid}", uid=uid)
    return workshop


def _template_content(db: Database, uid: str, shared_uid: str) -> tuple[dict[str, Any], str, str]:
    """The template as a workshop document, without its participants (their names stay here),
    stamped with the shared item's uid so the same template gives the same content."""
    with db.reading() as session:
        workshop = _template(session, uid)
        workshop_id, created = workshop.id, workshop.created_at
    document, _photos = exchange.build_document(db, workshop_id)
    shared = template_document(document, keep_participants=False)
    shared["workshop"]["uid"] = shared_uid
    shared["workshop"]["created_at"] = created.replace(microsecond=0).isoformat()
    fields = shared["workshop"]
    return {"document": shared}, fields["title"], fields.get("objective") or fields.get("theme", "")


def _content(
    db: Database, kind: str, local_uid: str, shared_uid: str
) -> tuple[dict[str, Any], str, str]:
    if kind == METHOD:
        return _method_content(db, local_uid)
    if kind == TEMPLATE:
        return _template_content(db, local_uid, shared_uid)
    raise ValueError(f"unknown kind {kind!r}")


def _link(
    session: Session, library: OrganisationLibrary, kind: str, local_uid: str, item: SharedItem
) -> None:
    row = session.scalars(select(SharedCopy).where(SharedCopy.local_uid == local_uid)).first()
    if row is None:
        session.add(
            SharedCopy(
                kind=kind,
                local_uid=local_uid,
                server=library.key,
                shared_uid=item.uid,
                base_version=item.version,
            )
        )
    else:
        row.kind, row.server = kind, library.key
        row.shared_uid, row.base_version = item.uid, item.version
        row.linked_at = utcnow()


def _announce(session: Session, kind: str, workshop_id: int | None = None) -> None:
    announce(session, Change("tools") if kind == METHOD else Change("workshops", workshop_id))


def _remember(
    db: Database, library: OrganisationLibrary, kind: str, local_uid: str, item: SharedItem
) -> None:
    with db.transaction() as session:
        _link(session, library, kind, local_uid, item)
        workshop_id = None
        if kind == TEMPLATE:
            workshop_id = session.scalar(select(Workshop.id).where(Workshop.uid == local_uid))
        _announce(session, kind, workshop_id)
    library.note(item)


# -- taking a copy home ------------------------------------------------------------------------


def _shared(library: OrganisationLibrary, shared_uid: str) -> SharedItem:
    item = library.item(shared_uid)
    if item is None:
        raise NotFoundError(
            "the organisation library has no item {uid} (refresh the library)", uid=shared_uid
        )
    return item


@operation("organisation.take_copy", "take “{name}” home from the organisation library")
def take_copy_home(db: Database, library: OrganisationLibrary, shared_uid: str) -> str:
    """A copy of the shared item here, linked to it: a tool of My tools or a template. Works
    from the copy in hand (offline too). Returns the uid of the copy here."""
    item = _shared(library, shared_uid)
    describe(name=item.name)
    if item.kind == METHOD:
        definition, based_on = method_content(item.content)
        uid = new_uid()
        cleaned = _cleaned(definition, uid, based_on)
        with db.transaction() as session:
            session.add(CustomTool(uid=uid, based_on=based_on, definition=cleaned))
            _link(session, library, METHOD, uid, item)
            _announce(session, METHOD)
        return uid
    return _bring_template(db, library, item).uid


def _bring_template(
    db: Database, library: OrganisationLibrary, item: SharedItem, replacing: str | None = None
) -> ImportResult:
    """The shared template as a new template here (and `replacing`, mine, to the bin)."""
    document = template_document(copy.deepcopy(item.content["document"]), keep_participants=True)

    def link(session: Session, result: ImportResult) -> None:
        if replacing is not None:
            mine = _template(session, replacing)
            mine.deleted_at = utcnow()
            announce(session, Change("workshops", mine.id))
            old = session.scalars(select(SharedCopy).where(SharedCopy.local_uid == replacing))
            for row in old:
                session.delete(row)
            session.flush()
        _link(session, library, TEMPLATE, result.uid, item)

    return exchange.write_workshop_document(db, document, {}, then=link)


# -- publishing --------------------------------------------------------------------------------


@operation("organisation.publish", "publish “{name}” to the organisation library")
def publish(db: Database, library: OrganisationLibrary, kind: str, local_uid: str) -> SharedItem:
    """Send this copy to the library: a new shared item the first time, else a new version of
    the one it is linked to. Raises VersionConflict (nothing written anywhere) when another
    trainer saved it since this copy's version."""
    link = links(db, library).get(local_uid)
    shared_uid = link.shared_uid if link is not None else new_uid()
    content, name, summary = _content(db, kind, local_uid, shared_uid)
    describe(name=name)
    server = library.connect()
    try:
        if link is None:
            item = publish_new(
                server,
                kind,
                content,
                name=name,
                summary=summary,
                author=library.author,
                uid=shared_uid,
            )
        else:
            try:
                item = save_item(
                    server,
                    shared_uid,
                    content,
                    name=name,
                    summary=summary,
                    author=library.author,
                    base_version=link.base_version,
                )
            except VersionConflict as conflict:
                if conflict.theirs.content != content or conflict.theirs.withdrawn:
                    library.note(conflict.theirs)
                    raise
                item = conflict.theirs  # the same content already there: in step with it
    finally:
        server.close()
    _remember(db, library, kind, local_uid, item)
    return item


def _suffixed(kind: str, content: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The content named as a copy, and that name."""
    result = copy.deepcopy(content)
    if kind == METHOD:
        definition = result["definition"]
        for language in LANGUAGES:
            texts = definition.get(language) or {}
            if texts.get("name"):
                texts["name"] = texts["name"] + COPY_SUFFIX[language]
        return result, _first(_names(definition))
    workshop = result["document"]["workshop"]
    language = workshop.get("language", "fr")
    workshop["title"] = (workshop["title"] + COPY_SUFFIX.get(language, " (copy)"))[:300]
    return result, workshop["title"]


@operation("organisation.keep_mine", "publish “{name}” as a separate copy in the library")
def keep_mine_as_copy(
    db: Database, library: OrganisationLibrary, kind: str, local_uid: str
) -> SharedItem:
    """After a conflict: theirs stays as it is, mine becomes a new shared item named as a copy
    ("… (copie)"), and my copy here takes that name and is linked to it."""
    shared_uid = new_uid()
    content, _name, summary = _content(db, kind, local_uid, shared_uid)
    content, name = _suffixed(kind, content)
    describe(name=name)
    server = library.connect()
    try:
        item = publish_new(
            server,
            kind,
            content,
            name=name,
            summary=summary,
            author=library.author,
            uid=shared_uid,
        )
    finally:
        server.close()
    with db.transaction() as session:
        workshop_id = None
        if kind == METHOD:
            row = session.scalars(select(CustomTool).where(CustomTool.uid == local_uid)).one()
            row.definition = _cleaned(content["definition"], local_uid, row.based_on)
        else:
            workshop = _template(session, local_uid)
            workshop.title = content["document"]["workshop"]["title"]
            workshop_id = workshop.id
        _link(session, library, kind, local_uid, item)
        _announce(session, kind, workshop_id)
    library.note(item)
    return item


@operation("organisation.take_theirs", "take the organisation's version of “{name}”")
def take_theirs(db: Database, library: OrganisationLibrary, kind: str, local_uid: str) -> str:
    """After a conflict: my copy becomes the library's current version (a method is replaced
    in place; a template is brought home anew and mine goes to the bin). Undo brings mine back.
    Returns the uid of the copy here."""
    link = links(db, library).get(local_uid)
    if link is None:
        raise UserError("this copy is not linked to the organisation library")
    # After a conflict the library already holds theirs (no network needed); else ask.
    theirs = library.item(link.shared_uid)
    if theirs is None or theirs.version <= link.base_version:
        theirs = library.fetch(link.shared_uid)
    if theirs is None:
        raise NotFoundError(
            "the organisation library no longer has “{uid}”: it was withdrawn",
            uid=link.shared_uid,
        )
    describe(name=theirs.name)
    if kind == METHOD:
        definition, based_on = method_content(theirs.content)
        cleaned = _cleaned(definition, local_uid, based_on)
        with db.transaction() as session:
            row = session.scalars(select(CustomTool).where(CustomTool.uid == local_uid)).one()
            row.definition, row.based_on = cleaned, based_on
            _link(session, library, METHOD, local_uid, theirs)
            _announce(session, METHOD)
        return local_uid
    return _bring_template(db, library, theirs, replacing=local_uid).uid
