"""A refused data file is explained, left alone, and a backup can be restored from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database
from facilitator_app.ui import database_dialog
from facilitator_app.ui.database_dialog import RefusedDatabaseDialog, open_or_offer_restore


def make_refused_file_with_a_backup(data_dir):
    location = Location.in_data_dir(data_dir)
    database = open_database(location)
    workshops.create_workshop(database, "Sauvé par la sauvegarde")
    database.backup("start")
    database.close()
    location.file.write_bytes(b"this is not a database any more")
    return location


def test_restoring_the_offered_backup_opens_the_data_again(qtbot, isolated_data_dir, monkeypatch):
    location = make_refused_file_with_a_backup(isolated_data_dir)
    shown = []

    def choose_first_backup(dialog: RefusedDatabaseDialog) -> int:
        shown.append(dialog)
        assert dialog.backup_list.count() == 1
        assert dialog.restore_button.isEnabled()
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RefusedDatabaseDialog, "exec", choose_first_backup)
    announced = record_information_boxes(monkeypatch)
    database = open_or_offer_restore(location)
    assert database is not None and len(shown) == 1
    assert [w.title for w in workshops.list_workshops(database)] == ["Sauvé par la sauvegarde"]
    database.close()
    kept = list(location.file.parent.glob("facilitator.sqlite3.replaced-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not a database any more"
    # The user is told the file they had is not lost, and where it is.
    assert len(announced) == 1 and str(kept[0]) in announced[0]


def record_information_boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        database_dialog.QMessageBox,
        "information",
        lambda parent, title, text: shown.append(f"{title}\n{text}"),
    )
    return shown


def test_a_folder_where_the_file_should_be_is_explained_and_a_restore_moves_it_aside(
    qtbot, isolated_data_dir, monkeypatch
):
    location = make_refused_file_with_a_backup(isolated_data_dir)
    location.file.unlink()
    location.file.mkdir()
    (location.file / "photo.jpg").write_bytes(b"not ours to delete")
    seen: list[str] = []

    def restore(dialog: RefusedDatabaseDialog) -> int:
        seen.extend(w.text() for w in dialog.findChildren(QLabel))
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RefusedDatabaseDialog, "exec", restore)
    announced = record_information_boxes(monkeypatch)
    database = open_or_offer_restore(location)
    assert database is not None
    assert [w.title for w in workshops.list_workshops(database)] == ["Sauvé par la sauvegarde"]
    database.close()
    assert any("A folder" in text for text in seen)
    [kept] = location.file.parent.glob("facilitator.sqlite3.replaced-*")
    assert (kept / "photo.jpg").read_bytes() == b"not ours to delete"
    assert str(kept) in announced[0]


def test_quitting_leaves_the_refused_file_as_it_was(qtbot, isolated_data_dir, monkeypatch):
    location = make_refused_file_with_a_backup(isolated_data_dir)
    monkeypatch.setattr(RefusedDatabaseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert open_or_offer_restore(location) is None
    assert location.file.read_bytes() == b"this is not a database any more"


def test_the_dialog_says_why_in_plain_words(qtbot, isolated_data_dir):
    location = make_refused_file_with_a_backup(isolated_data_dir)
    from facilitator_app.errors import NotOurDatabase

    error = NotOurDatabase(location.file, "this file is not a SQLite database")
    dialog = RefusedDatabaseDialog(error, database_dialog.list_backups(location.backups))
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("not made by this application" in t and "not been modified" in t for t in labels)


def test_missing_system_libraries_print_the_apt_line_instead_of_a_qt_abort(capsys, monkeypatch):
    from facilitator_app.cli import main
    from facilitator_app.system_check import WINDOW_REQUIREMENTS
    from facilitator_app.ui import launch

    monkeypatch.setattr(launch, "missing_requirements", lambda: list(WINDOW_REQUIREMENTS[1:3]))
    assert main(["gui"]) == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in err
