"""The first look at the workshop list (storage/glance.py) says what the full reading says, reads
only files this version fully knows, and never loads SQLAlchemy."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine

from facilitator_app.demo import install_demo
from facilitator_app.services import participants, workshops
from facilitator_app.services.agenda import add_day
from facilitator_app.services.exchange import save_as_template
from facilitator_app.storage import migrate
from facilitator_app.storage.database import open_database
from facilitator_app.storage.glance import glance_workshops
from facilitator_app.storage.location import Location

ROOT = Path(__file__).resolve().parents[2]


def _filled(folder: Path) -> Location:
    location = Location.in_data_dir(folder)
    db = open_database(location)
    install_demo(db)
    empty = workshops.create_workshop(db, "Sans jours ni personnes")
    dated = workshops.create_workshop(db, "Deux jours « datés »")
    add_day(db, dated, date=date(2027, 3, 9))
    add_day(db, dated, date=date(2027, 3, 2))
    participants.add_participant(db, dated, "Élodie")
    gone = workshops.create_workshop(db, "Supprimé")
    workshops.delete_workshop(db, gone)
    save_as_template(db, dated, title="Modèle")
    workshops.update_workshop(db, empty, title="Sans jours ni personnes (renommé)")
    db.close()
    return location


def test_the_glance_lists_what_the_full_reading_lists_in_its_order(tmp_path):
    location = _filled(tmp_path)
    glanced = glance_workshops(location)
    db = open_database(location)
    try:
        listed = workshops.list_workshops(db, templates=False)
    finally:
        db.close()
    assert glanced == listed
    titles = [w.title for w in listed]
    assert "Supprimé" not in titles and "Modèle" not in titles
    assert titles[0] == "Sans jours ni personnes (renommé)"  # changed last, listed first
    dated = next(w for w in listed if w.title.startswith("Deux jours"))
    assert (dated.days, dated.participants) == (3, 1)  # the day it was made with, and two
    assert (dated.first_date, dated.last_date) == (date(2027, 3, 2), date(2027, 3, 9))


def test_no_glance_at_what_the_full_path_must_judge(tmp_path):
    assert glance_workshops(Location.in_data_dir(tmp_path / "nothing")) is None
    assert glance_workshops(Location.from_url("postgresql://u@host/db")) is None
    text = tmp_path / "text" / "facilitator.sqlite3"
    text.parent.mkdir()
    text.write_text("not a database")
    assert glance_workshops(Location.in_data_dir(text.parent)) is None
    # Another program's SQLite file.
    other = tmp_path / "other" / "facilitator.sqlite3"
    other.parent.mkdir()
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE workshop (id INTEGER)")
    assert glance_workshops(Location.in_data_dir(other.parent)) is None


def test_an_older_schema_is_left_to_the_migrations(tmp_path):
    location = _filled(tmp_path)
    older = tmp_path / "older"
    older.mkdir()
    engine = create_engine(f"sqlite:///{older / 'facilitator.sqlite3'}")
    migrate.upgrade_database(engine, "0006")
    engine.dispose()
    with sqlite3.connect(older / "facilitator.sqlite3") as connection:
        connection.execute(f"PRAGMA application_id = {_application_id(location)}")
    assert glance_workshops(Location.in_data_dir(older)) is None


def _application_id(location: Location) -> int:
    assert location.file is not None
    with sqlite3.connect(location.file) as connection:
        return connection.execute("PRAGMA application_id").fetchone()[0]


def test_the_glance_loads_no_database_layer(tmp_path):
    _filled(tmp_path)
    probe = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from facilitator_app.storage.glance import glance_workshops\n"
        "from facilitator_app.storage.location import Location\n"
        "lines = glance_workshops(Location.in_data_dir(Path(sys.argv[1])))\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(json.dumps({'count': len(lines or []), 'heavy': heavy}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env, check=True,
    )
    seen = json.loads(result.stdout)
    assert seen["count"] >= 4
    assert seen["heavy"] == []
