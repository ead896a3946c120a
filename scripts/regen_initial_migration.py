"""Regenerate the initial migration from the models.

Only while no version has been released: once one has, schema changes get a new revision
(`alembic revision --autogenerate` through facilitator_app.storage.migrate.alembic_config).
Run with `make migration`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from facilitator_app.storage.migrate import MIGRATIONS_DIR, alembic_config

INITIAL = "0001"


def main() -> int:
    versions = MIGRATIONS_DIR / "versions"
    for old in versions.glob(f"{INITIAL}_*.py"):
        old.unlink()
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.revision(config, message="initial schema", autogenerate=True, rev_id=INITIAL)
    created = sorted(versions.glob(f"{INITIAL}_*.py"))
    target = versions / f"{INITIAL}_initial_schema.py"
    created[0].rename(target)
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(target)], check=False)
    print(f"wrote {target.relative_to(Path.cwd())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
