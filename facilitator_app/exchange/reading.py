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
    return f"{size / (1024 * 1024):.0f} MB"


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
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UserError(f"{path}: the file is damaged or truncated ({exc})") from exc
    except UnicodeDecodeError as exc:  # a member's name flagged UTF-8 that is not
        raise UserError(f"{path}: the file is damaged (a member's name is not readable)") from exc
    except (RuntimeError, NotImplementedError) as exc:  # what zipfile says of odd members
        raise UserError(f"{path}: a member of the archive cannot be read ({exc})") from exc


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
        if member.flag_bits & 0x1:
            raise UserError(
                f"{path}: {member.filename} is encrypted (password-protected); a workshop file "
                "never is: export it again from the application"
            )
        if member.compress_type not in _READABLE_METHODS:
            raise UserError(
                f"{path}: {member.filename} is compressed with a method this application does "
                f"not read (method {member.compress_type}): export it again from the application"
            )
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
        document = json.loads(raw.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite)
    except _NumberTooLarge as exc:
        raise UserError(
            f"{path}: {f.DOCUMENT_NAME} holds the number {exc.text[:40]}, too large to store"
        ) from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: {f.DOCUMENT_NAME} is not UTF-8 text ({exc.reason})") from exc
    except RecursionError:
        raise UserError(f"{path}: {f.DOCUMENT_NAME} is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: {f.DOCUMENT_NAME} is not valid JSON: {exc.msg} "
            f"(line {exc.lineno}, column {exc.colno})"
        ) from exc
    except ValueError as exc:  # an integer of thousands of digits
        raise UserError(f"{path}: {f.DOCUMENT_NAME} holds a number too large: {exc}") from None
    photos = {m.filename: archive.read(m) for m in members if _PHOTO_FILE.match(m.filename)}
    return document, photos
