"""Rotating backups with SQLite's online backup API, and restoring one without losing anything.

What is kept (README and docs/architecture.md say the same):
- the newest KEEP_BACKUPS (10) routine backups (at start, on demand, any other reason);
- besides them, the newest KEEP_PROTECTED (5) of each protected kind: before a migration, and
  when a workshop ends;
- every file a restore replaced (`facilitator.sqlite3.replaced-*`, beside the database): never
  deleted by the app, listed by `facilitator-app check`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator_app.atomic import fsync_folder, place_without_overwrite, remove_stale
from facilitator_app.errors import ReadOnlyData, StorageError, UserError

KEEP_BACKUPS = 10
# Backups taken before something irreversible are kept apart from the rotation of routine ones,
# so that ten ordinary starts cannot push out the copy made before a migration.
PROTECTED_REASONS = ("before-migration", "workshop-ended")
KEEP_PROTECTED = 5
REPLACED_LABEL = "replaced"
_NAME_RE = re.compile(r"^facilitator-(\d{8}T\d{6}\d{6})-([a-z-]+)\.sqlite3$")
# A backup being written: "." + its final name + mkstemp's 8 characters + ".partial".
_PARTIAL_RE = re.compile(r"\.facilitator-\d{8}T\d{12}-[a-z-]+\.sqlite3\.[a-z0-9_]{8}\.partial")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def _backup_name(reason: str, moment: datetime) -> str:
    return f"facilitator-{moment.strftime('%Y%m%dT%H%M%S%f')}-{reason}.sqlite3"


def make_backup(database: Path, backups: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy a live database consistently (other connections may be writing) and keep the newest.
    Two processes backing up at the same moment both succeed, each with its own file."""
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"backup reason must be lowercase words: {reason!r}")
    moment = datetime.now(UTC)
    partial: Path | None = None
    try:
        backups.mkdir(parents=True, exist_ok=True)
        remove_stale(backups, _PARTIAL_RE)
        handle, name = tempfile.mkstemp(
            prefix=f".{_backup_name(reason, moment)}.", suffix=".partial", dir=backups
        )
        os.close(handle)
        partial = Path(name)
        copy_database(database, partial)
        target = _place_backup(partial, backups, reason, moment)
    except (OSError, sqlite3.Error) as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EROFS:
            raise ReadOnlyData(backups) from exc
        raise StorageError(
            "the backup could not be written to {folder}: {problem}",
            folder=str(backups),
            problem=exc,
        ) from exc
    prune_backups(backups, keep)
    return target


def copy_database(source: Path, target: Path) -> None:
    """SQLite's own copy of a live database: whole and consistent while other connections
    write, the journal's last transactions included; the copy is a plain file (no WAL beside
    it). Raises sqlite3.Error or OSError."""
    reading = sqlite3.connect(source)
    try:
        writing = sqlite3.connect(target)
        try:
            reading.backup(writing)
            writing.execute("PRAGMA journal_mode=DELETE")
        finally:
            writing.close()
    finally:
        reading.close()


def _place_backup(partial: Path, backups: Path, reason: str, moment: datetime) -> Path:
    """Under its time-stamped name, never over another backup made in the same microsecond."""
    while True:
        target = backups / _backup_name(reason, moment)
        try:
            place_without_overwrite(partial, target)
            return target
        except FileExistsError:
            moment += timedelta(microseconds=1)


def list_backups(backups: Path) -> list[BackupInfo]:
    """Newest first. A backup that another process prunes meanwhile is simply not listed."""
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(backups))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if not match:
            continue
        try:
            size = entry.stat().st_size
        except FileNotFoundError:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        found.append(BackupInfo(Path(entry.path), created, match.group(2), size))
    found.sort(key=lambda b: (b.created, b.name), reverse=True)
    return found


def prune_backups(backups: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest `keep` routine backups, and the newest few of each protected kind.
    Another process pruning at the same time is no error: a file already gone is gone."""
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
        try:
            backup.path.unlink(missing_ok=True)
        except OSError:
            continue  # in use elsewhere (Windows) or read-only: pruned next time


def set_aside_files(database: Path) -> list[Path]:
    """The files restores replaced, newest first (their journals go with them, not listed)."""
    prefix = f"{database.name}.{REPLACED_LABEL}-"
    try:
        names = [
            e.name
            for e in os.scandir(database.parent)
            if e.name.startswith(prefix) and not e.name.endswith(("-wal", "-shm"))
        ]
    except OSError:
        return []
    return [database.with_name(n) for n in sorted(names, reverse=True)]


def changed_since_last_backup(database: Path, backups: Path) -> bool:
    """False when the newest backup is younger than the database and its journal: a start-up
    backup of unchanged data would only push an older, different one out of the rotation."""
    for newest in list_backups(backups):
        try:
            latest = newest.path.stat().st_mtime
        except FileNotFoundError:
            continue  # pruned by another process meanwhile: look at the next one
        files = [database, database.with_name(database.name + "-wal")]
        return any(f.exists() and f.stat().st_mtime > latest for f in files)
    return True


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
        raise UserError("no usable backup in {backups}", backups=backups)
    for backup in available:
        if backup.name == name or backup.path == Path(name):
            return backup
    raise UserError("no backup named {name!r} in {backups}", name=name, backups=backups)


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put a backup in place of the database. The backup is copied beside the database first;
    only then is the live file set aside (copied under a name never used before, never
    deleted) and the copy renamed over it, so that a restore killed at any moment leaves a
    database. Returns where the replaced file was kept, if there was one."""
    from facilitator_app.storage.creation import aside_name
    from facilitator_app.storage.inspection import inspect_sqlite_file, is_writable

    inspect_sqlite_file(backup)  # refuse to restore a damaged backup
    if not is_writable(database):
        raise ReadOnlyData(database.parent if os.path.lexists(database) else database)
    partial = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        moved_to = _set_aside(database, aside_name(database, REPLACED_LABEL))
        os.replace(partial, database)
        fsync_folder(database.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise ReadOnlyData(database.parent) from exc
        raise StorageError(
            "the backup could not be restored ({problem}); the database was left in place",
            problem=exc,
        ) from exc
    return moved_to


COPYING_SUFFIX = ".copying"


def _copy_new(source: Path, target: Path) -> None:
    """Copy to a name that must not exist yet, never over it: the copy is made in a hidden
    temporary file beside it (a killed copy leaves only that, removed once stale), synced,
    then put in place."""
    handle, name = tempfile.mkstemp(
        prefix=f".{source.name}.", suffix=COPYING_SUFFIX, dir=target.parent
    )
    temporary = Path(name)
    try:
        with open(source, "rb") as reading, os.fdopen(handle, "wb") as writing:
            shutil.copyfileobj(reading, writing, 1024 * 1024)
            writing.flush()
            os.fsync(writing.fileno())
        place_without_overwrite(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _set_aside(database: Path, kept: Path) -> Path | None:
    """Keep the live file (and its journal: its last transactions may be only there) under
    `kept`. The live file stays in place until the restored copy is renamed over it; its
    journal must leave first, or SQLite would replay it into the restored file."""
    if not os.path.lexists(database):
        return None
    if not database.is_file():  # a folder where the file should be: moved whole
        place_without_overwrite(database, kept)
        return kept
    copies = [(database, kept)] + [
        (side, kept.with_name(kept.name + suffix))
        for suffix in ("-wal", "-shm")
        if (side := database.with_name(database.name + suffix)).exists()
    ]
    for source, target in copies:
        _copy_new(source, target)
    for source, _target in copies[1:]:
        source.unlink(missing_ok=True)
    return kept
