"""The demo content a first start shows: the World Café of the seed notes, the 4-day programme
as a template and the sociocracy forum of seed 004. Built through the workshop-file import
path (services/demo.py)."""

from __future__ import annotations

from facilitator_app.storage.database import Database, demo_installed, demo_pending


def install_demo(db: Database) -> list[int]:
    """Import the demo workshops; returns their ids."""
    from facilitator_app.services.demo import install_demo as install

    return install(db)


def install_demo_once(db: Database) -> list[int]:
    """The window's first start on a database shows the demo, whatever made the database (a
    CLI command may have come first). Once installed it is never brought back, even if the
    user deletes it; a demo workshop already there (a start cut short) is not added twice."""
    if not demo_pending(db):
        return []
    from facilitator_app.services.demo import install_demo as install

    ids = install(db, skip_present=True)
    demo_installed(db)
    return ids
