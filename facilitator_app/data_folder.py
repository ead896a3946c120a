"""Choosing another data folder: what the chosen folder holds, whether it may be used, moving
the data there, and the choice kept for the next starts.

The choice lives in the settings of the standard folder (the platform's, or
$FACILITATOR_APP_DATA_DIR): the only place a start can read before it knows where the data
is. `--data-dir` still wins over it (facilitator_app/paths.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from facilitator_app.errors import StorageError, UserError
from facilitator_app.instance_lock import LOCK_NAME, RAISE_NAME, is_held
from facilitator_app.paths import DATABASE_FILENAME, home_data_dir
from facilitator_app.settings import Settings

POINTER = "data_folder"
# What the application keeps in a data folder that is not the user's data: a folder holding
# only these is empty for our purpose, and a move leaves them (the log is open, the lock held).
NOT_DATA = frozenset({LOCK_NAME, RAISE_NAME, "logs", "settings.json"})


class FolderKind(Enum):
    EMPTY = "empty"  # nothing of anyone's: the data may move there, or start anew
    DATABASE = "database"  # the application's data is already there: it may be opened


@dataclass(frozen=True)
class FolderCheck:
    folder: Path
    kind: FolderKind


def _inside(folder: Path, other: Path) -> bool:
    return folder == other or other in folder.parents


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def examine(candidate: Path, current: Path) -> FolderCheck:
    """What `candidate` is as the next data folder; a UserError says why it cannot be one."""
    folder = candidate.expanduser().resolve()
    current = current.expanduser().resolve()
    if folder == current:
        raise UserError("{folder} is already the data folder", folder=str(folder))
    if _inside(folder, current):
        raise UserError(
            "{folder} is inside the data folder {current}: choose a folder outside it",
            folder=str(folder),
            current=str(current),
        )
    if folder.exists() and not folder.is_dir():
        raise UserError("{folder} is a file, not a folder", folder=str(folder))
    if not _writable(folder):
        raise UserError(
            "the application cannot write in {folder}: choose a folder of yours",
            folder=str(folder),
        )
    if is_held(folder):
        raise UserError(
            "another window of the application is open on {folder}: close it first",
            folder=str(folder),
        )
    database = folder / DATABASE_FILENAME
    if database.exists():
        from facilitator_app.storage.inspection import inspect_sqlite_file

        inspect_sqlite_file(database)  # a damaged or foreign file is refused, and says why
        return FolderCheck(folder, FolderKind.DATABASE)
    others = [e.name for e in os.scandir(folder) if e.name not in NOT_DATA]
    if others:
        raise UserError(
            "{folder} already holds other files ({examples}): choose an empty folder, or "
            "the folder of the application's data",
            folder=str(folder),
            examples=", ".join(sorted(others)[:3]),
        )
    return FolderCheck(folder, FolderKind.EMPTY)


def chosen_folder(home: Path | None = None) -> Path | None:
    """The folder the user chose for the next starts (None: the standard one)."""
    value = Settings.in_data_dir(home or home_data_dir()).get(POINTER)
    return Path(value) if value else None


def choose(folder: Path, home: Path | None = None) -> None:
    """Make `folder` the data folder of the next starts (the standard folder: no choice)."""
    home = home or home_data_dir()
    settings = Settings.in_data_dir(home)
    folder = folder.expanduser().resolve()
    settings.set(POINTER, "" if folder == home.expanduser().resolve() else str(folder))


def start_empty(folder: Path, home: Path | None = None) -> None:
    """Make the empty `folder` the data folder of the next starts, with an empty database in
    it already: the next start opens it as it is, without the demo a first start brings (the
    user asked for an empty start)."""
    from facilitator_app.storage.database import demo_installed, open_database
    from facilitator_app.storage.location import Location

    database = open_database(Location.in_data_dir(folder.expanduser().resolve()))
    try:
        demo_installed(database)
    finally:
        database.close()
    choose(folder, home)


def _data_entries(folder: Path) -> list[Path]:
    return sorted(
        Path(e.path)
        for e in os.scandir(folder)
        if e.name not in NOT_DATA - {"settings.json"} and not e.name.endswith(("-wal", "-shm"))
    )


def move_data(current: Path, new: Path) -> list[Path]:
    """Move the data of `current` (the database closed) into the empty folder `new`: every
    file copied and the database checked there before anything is removed here, so a move
    that fails half-way leaves the data where it was. Returns what was moved (its new
    places). The log and the window's lock stay (they are in use)."""
    from facilitator_app.storage.backups import copy_database
    from facilitator_app.storage.inspection import inspect_sqlite_file

    current, new = current.resolve(), new.resolve()
    check = examine(new, current)
    if check.kind is not FolderKind.EMPTY:
        raise UserError("{folder} is not empty: the data cannot move there", folder=str(new))
    entries = _data_entries(current)
    placed: list[Path] = []
    try:
        for entry in entries:
            target = new / entry.name
            if entry.name == DATABASE_FILENAME:
                copy_database(entry, target)
            elif entry.is_dir():
                shutil.copytree(entry, target)
            else:
                shutil.copy2(entry, target)
            placed.append(target)
        if (new / DATABASE_FILENAME).exists():
            inspect_sqlite_file(new / DATABASE_FILENAME)
    except (OSError, sqlite3.Error, StorageError) as exc:
        for target in placed:
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)
        raise StorageError(
            "the data could not be moved to {folder} ({problem}); it stays in {current}",
            folder=str(new),
            current=str(current),
            problem=str(exc),
        ) from exc
    # Copied and checked: now it leaves the old folder (personal data is not left behind).
    for entry in entries:
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
            if entry.name == DATABASE_FILENAME:
                for suffix in ("-wal", "-shm"):
                    entry.with_name(entry.name + suffix).unlink(missing_ok=True)
    return placed
