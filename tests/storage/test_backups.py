"""Rotating backups, and restoring one without ever losing the file it replaces."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_app.errors import CorruptDatabase, UserError
from facilitator_app.services import workshops
from facilitator_app.storage.backups import (
    KEEP_BACKUPS,
    changed_since_last_backup,
    find_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from facilitator_app.storage.database import Location, open_database

# Backups are SQLite's online copies of the file; a server is backed up with pg_dump.
pytestmark = pytest.mark.sqlite_only


def test_a_backup_is_a_consistent_copy_while_the_database_is_open(db):
    workshops.create_workshop(db, "Séminaire")
    path = db.backup("manual")
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT title FROM workshop").fetchall() == [("Séminaire",)]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_only_the_last_ten_backups_are_kept_newest_first(db):
    made = [db.backup("start") for _ in range(KEEP_BACKUPS + 3)]
    kept = list_backups(db.location.backups)
    assert len(kept) == KEEP_BACKUPS
    assert [b.path for b in kept] == list(reversed(made))[:KEEP_BACKUPS]


def test_ending_a_workshop_makes_a_backup(db):
    workshop_id = workshops.create_workshop(db, "World Café")
    workshops.end_workshop(db, workshop_id)
    assert [b.reason for b in list_backups(db.location.backups)] == ["workshop-ended"]


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(isolated_data_dir):
    location = Location.in_data_dir(isolated_data_dir)
    database = open_database(location)
    workshops.create_workshop(database, "Avant")
    backup = database.backup("manual")
    workshops.create_workshop(database, "Après")
    database.close()

    moved = restore_backup(backup, location.file)
    assert moved is not None and moved.exists()
    reopened = open_database(location)
    assert [w.title for w in workshops.list_workshops(reopened)] == ["Avant"]
    reopened.close()
    kept = sqlite3.connect(moved)
    assert {r[0] for r in kept.execute("SELECT title FROM workshop")} == {"Avant", "Après"}
    kept.close()


def test_a_damaged_backup_is_not_restored(isolated_data_dir, tmp_path):
    location = Location.in_data_dir(isolated_data_dir)
    open_database(location).close()
    bad = tmp_path / "facilitator-20260101T000000000000-manual.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = location.file.read_bytes()
    with pytest.raises(CorruptDatabase):
        restore_backup(bad, location.file)
    assert location.file.read_bytes() == before


def test_find_backup_by_name_or_latest(db):
    first = db.backup("manual")
    second = db.backup("manual")
    assert find_backup(db.location.backups, "latest").path == second
    assert find_backup(db.location.backups, first.name).path == first
    with pytest.raises(UserError):
        find_backup(db.location.backups, "nope.sqlite3")


def test_backup_reasons_are_plain_words(db):
    with pytest.raises(ValueError):
        make_backup(db.location.file, db.location.backups, "../../etc")


def test_routine_backups_never_push_out_the_one_made_before_a_migration(db):
    protected = db.backup("before-migration")
    for _ in range(KEEP_BACKUPS + 5):
        db.backup("start")
    kept = list_backups(db.location.backups)
    assert protected in [b.path for b in kept]
    assert sum(b.reason == "start" for b in kept) == KEEP_BACKUPS


def test_a_start_backup_is_only_needed_when_the_data_changed(db):
    import os
    import time

    assert changed_since_last_backup(db.location.file, db.location.backups)
    backup = db.backup("start")
    later = time.time() + 5
    os.utime(backup, (later, later))
    assert not changed_since_last_backup(db.location.file, db.location.backups)
    workshops.create_workshop(db, "Nouveau")
    for path in (db.location.file, db.location.file.with_name("facilitator.sqlite3-wal")):
        if path.exists():
            os.utime(path, (later + 5, later + 5))
    assert changed_since_last_backup(db.location.file, db.location.backups)


CRASHING_WRITER = """
import sqlite3, sys, time
writer = sqlite3.connect(sys.argv[1])
writer.execute("PRAGMA wal_autocheckpoint=0")
writer.execute("UPDATE workshop SET title = 'Tapé après la sauvegarde'")
writer.commit()
print("committed", flush=True)
time.sleep(60)
"""


def test_restore_keeps_the_replaced_files_journal_with_it(isolated_data_dir):
    import subprocess
    import sys

    location = Location.in_data_dir(isolated_data_dir)
    database = open_database(location)
    workshops.create_workshop(database, "Avant")
    backup = database.backup("manual")
    database.close()
    # The app crashes: its last transaction is in the write-ahead log, not yet in the file.
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(location.file)], stdout=subprocess.PIPE
    )
    assert child.stdout is not None and child.stdout.readline().strip() == b"committed"
    child.kill()
    child.communicate()
    assert location.file.with_name("facilitator.sqlite3-wal").stat().st_size > 0

    moved = restore_backup(backup, location.file)
    assert moved is not None
    kept = sqlite3.connect(moved)
    titles = [r[0] for r in kept.execute("SELECT title FROM workshop")]
    kept.close()
    assert titles == ["Tapé après la sauvegarde"]


def test_restore_latest_skips_a_damaged_newest_backup(db):
    good = db.backup("manual")
    bad = db.backup("manual")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert find_backup(db.location.backups, "latest").path == good


def test_the_rotation_keeps_ten_routine_and_five_of_each_protected_kind(db):
    from facilitator_app.storage.backups import KEEP_PROTECTED, PROTECTED_REASONS

    for _ in range(KEEP_BACKUPS + 2):
        db.backup("start")
        db.backup("manual")
    for reason in PROTECTED_REASONS:
        for _ in range(KEEP_PROTECTED + 2):
            db.backup(reason)
    kinds = [b.reason for b in list_backups(db.location.backups)]
    assert len([k for k in kinds if k in ("start", "manual")]) == KEEP_BACKUPS
    for reason in PROTECTED_REASONS:
        assert kinds.count(reason) == KEEP_PROTECTED
    assert len(kinds) == KEEP_BACKUPS + KEEP_PROTECTED * len(PROTECTED_REASONS) == 20


def test_a_backup_killed_half_way_leaves_a_hidden_file_removed_once_stale(db):
    import os
    import time

    backups = db.location.backups
    db.backup("start")
    leftover = backups / ".facilitator-20261201T101010123456-start.sqlite3.abcd1234.partial"
    fresh = backups / ".facilitator-20261201T101011123456-start.sqlite3.efgh5678.partial"
    leftover.write_bytes(b"half")
    fresh.write_bytes(b"being written by another process")
    old = time.time() - 120
    os.utime(leftover, (old, old))
    db.backup("start")
    assert not leftover.exists() and fresh.exists()
