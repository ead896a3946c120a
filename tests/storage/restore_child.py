"""Child process of the restore crash test: imports everything, says "ready", waits for a line
on stdin, then runs `facilitator-app --data-dir DIR restore latest` and says "done"."""

from __future__ import annotations

import sys

from facilitator_app.cli import build_parser, main
from facilitator_app.storage import backups, inspection  # noqa: F401  (imported before the clock)


def run(directory: str) -> None:
    build_parser()
    print("ready", flush=True)
    sys.stdin.readline()
    code = main(["--data-dir", directory, "restore", "latest"])
    print("", "done" if code == 0 else f"exit {code}", flush=True)


if __name__ == "__main__":
    run(sys.argv[1])
