"""`facilitator-app privacy ...`: a person's data, for their right of access and of erasure
(docs/privacy.md). PERSON is a participant's id (see the participants' page or `export`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json, print_table


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("privacy", help="one person's data: show, export, forget")
    commands = parser.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    where = commands.add_parser("where", help="the workshops whose roster holds the person")
    where.add_argument("person", metavar="PERSON", type=int, help="a participant's id")
    where.add_argument("--json", action="store_true", help="print JSON for scripts")
    where.set_defaults(handler=where_command)
    export = commands.add_parser("export", help="everything about the person, as JSON")
    export.add_argument("person", metavar="PERSON", type=int, help="a participant's id")
    export.add_argument("-o", "--output", metavar="FILE.json", help="write to a file")
    export.set_defaults(handler=export_command)
    forget = commands.add_parser("forget", help="remove the person from every workshop")
    forget.add_argument("person", metavar="PERSON", type=int, help="a participant's id")
    forget.add_argument(
        "--remove-outputs",
        action="store_true",
        help="also remove what they wrote (default: kept, without their name)",
    )
    forget.set_defaults(handler=forget_command)


def where_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.privacy import records_of

    found = records_of(context.db, args.person)
    if args.json:
        print_json(found)
        return 0
    print_table(
        ("ID", "NAME", "E-MAIL", "WORKSHOP"),
        [(r["participant_id"], r["name"], r["email"], r["workshop"]) for r in found],
    )
    return 0


def export_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.privacy import person_data, write_person_data

    data = person_data(context.db, args.person)
    if not args.output:
        print_json(data)
        return 0
    print(write_person_data(data, Path(args.output)))
    return 0


def forget_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.services.privacy import forget_person

    outputs = "remove" if args.remove_outputs else "anonymous"
    removed = forget_person(context.db, args.person, outputs=outputs)
    print(f"removed from {removed} roster(s); their outputs were {outputs_word(outputs)}")
    return 0


def outputs_word(outputs: str) -> str:
    return "removed" if outputs == "remove" else "kept without their name"
