"""`facilitator-app migrate`: bring a shared server (or a file) to this version's schema.

A server is shared by several laptops, so opening it never migrates it: the app refuses an
older schema and names this command, which whoever looks after the server runs once, after a
pg_dump backup (docs/organisation.md)."""

from __future__ import annotations

import argparse
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json
from facilitator_app.storage.location import Location


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="bring the database (or the organisation library) to this version's schema; "
        "back a server up with pg_dump first",
    )
    parser.add_argument(
        "--database",
        dest="migrate_url",
        metavar="URL",
        help="the workshops' database (default: --database before the command, else the data "
        "folder's file)",
    )
    parser.add_argument(
        "--organisation",
        dest="organisation_url",
        metavar="URL",
        help="the organisation library's server instead (default: the one in the settings "
        "when --organisation is given without a URL)",
        nargs="?",
        const="",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=migrate_command)


def migrate_command(args: argparse.Namespace, context: CliContext) -> int:
    if args.organisation_url is not None:
        from facilitator_app.organisation.connection import migrate_library, read_password

        url = context.organisation_url(args.organisation_url)
        target, before, after = migrate_library(url, read_password(context.data_dir))
    else:
        from facilitator_app.storage.database import migrate_database

        location = (
            Location.from_url(args.migrate_url, data_dir=context.data_dir)
            if args.migrate_url
            else context.location
        )
        target = location.shown
        before, after = migrate_database(location)
    if args.json:
        print_json({"database": target, "before": before, "after": after})
    elif before == after:
        print(f"{target}: already at schema {after}")
    else:
        print(f"{target}: schema {before or 'none'} -> {after}")
    return 0
