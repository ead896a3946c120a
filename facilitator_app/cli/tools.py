"""`facilitator-app tools ...`: list, show and print the facilitation tools."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.cli.output import print_json, print_table
from facilitator_app.errors import UserError
from facilitator_app.text import same_words
from facilitator_app.tools import wording
from facilitator_app.tools.model import Tool
from facilitator_app.tools.vocabulary import LANGUAGES, LIST_TEXT_KEYS, PURPOSES, print_label
from facilitator_app.typography import quote


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("tools", help="the facilitation tools library")
    commands = parser.add_subparsers(dest="tools_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list the tools (built-in, then yours)")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.add_argument("--search", metavar="TEXT", default="", help="words to look for")
    listing.add_argument("--purpose", choices=PURPOSES, help="only tools for this purpose")
    listing.add_argument("--lang", dest="tool_lang", choices=LANGUAGES, help="language of names")
    listing.set_defaults(handler=list_command)
    show = commands.add_parser("show", help="everything about one tool")
    show.add_argument("tool_id", metavar="ID")
    show.add_argument("--lang", dest="tool_lang", choices=LANGUAGES, help="language of the texts")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=show_command)
    sheet = commands.add_parser("sheet", help="print a tool's one-page method sheet as PDF")
    sheet.add_argument("tool_id", metavar="ID")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sheet.add_argument("--lang", dest="tool_lang", choices=LANGUAGES, help="language of the sheet")
    sheet.set_defaults(handler=sheet_command)


def _language(args: argparse.Namespace, context: CliContext) -> str:
    return getattr(args, "tool_lang", None) or context.language or "fr"


def _all_tools(context: CliContext) -> list[Tool]:
    from facilitator_app.services.library import list_custom_tools
    from facilitator_app.tools.registry import builtin_tools

    return [*builtin_tools(), *list_custom_tools(context.db)]


def _find(tool_id: str, context: CliContext) -> Tool:
    if tool_id.startswith("custom:"):
        from facilitator_app.services.library import find_tool

        return find_tool(context.db, tool_id)
    from facilitator_app.tools.registry import find_tool as find_builtin

    return find_builtin(tool_id)


def tool_json(tool: Tool, language: str | None = None) -> dict[str, Any]:
    """A tool for scripts: its facts, its texts (one language or all), its phases."""
    languages = (language,) if language else LANGUAGES
    return {
        "id": tool.id,
        "builtin": tool.is_builtin,
        "based_on": tool.based_on,
        "family": tool.family,
        "purposes": list(tool.purposes),
        "group_min": tool.group_min,
        "group_max": tool.group_max,
        "duration_minutes": tool.duration_minutes,
        "duration_range": list(tool.duration_range),
        "materials": list(tool.materials),
        "outputs": list(tool.outputs),
        "produces": {lang: wording.outputs_text(tool, lang) for lang in languages},
        "texts": {lang: vars(tool.text(lang)) for lang in languages},
        "phases": tool.agenda_phases(),
    }


def list_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.tools.search import ToolFilter, search

    language = _language(args, context)
    purposes = frozenset({args.purpose}) if args.purpose else frozenset()
    found = search(_all_tools(context), args.search, ToolFilter(purposes=purposes), language)
    if args.json:
        print_json([tool_json(t, language) for t in found])
        return 0
    if not found:
        print("No tool matches.")
        return 0
    print_table(
        ("ID", "NAME", "MIN", "PEOPLE", "PURPOSES"),
        [
            (
                t.id,
                t.text(language).name,
                t.duration_minutes,
                f"{t.group_min}-{t.group_max}" if t.group_max else f"{t.group_min}+",
                " ".join(t.purposes),
            )
            for t in found
        ],
    )
    return 0


def show_command(args: argparse.Namespace, context: CliContext) -> int:
    tool = _find(args.tool_id, context)
    language = _language(args, context)
    if args.json:
        print_json(tool_json(tool, language))
        return 0
    text = tool.text(language)
    people = f"{tool.group_min}-{tool.group_max}" if tool.group_max else f"{tool.group_min}+"
    print(text.name)
    purposes = ", ".join(print_label("purpose", p, language) for p in tool.purposes)
    print(f"{tool.id} · {wording.duration_text(tool, language)} · {people} · {purposes}")

    def section(key: str, value: str) -> None:
        if value:
            print(f"\n{wording.heading(key, language)}\n  {value}")

    for key in ("summary", "purpose", "makes_possible", "when_to_use", "when_not", "setup"):
        section(key, getattr(text, key))
    if text.invitation:
        section("invitation", quote(text.invitation, language))
    print(f"\n{wording.heading('phases', language)}")
    for phase in tool.phases:
        name = phase.text(language).name
        grouping = print_label("grouping", phase.grouping, language)
        details = [] if same_words(grouping, name) else [grouping]
        if phase.rounds_follow:
            details.append(wording.rounds_note(phase, language))
        shown = f" ({', '.join(details)})" if details else ""
        print(f"  {wording.phase_timing(phase, language):<24} {name}{shown}")
    if tool.materials:
        materials = ", ".join(print_label("material", m, language) for m in tool.materials)
        print(f"\n{wording.heading('materials', language)} {materials}")
    print(f"\n{wording.heading('outputs', language)} {wording.outputs_text(tool, language)}")
    for key in LIST_TEXT_KEYS:
        items = text.items(key)
        if items:
            print(f"\n{wording.heading(key, language)}")
            for item in items:
                print(f"  • {item}")
    if text.source:
        print(f"\n{wording.heading('source', language)} {text.source}")
    return 0


def sheet_command(args: argparse.Namespace, context: CliContext) -> int:
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise UserError("the method sheet is a PDF: name the file {stem}.pdf", stem=output.stem)
    tool = _find(args.tool_id, context)
    from facilitator_app.reports.method_sheet import render_method_sheet

    try:
        written = render_method_sheet(tool, output, _language(args, context))
    except OSError as exc:
        raise UserError(
            "cannot write {path}: {error}", path=str(output), error=exc.strerror or str(exc)
        ) from exc
    print(written)
    return 0
