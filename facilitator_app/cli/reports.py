"""`facilitator-app report WORKSHOP --kind KIND [--lang fr|en] [--anonymous] -o FILE.pdf`: a
printed document of a workshop, headless. An unknown workshop or kind exits 2 with one line;
storage trouble exits 1."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.errors import UserError
from facilitator_app.reports.registry import COMMAND_LINE_KINDS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="print a document of a workshop as PDF",
        description="Documents: " + ", ".join(COMMAND_LINE_KINDS) + ". They speak the "
        "workshop's language unless --lang says otherwise.",
    )
    parser.add_argument("workshop", metavar="WORKSHOP", help="id, uid or title")
    parser.add_argument(
        "--kind",
        required=True,
        choices=COMMAND_LINE_KINDS,
        metavar="KIND",
        help="|".join(COMMAND_LINE_KINDS),
    )
    parser.add_argument(
        "--lang",
        dest="report_lang",
        choices=("fr", "en"),
        help="language of the document (default: the workshop's)",
    )
    parser.add_argument(
        "--anonymous", action="store_true", help="leave out the names of those who wrote and voted"
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.set_defaults(handler=report_command)


def report_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.reports.make import ReportRequest, make_report
    from facilitator_app.services.workshops import find_workshop

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise UserError("a report is a PDF: name the file {name}.pdf", name=output.stem)
    if not output.parent.is_dir():
        raise UserError(
            "cannot write {path}: the folder {folder} does not exist",
            path=str(output),
            folder=str(output.parent),
        )
    workshop = find_workshop(context.db, args.workshop)
    # The document speaks the workshop's language unless `report --lang` says otherwise; the
    # global --lang is the language of this command's messages, as the window's is of the UI.
    request = ReportRequest(args.kind, language=args.report_lang, anonymous=args.anonymous)
    try:
        written = make_report(context.db, workshop.id, request, output)
    except PermissionError as exc:
        raise UserError(
            "cannot write {path}: {reason}", path=str(output), reason=exc.strerror or str(exc)
        ) from exc
    for path in written:
        print(path)
    return 0
