"""Rotating backups with SQLite's online backup API, and restoring one without losing anything."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.errors import StorageError, UserError

KEEP_BACKUPS = 10
# Backups taken before something irreversible are kept apart from the rotation of routine ones,
# so that ten ordinary starts cannot push out the copy made before a migration.
PROTECTED_REASONS = ("before-migration", "workshop-ended", "before-restore")
KEEP_PROTECTED = 5
_NAME_RE = re.compile(r"^facilitator-(\d{8}T\d{6}\d{6})-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def make_backup(database: Path, backups: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy a live database consistently (other connections may be writing) and keep the newest."""
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"backup reason must be lowercase words: {reason!r}")
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"facilitator-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(database)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                # A backup is a plain file: no WAL beside it.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup could not be written to {backups}: {exc}") from exc
    prune_backups(backups, keep)
    return target


def list_backups(backups: Path) -> list[BackupInfo]:
    """Newest first."""
    found: list[BackupInfo] = []
    if not backups.is_dir():
        return found
    for path in backups.iterdir():
        match = _NAME_RE.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, match.group(2), path.stat().st_size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def prune_backups(backups: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest `keep` routine backups, and the newest few of each protected kind."""
    seen: dict[str, int] = {}
    routine = 0
    for backup in list_backups(backups):
        if backup.reason in PROTECTED_REASONS:
            seen[backup.reason] = seen.get(backup.reason, 0) + 1
            if seen[backup.reason] <= KEEP_PROTECTED:
                continue
        else:
            routine += 1
            if routine <= keep:
                continue
        backup.path.unlink(missing_ok=True)


def changed_since_last_backup(database: Path, backups: Path) -> bool:
    """False when the newest backup is younger than the database and its journal: a start-up
    backup of unchanged data would only push an older, different one out of the rotation."""
    newest = list_backups(backups)
    if not newest:
        return True
    latest = newest[0].path.stat().st_mtime
    files = [database, database.with_name(database.name + "-wal")]
    return any(f.exists() and f.stat().st_mtime > latest for f in files)


def find_backup(backups: Path, name: str) -> BackupInfo:
    """A backup by file name; "latest" is the newest one that is not damaged."""
    from facilitator_app.errors import DatabaseRefused
    from facilitator_app.storage.inspection import inspect_sqlite_file

    available = list_backups(backups)
    if name == "latest":
        for backup in available:
            try:
                inspect_sqlite_file(backup.path)
            except DatabaseRefused:
                continue
            return backup
        raise UserError(f"no usable backup in {backups}")
    for backup in available:
        if backup.name == name or backup.path == Path(name):
            return backup
    raise UserError(f"no backup named {name!r} in {backups}")


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put a backup in place of the database. The file it replaces is moved aside, never deleted,
    so a refused or damaged file can still be sent to someone who can rescue it.
    Returns where the replaced file was moved, if there was one."""
    from facilitator_app.storage.inspection import inspect_sqlite_file

    inspect_sqlite_file(backup)  # refuse to restore a damaged backup
    moved_to: Path | None = None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    if database.exists():
        moved_to = database.with_name(f"{database.name}.replaced-{stamp}")
        os.replace(database, moved_to)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            # Named so that SQLite pairs the journal with the moved file: its last
            # transactions are still there if someone opens it.
            kept = moved_to or database.with_name(f"{database.name}.replaced-{stamp}")
            os.replace(side, kept.with_name(kept.name + suffix))
    partial = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, partial)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, database)
    return moved_to
