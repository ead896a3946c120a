"""`facilitator-app organisation ...`: the organisation library from the command line.

`connect URL` names the server in the settings (a password in the URL goes to the data
folder's password file, never into the settings); `refresh` reads what changed; `list` shows
the last copy seen (offline too); `publish` sends a tool of My tools or a template; `take`
brings a copy home. A conflict (someone saved first) is one line and exit 2; `publish
--keep-mine` or `--take-theirs` settles it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json, print_table
from facilitator_app.errors import UserError

if TYPE_CHECKING:
    from facilitator_app.organisation.library import OrganisationLibrary
    from facilitator_app.organisation.server import SharedItem


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "organisation", help="the organisation library: shared methods and templates"
    )
    commands = parser.add_subparsers(dest="organisation_command", metavar="ACTION", required=True)
    connect = commands.add_parser("connect", help="name the library's server (a SQLAlchemy URL)")
    connect.add_argument("url", metavar="URL", help="e.g. postgresql+psycopg://anne@server/library")
    connect.add_argument("--name", help="your name, shown beside what you publish")
    connect.set_defaults(handler=connect_command)
    disconnect = commands.add_parser("disconnect", help="use no organisation library")
    disconnect.set_defaults(handler=disconnect_command)
    status = commands.add_parser("status", help="the server, and when it was last reached")
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    status.set_defaults(handler=status_command)
    refresh = commands.add_parser("refresh", help="read what changed on the server")
    refresh.add_argument("--json", action="store_true", help="print JSON for scripts")
    refresh.set_defaults(handler=refresh_command)
    listing = commands.add_parser("list", help="the shared methods and templates (last copy seen)")
    listing.add_argument("--kind", choices=("method", "template"), help="only this kind")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(handler=list_command)
    publish = commands.add_parser("publish", help="publish a tool of My tools or a template")
    what = publish.add_mutually_exclusive_group(required=True)
    what.add_argument("--tool", metavar="ID", help="a tool of My tools (custom:<uid>)")
    what.add_argument("--template", metavar="WORKSHOP", help="a template (id or title)")
    settle = publish.add_mutually_exclusive_group()
    settle.add_argument(
        "--keep-mine", action="store_true", help="after a conflict: publish yours as a copy"
    )
    settle.add_argument(
        "--take-theirs", action="store_true", help="after a conflict: replace yours by theirs"
    )
    publish.add_argument("--json", action="store_true", help="print JSON for scripts")
    publish.set_defaults(handler=publish_command)
    take = commands.add_parser("take", help="take a copy of a shared item home")
    take.add_argument("uid", metavar="UID", help="the shared item's uid (see `list`)")
    take.add_argument("--json", action="store_true", help="print JSON for scripts")
    take.set_defaults(handler=take_command)


def _library(context: CliContext) -> OrganisationLibrary:
    from facilitator_app.organisation.library import OrganisationLibrary

    library = OrganisationLibrary.from_settings(context.settings, context.data_dir)
    if library is None:
        raise UserError(
            "no organisation library is set: `facilitator-app organisation connect URL` first"
        )
    return library


def _item_json(item: SharedItem) -> dict[str, Any]:
    return {
        "uid": item.uid,
        "kind": item.kind,
        "name": item.name,
        "version": item.version,
        "created_by": item.created_by,
        "updated_by": item.updated_by,
        "updated_at": item.updated_at.isoformat(),
    }


def connect_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.organisation.library import configure

    library = configure(context.settings, context.data_dir, args.url, args.name)
    assert library is not None
    print(f"organisation library: {library.shown} (as {library.author})")
    return 0


def disconnect_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.organisation.library import configure

    configure(context.settings, context.data_dir, "")
    print("no organisation library")
    return 0


def _status_json(library: OrganisationLibrary) -> dict[str, Any]:
    status = library.status()
    return {
        "server": status.shown,
        "reachable": status.reachable,
        "problem": status.problem,
        "seen_at": status.seen_at.isoformat() if status.seen_at else None,
        "items": status.items,
        "author": library.author,
    }


def status_command(args: argparse.Namespace, context: CliContext) -> int:
    library = _library(context)
    report = _status_json(library)
    if args.json:
        print_json(report)
    else:
        seen = report["seen_at"] or "never"
        print(f"server: {report['server']} (as {report['author']})")
        print(f"last copy seen: {seen}, {report['items']} item(s)")
    return 0


def refresh_command(args: argparse.Namespace, context: CliContext) -> int:
    library = _library(context)
    library.refresh()
    report = _status_json(library)
    if args.json:
        print_json(report)
    else:
        print(f"{report['items']} item(s) in the organisation library ({report['server']})")
    return 0


def list_command(args: argparse.Namespace, context: CliContext) -> int:
    library = _library(context)
    items = library.items(args.kind)
    if args.json:
        print_json([_item_json(item) for item in items])
        return 0
    if not items:
        print("The organisation library is empty (or not read yet: `organisation refresh`).")
        return 0
    print_table(
        ("UID", "KIND", "NAME", "VERSION", "BY"),
        [(i.uid, i.kind, i.name, i.version, i.updated_by) for i in items],
    )
    return 0


def _target(args: argparse.Namespace, context: CliContext) -> tuple[str, str]:
    from facilitator_app.services import organisation as org

    if args.tool:
        if not args.tool.startswith("custom:"):
            raise UserError(
                "only a tool of My tools can be published (custom:<uid>): duplicate a "
                "built-in one first"
            )
        return org.METHOD, args.tool.removeprefix("custom:")
    from facilitator_app.services.workshops import find_workshop

    summary = find_workshop(context.db, args.template)
    if not summary.is_template:
        raise UserError("{title} is not a template", title=summary.title)
    return org.TEMPLATE, summary.uid


def publish_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services import organisation as org

    library = _library(context)
    kind, local_uid = _target(args, context)
    if args.keep_mine:
        item = org.keep_mine_as_copy(context.db, library, kind, local_uid)
    elif args.take_theirs:
        # A template comes home anew: the copy here has another uid then.
        now = org.take_theirs(context.db, library, kind, local_uid)
        theirs = library.item(org.links(context.db, library)[now].shared_uid)
        assert theirs is not None
        item = theirs
    else:
        item = org.publish(context.db, library, kind, local_uid)
    if args.json:
        print_json(_item_json(item))
    else:
        print(f"“{item.name}”: version {item.version} in the organisation library")
    return 0


def take_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services import organisation as org

    library = _library(context)
    local_uid = org.take_copy_home(context.db, library, args.uid)
    item = library.item(args.uid)
    assert item is not None
    local_id = f"custom:{local_uid}" if item.kind == org.METHOD else local_uid
    if args.json:
        print_json({"local_id": local_id, **_item_json(item)})
    else:
        print(f"“{item.name}” taken home as {local_id}")
    return 0
