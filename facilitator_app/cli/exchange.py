"""`facilitator-app import FILE`, `export WORKSHOP -o FILE` and `template save|use`: the
workshop file and templates for scripts. Bad input exits 2 with one line saying why."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json
from facilitator_app.errors import UserError
from facilitator_app.services.workshops import find_workshop


def register(subparsers: Any) -> None:
    importing = subparsers.add_parser("import", help="add a workshop from a .facilitator file")
    importing.add_argument("file", metavar="FILE", help="the workshop file")
    importing.add_argument("--json", action="store_true", help="print JSON for scripts")
    importing.set_defaults(handler=import_command)

    exporting = subparsers.add_parser("export", help="write a whole workshop to one file")
    exporting.add_argument("workshop", metavar="WORKSHOP", help="id, uid or title")
    exporting.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file to write (.facilitator)"
    )
    exporting.set_defaults(handler=export_command)

    template = subparsers.add_parser("template", help="save and use workshop templates")
    actions = template.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    save = actions.add_parser("save", help="save a workshop's plan as a template")
    save.add_argument("workshop", metavar="WORKSHOP", help="id, uid or title")
    save.add_argument("--title", help="the template's title (default: the workshop's)")
    save.add_argument(
        "--with-participants", action="store_true", help="keep the list of participants"
    )
    save.add_argument("--json", action="store_true", help="print JSON for scripts")
    save.set_defaults(handler=template_save_command)
    use = actions.add_parser("use", help="start a new workshop from a template")
    use.add_argument("template", metavar="TEMPLATE", help="id, uid or title of the template")
    use.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="the first day")
    use.add_argument("--title", help="the new workshop's title (default: the template's)")
    use.add_argument("--json", action="store_true", help="print JSON for scripts")
    use.set_defaults(handler=template_use_command)


def _report(result: Any, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(result.as_json())
        return
    print(f"{verb} workshop {result.workshop_id}: {result.title}")
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)


def import_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.exchange import import_workshop_file

    _report(import_workshop_file(context.db, args.file), args.json, "imported")
    return 0


def export_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.exchange import export_workshop

    workshop = find_workshop(context.db, args.workshop)
    path = export_workshop(context.db, workshop.id, args.output)
    print(f"exported workshop {workshop.id} ({workshop.title}) to {path}")
    return 0


def template_save_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.exchange import save_as_template

    workshop = find_workshop(context.db, args.workshop)
    result = save_as_template(
        context.db, workshop.id, title=args.title, keep_participants=args.with_participants
    )
    _report(result, args.json, "saved template")
    return 0


def template_use_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.exchange import new_from_template

    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        raise UserError(
            "--start {start!r}: expected a date as YYYY-MM-DD", start=args.start
        ) from None
    template = find_workshop(context.db, args.template)
    result = new_from_template(context.db, template.id, start=start, title=args.title)
    _report(result, args.json, "created")
    return 0
