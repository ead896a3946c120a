"""Several writers at once: the write lock is taken when a transaction begins, positions are
computed under it, ids are never handed out twice, undo never overwrites another writer's work,
and a busy database is waited for instead of being shown as "database is locked"."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.errors import StorageError
from facilitator_app.models import AgendaItem, Card, CustomTool, Workshop
from facilitator_app.services import agenda, library, operations, workshops
from facilitator_app.storage import database as database_module
from facilitator_app.storage import engine as engine_module
from facilitator_app.storage.changeset import UndoConflict
from facilitator_app.storage.database import Database, Location, open_database


@pytest.fixture
def day(db: Database) -> int:
    workshop_id = workshops.create_workshop(db, "Atelier")
    return agenda.workshop_agenda(db, workshop_id).days[0].id


def positions(db: Database, day_id: int) -> list[tuple[int, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(AgendaItem.position, AgendaItem.title)
            .where(AgendaItem.day_id == day_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
        return [(row.position, row.title) for row in rows]


def test_two_threads_adding_items_at_once_never_share_a_position(db: Database, day: int) -> None:
    errors: list[BaseException] = []

    def add(prefix: str) -> None:
        try:
            for n in range(40):
                agenda.add_item(db, day, title=f"{prefix}{n}", duration_minutes=5)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(p,)) for p in "AB"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    found = positions(db, day)
    assert [p for p, _ in found] == list(range(80))
    assert sorted(t for _, t in found) == sorted(f"{p}{n}" for p in "AB" for n in range(40))


def test_undoing_a_removal_keeps_what_another_writer_added_since(db: Database, day: int) -> None:
    for title in "ABC":
        agenda.add_item(db, day, title=title, duration_minutes=5)
    b = next(i.id for i in agenda.day_agenda(db, day).items if i.title == "B")
    removed = agenda.remove_item.apply(db, b)
    other = open_database(db.location)  # another writer on the same file
    try:
        agenda.add_item(other, day, title="D", duration_minutes=5)
    finally:
        other.close()
    operations.undo(db, removed)  # was: UNIQUE constraint failed: agenda_item.id
    assert positions(db, day) == [(0, "A"), (1, "B"), (2, "C"), (3, "D")]
    assert agenda.day_agenda(db, day).items[1].id == b


def test_undo_refuses_to_overwrite_another_writers_edit(db: Database, day: int) -> None:
    item = agenda.add_item(db, day, title="Ouverture", duration_minutes=10)
    mine = agenda.update_item.apply(db, item, title="Accueil")
    agenda.update_item(db, item, title="Accueil café")  # the phones' screen, say
    with pytest.raises(UndoConflict, match="changed since"):
        operations.undo(db, mine)
    assert agenda.day_agenda(db, day).items[0].title == "Accueil café"


def test_a_created_workshop_undone_redone_undone_is_gone(db: Database) -> None:
    created = workshops.create_workshop.apply(db, "Atelier")
    undone = operations.undo(db, created)
    again = operations.redo(db, undone)
    assert again.result == created.result
    operations.undo(db, again)
    with db.reading() as session:
        assert session.scalar(select(func.count(Workshop.id))) == 0


def test_a_copy_to_my_tools_undone_redone_undone_leaves_no_copy(db: Database) -> None:
    copied = library.duplicate_tool.apply(db, "1-2-4-all")
    operations.undo(db, operations.redo(db, operations.undo(db, copied)))
    with db.reading() as session:
        assert session.scalar(select(func.count(CustomTool.id))) == 0


def test_an_id_is_never_handed_out_twice(db: Database, day: int) -> None:
    added = agenda.add_item.apply(db, day, title="Premier", duration_minutes=5)
    undone = operations.undo(db, added)
    newer = agenda.add_item(db, day, title="Autre", duration_minutes=5)
    assert newer > added.result  # SQLite would have given the freed id again
    operations.redo(db, undone)
    # The redone item is back at its place, the other writer's after it.
    assert [i.id for i in agenda.day_agenda(db, day).items] == [added.result, newer]


@pytest.mark.sqlite_only
def test_a_busy_database_is_waited_for(db: Database, day: int) -> None:
    assert db.location.file is not None
    holder = sqlite3.connect(db.location.file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.8, holder.rollback).start()
    agenda.add_item(db, day, title="Après l'attente", duration_minutes=5)
    holder.close()
    assert positions(db, day)[-1][1] == "Après l'attente"


def test_a_database_busy_for_too_long_says_so_in_words(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(database_module, "LOCK_PATIENCE_SECONDS", 0.3)
    db = open_database(Location.in_data_dir(isolated_data_dir))
    try:
        holder = sqlite3.connect(db.location.file, isolation_level=None)  # type: ignore[arg-type]
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError) as refused:
            workshops.create_workshop(db, "Atelier")
        holder.rollback()
        holder.close()
    finally:
        db.close()
    assert "locked" not in str(refused.value)
    assert "another program" in str(refused.value)


WRITER = textwrap.dedent(
    """
    import json, sys
    from facilitator_app.models import Card
    from facilitator_app.services import agenda
    from facilitator_app.storage.database import Location, open_database
    db = open_database(Location.from_url(sys.argv[1]))
    day, workshop, name = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    done = []
    for n in range(60):
        done.append(agenda.add_item(db, day, title=f"{name}{n}", duration_minutes=5))
        with db.transaction() as session:
            session.add(Card(workshop_id=workshop, item_id=done[-1], text=f"{name} card {n}"))
    print(json.dumps(done))
    """
)


def test_two_processes_writing_at_once_lose_nothing(db: Database, day: int) -> None:
    workshop_id = agenda.workshop_of_day(db, day)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db.location.url, str(day), str(workshop_id), p],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in "XY"
    ]
    reported = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        reported += json.loads(out)
    found = positions(db, day)
    assert [p for p, _ in found] == list(range(120))
    with db.reading() as session:
        assert sorted(session.scalars(select(AgendaItem.id))) == sorted(reported)
        assert session.scalar(select(func.count(Card.id))) == 120
