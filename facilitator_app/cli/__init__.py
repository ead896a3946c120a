"""The `facilitator-app` command: alone it opens the window; subcommands script the data
headless (no display, no Qt imported). Exit codes: 0 success, 1 storage trouble, 2 bad input."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from facilitator_app import APP_SLUG, __version__
from facilitator_app.cli.context import CliContext
from facilitator_app.errors import DatabaseRefused, StorageError, UserError

# Each module registers its subcommands with `register(subparsers)`; later features add a line.
COMMAND_MODULES = (
    "facilitator_app.cli.workshops",
    "facilitator_app.cli.maintenance",
    "facilitator_app.cli.tools",
    "facilitator_app.cli.exchange",
    "facilitator_app.cli.migrate",
    "facilitator_app.cli.organisation",
    "facilitator_app.cli.outputs",
    "facilitator_app.cli.reports",
    "facilitator_app.cli.phones",
    "facilitator_app.cli.privacy",
)

EXIT_OK = 0
EXIT_STORAGE = 1
EXIT_BAD_INPUT = 2


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database and its backups (default: $FACILITATOR_APP_DATA_DIR, "
        "else the user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="any SQLAlchemy URL instead of the data folder's file "
        "(e.g. postgresql+psycopg://host/facilitation)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the window and outputs")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=APP_SLUG,
        description="The offline workshop facilitation desk. Without a command, opens the window.",
    )
    _global_options(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    gui = subparsers.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=None)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


class _NotTheWindow(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheWindow(message)


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when the command line only asks for the window, else None. The window's
    path skips importing every command module (and the database layer they pull in)."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = _QuietParser(prog=APP_SLUG, add_help=False)
    _global_options(parser)
    parser.add_argument("command", nargs="?", choices=("gui",))
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:
        return None
    args.handler = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _window_arguments(arguments)
    if args is None:
        args = build_parser().parse_args(arguments)
    context = CliContext(args)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(context)
        return int(handler(args, context) or 0)
    except DatabaseRefused as exc:
        print(
            f"{APP_SLUG}: the database was not opened: {exc}; it was left untouched "
            f"(`{APP_SLUG} check` lists the backups, `{APP_SLUG} restore latest` restores the "
            "newest)",
            file=sys.stderr,
        )
        return EXIT_STORAGE
    except UserError as exc:
        print(f"{APP_SLUG}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as exc:
        print(f"{APP_SLUG}: {exc}", file=sys.stderr)
        return EXIT_STORAGE
    finally:
        context.close()


def _run_gui(context: CliContext) -> int:
    from facilitator_app.ui.launch import launch_gui

    return launch_gui(context)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([*sys.argv[1:], "gui"] if len(sys.argv) == 1 else sys.argv[1:])
