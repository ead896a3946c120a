"""Opening a workshop file without trusting it: its size before reading, the sizes its members
declare before unpacking them (a small zip can unpack to gigabytes), then the JSON."""

from __future__ import annotations

import json
import lzma
import math
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from facilitator_app.errors import UserError
from facilitator_app.exchange import format as f

_PHOTO_FILE = re.compile(f.PHOTO_FILE_PATTERN)


def _megabytes(size: int) -> str:
    """The number of megabytes; the sentence says the unit (in the user's language)."""
    return f"{size / (1024 * 1024):.0f}"


# What zipfile can unpack; anything else (AES, Zstandard, ...) is refused before reading.
_READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


class _NumberTooLarge(ValueError):
    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(text)


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python would accept them silently.
    raise json.JSONDecodeError(f"{name} is not a JSON number", name, 0)


def _finite(text: str) -> float:
    # 1e400 is valid JSON but becomes infinity, which no export of ours can write again.
    value = float(text)
    if not math.isfinite(value):
        raise _NumberTooLarge(text)
    return value


def read_workshop_file(path: Path | str) -> tuple[Any, dict[str, bytes]]:
    """The parsed workshop.json and the photo files; UserError says what is wrong and where."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError("{path}: no such file", path=str(path)) from None
    except OSError as exc:
        raise UserError(
            "{path}: cannot read the file: {error}",
            path=str(path),
            error=exc.strerror or str(exc),
        ) from exc
    if not path.is_file():
        raise UserError("{path}: not a file", path=str(path))
    if size > f.MAX_FILE_BYTES:
        raise UserError(
            "{path}: the file is too large ({size} MB; a workshop file is at most {limit} MB)",
            path=str(path),
            size=_megabytes(size),
            limit=_megabytes(f.MAX_FILE_BYTES),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_archive(path, archive)
    except zipfile.BadZipFile as exc:
        raise UserError(
            "{path}: not a workshop file, or a damaged one (it is not a complete ZIP "
            "archive: {error})",
            path=str(path),
            error=str(exc),
        ) from exc
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UserError(
            "{path}: the file is damaged or truncated ({error})", path=str(path), error=str(exc)
        ) from exc
    except UnicodeDecodeError as exc:  # a member's name flagged UTF-8 that is not
        raise UserError(
            "{path}: the file is damaged (a member's name is not readable)", path=str(path)
        ) from exc
    except (RuntimeError, NotImplementedError) as exc:  # what zipfile says of odd members
        raise UserError(
            "{path}: a member of the archive cannot be read ({error})",
            path=str(path),
            error=str(exc),
        ) from exc


def _read_archive(path: Path, archive: zipfile.ZipFile) -> tuple[Any, dict[str, bytes]]:
    members = archive.infolist()
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        raise UserError("{path}: the archive holds the same member twice", path=str(path))
    if f.DOCUMENT_NAME not in names:
        raise UserError(
            "{path}: not a workshop file ({document} is missing)",
            path=str(path),
            document=f.DOCUMENT_NAME,
        )
    total = 0
    for member in members:
        if member.is_dir():
            continue
        if member.filename != f.DOCUMENT_NAME and not _PHOTO_FILE.match(member.filename):
            raise UserError(
                "{path}: unexpected member {member!r} in the archive",
                path=str(path),
                member=member.filename,
            )
        if member.flag_bits & 0x1:
            raise UserError(
                "{path}: {member} is encrypted (password-protected); a workshop file never is: "
                "export it again from the application",
                path=str(path),
                member=member.filename,
            )
        if member.compress_type not in _READABLE_METHODS:
            raise UserError(
                "{path}: {member} is compressed with a method this application does not read "
                "(method {method}): export it again from the application",
                path=str(path),
                member=member.filename,
                method=member.compress_type,
            )
        total += member.file_size
    document_size = archive.getinfo(f.DOCUMENT_NAME).file_size
    if document_size > f.MAX_DOCUMENT_BYTES:
        raise UserError(
            "{path}: {document} would unpack to {size} MB (at most {limit} MB): refused",
            path=str(path),
            document=f.DOCUMENT_NAME,
            size=_megabytes(document_size),
            limit=_megabytes(f.MAX_DOCUMENT_BYTES),
        )
    if total > f.MAX_UNPACKED_BYTES:
        raise UserError(
            "{path}: the archive would unpack to {size} MB (at most {limit} MB): refused",
            path=str(path),
            size=_megabytes(total),
            limit=_megabytes(f.MAX_UNPACKED_BYTES),
        )
    # zipfile stops at the declared size and checks the CRC, so the checks above bound memory.
    raw = archive.read(f.DOCUMENT_NAME)
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite)
    except _NumberTooLarge as exc:
        raise UserError(
            "{path}: {document} holds the number {number}, too large to store",
            path=str(path),
            document=f.DOCUMENT_NAME,
            number=exc.text[:40],
        ) from None
    except UnicodeDecodeError as exc:
        raise UserError(
            "{path}: {document} is not UTF-8 text ({reason})",
            path=str(path),
            document=f.DOCUMENT_NAME,
            reason=exc.reason,
        ) from exc
    except RecursionError:
        raise UserError(
            "{path}: {document} is nested too deeply", path=str(path), document=f.DOCUMENT_NAME
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            "{path}: {document} is not valid JSON: {error} (line {line}, column {column})",
            path=str(path),
            document=f.DOCUMENT_NAME,
            error=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    except ValueError as exc:  # an integer of thousands of digits
        raise UserError(
            "{path}: {document} holds a number too large: {error}",
            path=str(path),
            document=f.DOCUMENT_NAME,
            error=str(exc),
        ) from None
    photos = {m.filename: archive.read(m) for m in members if _PHOTO_FILE.match(m.filename)}
    return document, photos
