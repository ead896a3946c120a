"""The same schema and operations on a PostgreSQL server, for an organisation's shared library.

Runs when FACILITATOR_APP_TEST_POSTGRES_URL names an empty database, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/facilitation_test (needs the `postgresql` extra).
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database

URL = os.environ.get("FACILITATOR_APP_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="FACILITATOR_APP_TEST_POSTGRES_URL is not set")


@pytest.fixture
def pg():
    assert URL
    database = open_database(Location.from_url(URL))
    yield database
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    database.close()


def test_the_schema_migrates_and_workshops_round_trip_on_postgresql(pg):
    assert pg.created
    workshop_id = workshops.create_workshop(pg, "Forum des transitions", venue="Albi")
    copy_id = workshops.duplicate_workshop(pg, workshop_id, "Forum (copie)")
    titles = sorted(w.title for w in workshops.list_workshops(pg))
    assert titles == ["Forum (copie)", "Forum des transitions"]
    assert workshops.get_outline(pg, copy_id).fields["venue"] == "Albi"
    again = open_database(Location.from_url(URL or ""))
    assert not again.created
    again.close()
