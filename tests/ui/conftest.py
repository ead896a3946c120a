"""GUI fixtures: the real widgets on an offscreen platform, in English unless a test asks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_app.settings import Settings
from facilitator_app.storage.database import Database


@pytest.fixture
def ctx(qapp, db: Database, isolated_data_dir: Path) -> Iterator[object]:
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.i18n import install_translations

    install_translations(qapp, "en")
    context = AppContext(db, Settings.in_data_dir(isolated_data_dir), isolated_data_dir, "en")
    yield context
    context.close()


@pytest.fixture
def main_window(qtbot, ctx) -> Iterator[object]:
    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
