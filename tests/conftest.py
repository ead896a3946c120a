"""Shared fixtures. Every test points the data folder at its own tmp_path; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from facilitator_app.storage.database import Database, Location, open_database


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_APP_DATA_DIR", str(directory))
    monkeypatch.delenv("FACILITATOR_APP_DATABASE", raising=False)
    return directory


@pytest.fixture
def db(isolated_data_dir: Path) -> Iterator[Database]:
    database = open_database(Location.in_data_dir(isolated_data_dir))
    yield database
    database.close()
