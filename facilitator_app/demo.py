"""The demo content a first start shows: the World Café of the seed notes and the 4-day
programme as a template. Built through the workshop-file import path (facilitator_app.exchange)."""

from __future__ import annotations

from facilitator_app.storage.database import Database


def install_demo(db: Database) -> list[int]:
    """Import the demo workshops; returns their ids."""
    from facilitator_app.services.demo import install_demo as install

    return install(db)
