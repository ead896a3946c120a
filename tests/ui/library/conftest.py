"""An unexpected message box would wait forever offscreen: make it fail the test instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    def fail(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(QMessageBox, "critical", fail)
    monkeypatch.setattr(QMessageBox, "information", fail)
