"""Another data folder, on real folders: what may be chosen, the data moved whole (or left
where it was when the move fails), and the choice honoured by the next start unless
--data-dir is given."""

from __future__ import annotations

import argparse
import os
import sys

import pytest

from facilitator_app import data_folder
from facilitator_app.data_folder import FolderKind, choose, examine, move_data
from facilitator_app.errors import StorageError, UserError
from facilitator_app.instance_lock import InstanceLock
from facilitator_app.paths import data_dir, database_path, home_data_dir
from facilitator_app.services import workshops
from facilitator_app.settings import Settings
from facilitator_app.storage.database import Location, open_database


@pytest.fixture
def current(isolated_data_dir):
    """The standard folder with a database holding one workshop, a backup and settings."""
    db = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(db, "Séminaire de rentrée")
    db.backup("manual")
    db.close()
    Settings.in_data_dir(isolated_data_dir).set("language", "fr")
    return isolated_data_dir


def test_an_empty_folder_may_receive_the_data(current, tmp_path):
    assert examine(tmp_path / "elsewhere", current).kind is FolderKind.EMPTY


def test_a_folder_with_the_applications_data_may_be_opened(current, tmp_path):
    other = tmp_path / "other"
    open_database(Location.in_data_dir(other)).close()
    assert examine(other, current).kind is FolderKind.DATABASE


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda current, tmp: current, "already the data folder"),
        (lambda current, tmp: current / "backups", "inside the data folder"),
        (lambda current, tmp: (tmp / "notes.txt", (tmp / "notes.txt").write_text("x"))[0], "file"),
    ],
)
def test_a_folder_that_cannot_be_the_data_folder_is_refused(current, tmp_path, make, words):
    with pytest.raises(UserError, match=words):
        examine(make(current, tmp_path), current)


def test_a_folder_holding_other_files_is_refused_and_named(current, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "budget.ods").write_text("x")
    with pytest.raises(UserError, match=r"budget\.ods"):
        examine(documents, current)


def test_a_foreign_file_where_the_database_would_be_is_refused(current, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    database_path(other).write_text("not a database")
    with pytest.raises(StorageError):
        examine(other, current)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_that_cannot_be_written_is_refused(current, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write"):
            examine(locked, current)
    finally:
        locked.chmod(0o700)


def test_a_folder_another_window_holds_is_refused(current, tmp_path):
    other = tmp_path / "other"
    lock = InstanceLock.acquire(other)
    try:
        with pytest.raises(UserError, match="another window"):
            examine(other, current)
    finally:
        assert lock is not None
        lock.release()


def test_the_data_moves_whole_and_leaves_the_old_folder(current, tmp_path):
    new = tmp_path / "stick" / "ateliers"
    move_data(current, new)
    db = open_database(Location.in_data_dir(new))
    try:
        assert [w.title for w in workshops.list_workshops(db)] == ["Séminaire de rentrée"]
    finally:
        db.close()
    assert list((new / "backups").iterdir())
    assert Settings.in_data_dir(new).get("language") == "fr"
    assert not database_path(current).exists()
    assert not (current / "backups").exists()


def test_a_move_that_fails_leaves_the_data_where_it_was(current, tmp_path, monkeypatch):
    new = tmp_path / "new"

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_folder.shutil, "copytree", full)  # the backups' copy fails
    with pytest.raises(StorageError, match="stays in"):
        move_data(current, new)
    assert database_path(current).exists() and (current / "backups").exists()
    assert [p.name for p in new.iterdir() if p.name not in data_folder.NOT_DATA] == []


def test_the_next_start_opens_the_chosen_folder(current, tmp_path):
    new = tmp_path / "new"
    new.mkdir()  # a folder chosen in the dialog exists (examine makes it)
    choose(new)
    assert data_dir() == new.resolve()
    assert home_data_dir() == current  # the choice is kept in the standard folder
    choose(current)
    assert data_dir() == current


def test_data_dir_on_the_command_line_still_wins(current, tmp_path):
    from facilitator_app.cli.context import CliContext

    (tmp_path / "new").mkdir()
    choose(tmp_path / "new")
    given = tmp_path / "given"
    context = CliContext(argparse.Namespace(data_dir=str(given)))
    try:
        assert context.data_dir == given.resolve()
    finally:
        context.close()
    assert data_dir() == (tmp_path / "new").resolve()


def test_an_empty_start_elsewhere_opens_without_the_demo(current, tmp_path):
    from facilitator_app.demo import install_demo_once

    new = tmp_path / "vide"
    data_folder.start_empty(new)
    assert data_dir() == new.resolve()
    db = open_database(Location.in_data_dir(data_dir()))
    try:
        assert install_demo_once(db) == []  # what the window's first start does
        assert workshops.list_workshops(db, templates=None) == []
    finally:
        db.close()
    assert examine(new, current).kind is FolderKind.DATABASE  # ours, to open again later


def test_a_chosen_folder_that_is_gone_is_refused_not_made_anew(current, tmp_path):
    from facilitator_app.errors import ChosenFolderMissing

    gone = tmp_path / "usb" / "ateliers"
    gone.mkdir(parents=True)
    choose(gone)
    gone.rmdir()
    with pytest.raises(ChosenFolderMissing) as refused:
        data_dir()
    assert refused.value.standard == current and not gone.exists()
    assert data_dir(current) == current  # --data-dir still opens the standard folder
