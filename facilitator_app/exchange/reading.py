"""Opening a workshop file without trusting it: its size before reading, the sizes its members
declare before unpacking them (a small zip can unpack to gigabytes), then the JSON."""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from facilitator_app.errors import UserError
from facilitator_app.exchange import format as f

_PHOTO_FILE = re.compile(f.PHOTO_FILE_PATTERN)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python would accept them silently.
    raise json.JSONDecodeError(f"{name} is not a JSON number", name, 0)


def read_workshop_file(path: Path | str) -> tuple[Any, dict[str, bytes]]:
    """The parsed workshop.json and the photo files; UserError says what is wrong and where."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise UserError(f"{path}: not a file")
    if size > f.MAX_FILE_BYTES:
        raise UserError(
            f"{path}: the file is too large ({_megabytes(size)}; "
            f"a workshop file is at most {_megabytes(f.MAX_FILE_BYTES)})"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_archive(path, archive)
    except zipfile.BadZipFile as exc:
        raise UserError(
            f"{path}: not a workshop file, or a damaged one (it is not a complete ZIP "
            f"archive: {exc})"
        ) from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise UserError(f"{path}: the file is damaged or truncated ({exc})") from exc


def _read_archive(path: Path, archive: zipfile.ZipFile) -> tuple[Any, dict[str, bytes]]:
    members = archive.infolist()
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        raise UserError(f"{path}: the archive holds the same member twice")
    if f.DOCUMENT_NAME not in names:
        raise UserError(f"{path}: not a workshop file ({f.DOCUMENT_NAME} is missing)")
    total = 0
    for member in members:
        if member.is_dir():
            continue
        if member.filename != f.DOCUMENT_NAME and not _PHOTO_FILE.match(member.filename):
            raise UserError(f"{path}: unexpected member {member.filename!r} in the archive")
        total += member.file_size
    document_size = archive.getinfo(f.DOCUMENT_NAME).file_size
    if document_size > f.MAX_DOCUMENT_BYTES:
        raise UserError(
            f"{path}: {f.DOCUMENT_NAME} would unpack to {_megabytes(document_size)} "
            f"(at most {_megabytes(f.MAX_DOCUMENT_BYTES)}): refused"
        )
    if total > f.MAX_UNPACKED_BYTES:
        raise UserError(
            f"{path}: the archive would unpack to {_megabytes(total)} "
            f"(at most {_megabytes(f.MAX_UNPACKED_BYTES)}): refused"
        )
    # zipfile stops at the declared size and checks the CRC, so the checks above bound memory.
    raw = archive.read(f.DOCUMENT_NAME)
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: {f.DOCUMENT_NAME} is not UTF-8 text ({exc.reason})") from exc
    except RecursionError:
        raise UserError(f"{path}: {f.DOCUMENT_NAME} is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: {f.DOCUMENT_NAME} is not valid JSON: {exc.msg} "
            f"(line {exc.lineno}, column {exc.colno})"
        ) from exc
    photos = {m.filename: archive.read(m) for m in members if _PHOTO_FILE.match(m.filename)}
    return document, photos
