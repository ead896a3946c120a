"""`check`, `backup` and `restore`: the health of the data, and getting it back."""

from __future__ import annotations

import argparse
import os
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json
from facilitator_app.errors import DatabaseRefused, ReadOnlyData, StorageError, UserError
from facilitator_app.instance_lock import is_held
from facilitator_app.storage.backups import (
    find_backup,
    list_backups,
    restore_backup,
    set_aside_files,
)
from facilitator_app.storage.inspection import inspect_sqlite_file, schema_head


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="check the database: integrity, schema version, backups"
    )
    check.add_argument("--json", action="store_true", help="print JSON for scripts")
    check.set_defaults(handler=check_command)

    backup = subparsers.add_parser("backup", help="make a backup of the database now")
    backup.set_defaults(handler=backup_command)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside)"
    )
    restore.add_argument("backup", metavar="BACKUP", help="a backup's file name, or 'latest'")
    restore.set_defaults(handler=restore_command)


def check_command(args: argparse.Namespace, context: CliContext) -> int:
    location = context.location
    report: dict[str, Any] = {
        "database": str(location.file) if location.file else location.url.split("@")[-1],
        "schema_head": schema_head(),
    }
    status = "ok"
    if location.file is not None and not os.path.lexists(location.file):
        # Nothing yet is not trouble: the first command or window makes the database.
        status = "missing"
        report["problem"] = "nothing yet: the database is created on first use"
    elif location.file is not None:
        try:
            inspected = inspect_sqlite_file(location.file)
        except DatabaseRefused as exc:
            status = exc.reason
            report["problem"] = exc.detail
        except StorageError as exc:
            status = "read-only" if isinstance(exc, ReadOnlyData) else "unreadable"
            report["problem"] = str(exc)
        else:
            if inspected.read_only:
                status = "read-only"
                report["problem"] = str(ReadOnlyData(location.file))
                report["schema_revision"] = inspected.revision
                report["integrity"] = "ok"  # the quick check passed, read as it lies on disk
    if status == "ok":
        db = context.db
        report["schema_revision"] = db.schema_revision()
        integrity = db.integrity()
        report["integrity"] = integrity
        if integrity != "ok":
            status = "corrupt"
    backups = list_backups(location.backups) if location.backups else []
    set_aside = set_aside_files(location.file) if location.file else []
    report["status"] = status
    report["backups"] = [
        {"name": b.name, "created": b.created.isoformat(), "reason": b.reason, "bytes": b.size}
        for b in backups
    ]
    report["set_aside"] = [str(path) for path in set_aside]
    if args.json:
        print_json(report)
    else:
        print(f"database: {report['database']}")
        print(f"status: {status}" + (f" ({report['problem']})" if "problem" in report else ""))
        print(
            f"schema: {report.get('schema_revision') or '?'} (this version knows up to "
            f"{report['schema_head']})"
        )
        if "integrity" in report:
            print(f"integrity: {report['integrity']}")
        print(f"backups: {len(backups)}")
        for b in backups:
            print(f"  {b.name}  {b.size // 1024} KiB")
        if set_aside:
            print(f"files replaced by a restore (kept, never deleted): {len(set_aside)}")
            for path in set_aside:
                print(f"  {path}")
    return 0 if status in ("ok", "missing") else 1


def backup_command(args: argparse.Namespace, context: CliContext) -> int:
    path = context.db.backup("manual")
    if path is None:
        raise UserError("backups are made for SQLite files only; back up your server instead")
    print(path)
    return 0


def restore_command(args: argparse.Namespace, context: CliContext) -> int:
    location = context.location
    if location.file is None or location.backups is None:
        raise UserError("restore works on the SQLite file of a data folder")
    if location.data_dir is not None and is_held(location.data_dir):
        # Replacing the file under a running window would send its next saves to the old one.
        raise StorageError(
            "the window is open on the data folder {folder}: close it, then restore "
            "(or restore from its start-up dialog)",
            folder=str(location.data_dir),
        )
    backup = find_backup(location.backups, args.backup)
    moved = restore_backup(backup.path, location.file)
    print(f"restored {backup.name}")
    if moved:
        print(f"the previous file was kept as {moved} (never deleted by the application)")
    return 0
