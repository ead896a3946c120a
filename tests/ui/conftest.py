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


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A message box nobody answers would wait forever offscreen: fail the test instead. A test
    that expects one replaces these with its own answer."""
    from PySide6.QtWidgets import QMessageBox

    def fail(_parent=None, title="", text="", *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    def fail_exec(box):
        raise AssertionError(f"unexpected message box: {box.windowTitle()}: {box.text()}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, fail)
    monkeypatch.setattr(QMessageBox, "exec", fail_exec)


@pytest.fixture
def french(qapp, ctx):
    """The same context, in French (the translations installed, the context's language set);
    English again for the next test (the ctx fixture installs it)."""
    from facilitator_app.ui.i18n import install_translations

    install_translations(qapp, "fr")
    ctx.language = "fr"
    yield ctx
    install_translations(qapp, "en")
