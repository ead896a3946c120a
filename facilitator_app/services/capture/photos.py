"""Photos of flip charts, kept inside the database so one file (and one backup) holds the
whole workshop. The console re-encodes an image before it comes here (a JPEG whose longest
side is at most capture.limits.MAX_PHOTO_SIDE); the core refuses what is still too large or
is not an image it knows, by its first bytes rather than its name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator_app.capture import limits
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Photo
from facilitator_app.services.capture.common import (
    by_uid,
    check_item,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

_SIGNATURES = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}


@dataclass(frozen=True)
class PhotoView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    caption: str
    filename: str
    media_type: str
    size: int
    group_label: str
    position: int


def media_type_of(content: bytes) -> str | None:
    """What the bytes are (JPEG or PNG), whatever the file was called."""
    for media_type, signature in _SIGNATURES.items():
        if content.startswith(signature):
            return media_type
    return None


@operation("capture.add_photo", "add the photo “{caption}”")
def add_photo(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    content: bytes,
    *,
    caption: str = "",
    filename: str = "",
    group_label: str = "",
    uid: str | None = None,
) -> int:
    if len(content) > limits.PHOTO_BYTES:
        raise UserError(
            "a photo is stored in at most {limit} MB ({size} MB given): reduce it first",
            limit=limits.PHOTO_BYTES // (1024 * 1024),
            size=round(len(content) / (1024 * 1024), 1),
        )
    media_type = media_type_of(content)
    if media_type is None:
        raise UserError("this is not a JPEG or PNG image")
    caption = limits.one_line(caption, 500, Phrase("a caption"))
    filename = limits.one_line(filename, limits.TITLE, Phrase("a file name"))
    describe(caption=caption or filename or "-")
    with db.transaction() as session:
        same = by_uid(session, Photo, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        photo = Photo(
            workshop_id=workshop_id,
            item_id=item_id,
            content=content,
            media_type=media_type,
            caption=caption,
            filename=filename,
            group_label=limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name")),
            position=next_position(
                session, Photo, Photo.workshop_id == workshop_id, Photo.item_id == item_id
            ),
        )
        if uid is not None:
            photo.uid = uid
        session.add(photo)
        session.flush()
        notify(session, "photo", workshop_id, (photo.id,))
        return int(photo.id)


@operation("capture.caption_photo", "caption the photo “{caption}”")
def caption_photo(db: Database, photo_id: int, caption: str) -> None:
    caption = limits.one_line(caption, 500, Phrase("a caption"))
    with db.transaction() as session:
        photo = get_row(session, Photo, photo_id, Phrase("photo"))
        describe(caption=caption or photo.filename or "-")
        photo.caption = caption
        notify(session, "photo", photo.workshop_id, (photo.id,))


@operation("capture.remove_photo", "remove the photo “{caption}”")
def remove_photo(db: Database, photo_id: int) -> None:
    with db.transaction() as session:
        photo = get_row(session, Photo, photo_id, Phrase("photo"))
        describe(caption=photo.caption or photo.filename or "-")
        workshop_id = photo.workshop_id
        session.delete(photo)
        notify(session, "photo", workshop_id, (photo_id,))


_COLUMNS = (
    Photo.id,
    Photo.uid,
    Photo.workshop_id,
    Photo.item_id,
    Photo.caption,
    Photo.filename,
    Photo.media_type,
    func.length(Photo.content),
    Photo.group_label,
    Photo.position,
)


def photos_of(db: Database, workshop_id: int, item_id: int | None) -> list[PhotoView]:
    """The item's photos without their bytes (a list of them stays light)."""
    with db.reading() as session:
        rows = session.execute(
            select(*_COLUMNS)
            .where(Photo.workshop_id == workshop_id, Photo.item_id == item_id)
            .order_by(Photo.position, Photo.id)
        )
        return [PhotoView(*row) for row in rows]


def photo_content(db: Database, photo_id: int) -> bytes:
    with db.reading() as session:
        return bytes(get_row(session, Photo, photo_id, Phrase("photo")).content)
