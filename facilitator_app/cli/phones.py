"""`facilitator-app serve WORKSHOP [--item ITEM] [--port N] [--host ADDRESS] [--json]`: open the
phones' door headless, for scripts and tests. Prints one line (JSON with --json) with the join
page's `url` and the `join_url` the QR code carries, then serves until interrupted (exit 0 on
Ctrl+C or SIGTERM; 2 for an unknown workshop or item, or a port that cannot be listened on)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from facilitator_app.cli.context import CliContext
from facilitator_app.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve", help="open the workshop to participants' phones on the local network"
    )
    parser.add_argument("workshop", metavar="WORKSHOP", help="id, uid or title")
    parser.add_argument("--item", metavar="ITEM", help="the agenda item open to phones")
    parser.add_argument(
        "--port", type=int, help="port (default: the settings' phones_port, 8765; 0: any)"
    )
    parser.add_argument(
        "--host",
        help="address to listen on (default: the settings' phones_address, every address)",
    )
    parser.add_argument(
        "--evaluation",
        action="store_true",
        help="open the evaluation form on the phones too (beside the item)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON line for scripts")
    parser.set_defaults(handler=serve_command)


def serve_command(args: argparse.Namespace, context: CliContext) -> int:
    from facilitator_app.phones.addresses import urls
    from facilitator_app.phones.contributions import default_item
    from facilitator_app.phones.door import Door
    from facilitator_app.phones.server import PhoneServer
    from facilitator_app.services.capture.query import find_item
    from facilitator_app.services.workshops import find_workshop

    # What the settings dialog sets for the window's door, unless the command says otherwise.
    port = args.port if args.port is not None else int(context.settings.get("phones_port"))
    host = args.host if args.host is not None else str(context.settings.get("phones_address"))
    if not 0 <= port <= 65535:
        raise UserError("a port is a number from 0 to 65535")
    workshop = find_workshop(context.db, args.workshop)
    if args.item:
        item_id = find_item(context.db, workshop.id, args.item)
    else:
        item_id = default_item(context.db, workshop.id)
    door = Door(workshop.id, item_id)
    door.open()
    door.open_evaluation(args.evaluation)
    server = PhoneServer(context.db, door, host, port)
    try:
        server.start()
    except OSError as error:
        raise UserError("cannot listen on {host}:{port}", host=host, port=port) from error
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        url, join_url = urls(host, server.port, door.code)
        line = {
            "url": url,
            "join_url": join_url,
            "code": door.code,
            "port": server.port,
            "workshop": workshop.id,
            "item": item_id,
            "evaluation": door.evaluation_open,
        }
        print(json.dumps(line, ensure_ascii=False) if args.json else f"{join_url}  ({door.code})")
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:  # Ctrl+C, even the instant the line is out: a clean stop
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        door.close()
        server.stop()
    return 0
