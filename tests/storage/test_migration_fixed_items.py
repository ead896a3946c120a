"""The revision that adds fixed items and a workshop's own timer warnings: a database at the
revision before it, with a workshop and an item, upgrades with both intact; the item is not
fixed and the workshop has no warnings of its own (the application's settings apply)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import create_engine, text

from facilitator_app.storage import migrate
from tests.storage.old_rows import put, put_workshop_and_day

VERSIONS = Path(migrate.__file__).parent / "migrations" / "versions"


def previous_revision() -> str:
    (path,) = VERSIONS.glob("*_fixed_items_and_timer_warnings.py")
    spec = importlib.util.spec_from_file_location("fixed_items_revision", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.down_revision


def test_a_database_before_fixed_items_upgrades_with_its_items_not_fixed(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade_database(engine, previous_revision())
    now = "2026-03-02 09:00:00"
    with engine.begin() as c:
        put_workshop_and_day(c, now)
        put(
            c,
            "agenda_item",
            id=7,
            uid="i-7",
            day_id=1,
            position=0,
            kind="activity",
            title="World Café",
            question="",
            duration_minutes=75,
            notes="",
            phases="[]",
        )
    migrate.upgrade_database(engine)
    with engine.connect() as c:
        item = c.execute(text("SELECT id, uid, title, duration_minutes, fixed FROM agenda_item"))
        assert item.one() == (7, "i-7", "World Café", 75, 0)
        workshop = c.execute(text("SELECT uid, title, timer_warnings FROM workshop"))
        assert workshop.one() == ("w-1", "Forum", None)
    engine.dispose()
