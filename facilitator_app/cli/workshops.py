"""`facilitator-app workshops ...`: list the workshops for scripts and humans."""

from __future__ import annotations

import argparse
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json, print_table
from facilitator_app.errors import UserError
from facilitator_app.services import workshops as service


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("workshops", help="list workshops and templates")
    commands = parser.add_subparsers(dest="workshops_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list the workshops (newest first)")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    kind = listing.add_mutually_exclusive_group()
    kind.add_argument("--templates", action="store_true", help="only templates")
    kind.add_argument("--all", action="store_true", help="workshops and templates")
    kind.add_argument(
        "--deleted", action="store_true", help="the bin: deleted workshops (kept 30 days)"
    )
    listing.set_defaults(handler=list_command)
    restore = commands.add_parser("restore", help="bring a deleted workshop back from the bin")
    restore.add_argument("workshop", metavar="WORKSHOP", help="its id or uid (see list --deleted)")
    restore.set_defaults(handler=restore_command)


def list_command(args: argparse.Namespace, context: CliContext) -> int:
    templates: bool | None = True if args.templates else (None if args.all else False)
    if args.deleted:
        templates = None
    found = service.list_workshops(context.db, templates=templates, deleted=args.deleted)
    if args.json:
        print_json([w.as_json() for w in found])
        return 0
    if not found:
        print("No workshop yet.")
        return 0
    print_table(
        ("ID", "TITLE", "DAYS", "FIRST DAY", "PARTICIPANTS", "UID"),
        [
            (
                w.id,
                w.title + (" [template]" if w.is_template else ""),
                w.days,
                w.first_date.isoformat() if w.first_date else "-",
                w.participants,
                w.uid[:8],
            )
            for w in found
        ],
    )
    return 0


def restore_command(args: argparse.Namespace, context: CliContext) -> int:
    reference = args.workshop.strip().lower()
    for workshop in service.list_workshops(context.db, templates=None, deleted=True):
        if reference == str(workshop.id) or (
            len(reference) >= 8 and workshop.uid.startswith(reference)
        ):
            service.restore_workshop(context.db, workshop.id)
            print(f"restored {workshop.id}: {workshop.title}")
            return 0
    raise UserError(
        "no deleted workshop matches {workshop!r} (see workshops list --deleted)",
        workshop=args.workshop,
    )
