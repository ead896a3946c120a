"""Shared fixtures. Every test points the data folder at its own tmp_path; Qt runs offscreen.

The storage, services and exchange tests run on both stores when a PostgreSQL server is given
(FACILITATOR_APP_TEST_POSTGRES_URL, see tests/postgres.py): their `db` is then made twice,
`[sqlite]` and `[postgresql]`. A test about the SQLite file itself is marked `sqlite_only`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from facilitator_app.paths import DATABASE_URL_ENV
from facilitator_app.storage.database import Database, Location, open_database
from tests import postgres

TESTS = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself; not run on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "postgresql: needs a PostgreSQL server (FACILITATOR_APP_TEST_POSTGRES_URL)"
    )


def pytest_report_header(config: pytest.Config) -> str:
    if postgres.URL:
        return f"PostgreSQL: {postgres.public(postgres.URL)} (storage, services, exchange)"
    return f"PostgreSQL: NOT TESTED ({postgres.NOT_GIVEN})"


def _on_both_stores(path: Path) -> bool:
    try:
        parts = path.resolve().relative_to(TESTS).parts
    except ValueError:
        return False
    return bool(parts) and parts[0] in postgres.BOTH_STORES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not postgres.URL or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if not _on_both_stores(Path(str(metafunc.definition.path))):
        return
    # A test of the organisation library runs it on both; the laptop's own store stays SQLite,
    # as on a trainer's laptop. Any other test runs its `db` on both.
    for name in ("organisation_url", "db"):
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, ["sqlite", "postgresql"], indirect=True)
            return


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A test that uses the server is a PostgreSQL test whatever its name: the PostgreSQL run
    # (`-k postgresql`) selects it, so it never hides among the skipped of `make test`.
    for item in items:
        if "postgres_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgresql)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_APP_DATA_DIR", str(directory))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return directory


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.PostgresServer]:
    """The test server; a test that needs one fails (it never passes) when it is unreachable,
    and is skipped, saying why, when none is given."""
    if not postgres.URL:
        pytest.skip(postgres.NOT_GIVEN)
    server = postgres.PostgresServer(postgres.URL)
    try:
        server.check()
    except Exception as exc:
        pytest.fail(f"the PostgreSQL server {postgres.public(postgres.URL)} is unreachable: {exc}")
    yield server
    server.close()


@pytest.fixture
def postgres_url(postgres_server: postgres.PostgresServer) -> Iterator[str]:
    """An empty database of its own on the test server."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def pg_db(
    postgres_server: postgres.PostgresServer,
    isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Database]:
    """The workshop store on a database of its own on the test server."""
    url = postgres_server.new_database(at_head=True)
    # The command line opens the same database (`facilitator-app` reads it from there).
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    database = open_database(Location.from_url(url, data_dir=isolated_data_dir))
    yield database
    database.close()
    postgres_server.drop(url)


@pytest.fixture
def db(request: pytest.FixtureRequest, isolated_data_dir: Path) -> Iterator[Database]:
    if getattr(request, "param", "sqlite") == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    database = open_database(Location.in_data_dir(isolated_data_dir))
    yield database
    database.close()


@pytest.fixture
def organisation_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An organisation library, set up and empty: a SQLite file of its own, or a database on
    the test server (`[postgresql]`)."""
    from facilitator_app.organisation.connection import migrate_library

    if getattr(request, "param", "sqlite") == "postgresql":
        server: postgres.PostgresServer = request.getfixturevalue("postgres_server")
        url = server.new_database()
        migrate_library(url)
        yield url
        server.drop(url)
        return
    url = f"sqlite+pysqlite:///{tmp_path / 'organisation.sqlite3'}"
    migrate_library(url)
    yield url
