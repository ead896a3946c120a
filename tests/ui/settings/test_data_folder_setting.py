"""The data folder chosen from the settings dialog, on real folders: moved whole (the window
closes after it), started empty or opened elsewhere from the next start, and refused with a
clear message when the folder cannot be one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator_app.data_folder import chosen_folder
from facilitator_app.paths import data_dir, database_path
from facilitator_app.services import workshops as service
from facilitator_app.storage.database import Location, open_database
from facilitator_app.ui.settings.data_folder import DataFolderRow
from facilitator_app.ui.settings.fields import PAGES


@pytest.fixture
def row(qtbot, main_window, ctx):
    service.create_workshop(ctx.db, "Comité de pilotage")
    main_window.workshop_list.refresh()
    dialog = main_window.open_settings("data")
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentIndex() == [p.key for p in PAGES].index("data")
    found = dialog.findChild(DataFolderRow)
    assert found.isVisible() and found.folder.text() == str(ctx.data_dir)
    return found


def answer_with(monkeypatch, *button_texts: str) -> list[str]:
    """The next message boxes built by hand are answered with the buttons of these texts, in
    turn; returns what they said."""
    asked: list[str] = []

    def click(box):
        asked.append(box.text())
        button_text = button_texts[len(asked) - 1]
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return 0
        raise AssertionError(f"no button {button_text!r} in {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def test_moving_the_data_takes_it_all_and_closes_the_window(
    qtbot, row, main_window, ctx, tmp_path, monkeypatch
):
    new = tmp_path / "clé" / "ateliers"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(new))
    answer_with(monkeypatch, "Move my data there")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    old = ctx.data_dir
    row.change.click()
    assert told and str(new) in told[0] and "start it again" in told[0]
    qtbot.waitUntil(lambda: not main_window.isVisible())
    assert not database_path(old).exists()
    assert chosen_folder() == new.resolve() and data_dir() == new.resolve()
    db = open_database(Location.in_data_dir(new))
    try:
        assert [w.title for w in service.list_workshops(db)] == ["Comité de pilotage"]
    finally:
        db.close()


def test_starting_empty_elsewhere_waits_for_the_next_start(
    qtbot, row, main_window, ctx, tmp_path, monkeypatch
):
    new = tmp_path / "vide"
    new.mkdir()
    # The second box says when it applies; "Later" keeps the window on the data it has.
    asked = answer_with(monkeypatch, "Start empty there", "Later")
    row.use_folder(new)
    assert "is empty" in asked[0] and "next start" in asked[1]
    assert chosen_folder() == new.resolve()
    assert main_window.isVisible() and ctx.has_database
    assert database_path(ctx.data_dir).exists()
    assert row.next_start.isVisible() and str(new.resolve()) in row.next_start.text()


def test_a_folder_with_data_is_opened_from_the_next_start(
    qtbot, row, main_window, ctx, tmp_path, monkeypatch
):
    other = tmp_path / "autre"
    open_database(Location.in_data_dir(other)).close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told = answer_with(monkeypatch, "Later")
    row.use_folder(other)
    assert told and "next start" in told[0]
    assert chosen_folder() == other.resolve()
    assert [w.title for w in service.list_workshops(ctx.db)] == ["Comité de pilotage"]


def test_a_folder_inside_the_data_folder_is_refused_and_nothing_changes(row, ctx, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    row.use_folder(ctx.data_dir / "backups")
    assert warned and "inside the data folder" in warned[0]
    assert chosen_folder() is None
    assert not row.next_start.isVisible()
