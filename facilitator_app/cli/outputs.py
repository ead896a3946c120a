"""`facilitator-app outputs WORKSHOP [--item ITEM] [--kind KIND] [--lang fr|en] --json|--csv`:
what was captured, at any moment of the workshop, for a spreadsheet or a script. One line per
record with its kind's columns, headers and coded values in words in the chosen language
(« Brouillard », not fog). CSV: UTF-8 with a byte-order mark (spreadsheets then read the
accents), ";" between cells in French, "," in English; without --kind, one block per kind."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json


def register(subparsers: Any) -> None:
    from facilitator_app.capture.kinds import kind_ids

    parser = subparsers.add_parser(
        "outputs", help="print what the room produced (CSV for a spreadsheet, or JSON)"
    )
    parser.add_argument("workshop", metavar="WORKSHOP", help="id, uid or title")
    parser.add_argument("--item", metavar="ITEM", help="only this agenda item (id or title)")
    parser.add_argument(
        "--kind", metavar="KIND", help=f"only this kind of output: {', '.join(kind_ids())}"
    )
    parser.add_argument(
        "--lang",
        dest="outputs_lang",
        choices=("fr", "en"),
        help="language of the headers and values (default: the workshop's)",
    )
    form = parser.add_mutually_exclusive_group(required=True)
    form.add_argument("--json", action="store_true", help="print JSON for scripts")
    form.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    parser.set_defaults(handler=outputs_command)


def outputs_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.capture.kinds import get_kind
    from facilitator_app.capture.table import csv_text
    from facilitator_app.services.capture.query import capture_of, find_item
    from facilitator_app.services.workshops import find_workshop

    kind = get_kind(args.kind).id if args.kind else None  # an unknown kind: exit 2
    workshop = find_workshop(context.db, args.workshop)
    item_id = find_item(context.db, workshop.id, args.item) if args.item else None
    captured = capture_of(context.db, workshop.id, item_id, kind)
    language = args.outputs_lang or context.language or captured.language
    language = language if language in ("fr", "en") else "fr"
    if args.csv:
        text = csv_text(list(captured.sections), language, single=kind is not None)
        stream = getattr(sys.stdout, "buffer", None)
        if stream is not None:
            sys.stdout.flush()
            stream.write(text.encode("utf-8-sig"))
            stream.flush()
        else:  # a test's captured stdout
            sys.stdout.write("\ufeff" + text)
        return 0
    print_json(as_json(captured, language, item_id, every_kind=kind is not None))
    return 0


def as_json(captured: Any, language: str, item_id: int | None, *, every_kind: bool) -> Any:
    from facilitator_app.capture.table import records_in_words

    kinds = []
    for section in captured.sections:
        if not section.rows and not every_kind:
            continue
        coded = [c.key for c in section.kind.columns if c.words]
        rows = []
        for row, words in zip(section.rows, records_in_words(section, language), strict=True):
            entry: dict[str, Any] = dict(words)
            for key in coded:
                if row.get(key) not in (None, ""):
                    entry[f"{key}_code"] = row[key]
            rows.append(entry)
        kinds.append(
            {
                "kind": section.kind.id,
                "label": section.kind.label.text(language),
                "columns": [
                    {"key": c.key, "header": c.header.text(language)} for c in section.kind.columns
                ],
                "rows": rows,
            }
        )
    return {
        "workshop": {
            "id": captured.workshop_id,
            "uid": captured.workshop_uid,
            "title": captured.title,
        },
        "item": item_id,
        "language": language,
        "kinds": kinds,
    }
