"""Child process of the first-start crash test: imports everything, says "ready", waits for a
line on stdin, then opens (creates) the database and says "opened". The parent kills it with
SIGKILL at a random moment after the line, while the schema is being created."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator_app.storage import migrate  # noqa: F401  (Alembic imported before the clock)
from facilitator_app.storage.database import Location, open_database


def main(directory: str) -> None:
    import alembic.command  # noqa: F401

    print("ready", flush=True)
    sys.stdin.readline()
    database = open_database(Location.in_data_dir(Path(directory)))
    database.close()
    print("opened", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
