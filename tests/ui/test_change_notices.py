"""Change notices reach the screens on the Qt thread: the UI's own at once, a burst from
another thread merged into one, another process's through the database's change log."""

from __future__ import annotations

import threading

from facilitator_app.changes import Change
from facilitator_app.models import Card
from facilitator_app.services import agenda, workshops
from facilitator_app.storage.database import Database, announce, open_database


def listen(ctx) -> list[tuple[Change, bool]]:
    heard: list[tuple[Change, bool]] = []
    ctx.changed.connect(
        lambda change: heard.append((change, threading.current_thread() is threading.main_thread()))
    )
    return heard


def test_the_uis_own_operation_is_heard_at_once(ctx) -> None:
    heard = listen(ctx)
    workshop_id = workshops.create_workshop(ctx.db, "Atelier")
    assert heard == [(Change("workshops", workshop_id), True)]


def test_300_cards_from_another_thread_repaint_once(qtbot, ctx) -> None:
    db: Database = ctx.db
    workshop_id = workshops.create_workshop(db, "Atelier")
    heard = listen(ctx)
    ids: list[int] = []

    def phones() -> None:
        for n in range(300):
            with db.transaction() as session:
                card = Card(workshop_id=workshop_id, text=f"carte {n}")
                session.add(card)
                session.flush()
                ids.append(card.id)
                announce(session, Change("outputs", workshop_id, (card.id,)))

    thread = threading.Thread(target=phones)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    qtbot.wait(100)  # nothing else arrives
    assert len(heard) == 1
    change, on_qt_thread = heard[0]
    assert on_qt_thread
    assert (change.area, change.workshop_id) == ("outputs", workshop_id)
    assert sorted(change.ids) == sorted(ids)  # every card once


def test_another_processs_commit_is_heard(qtbot, ctx) -> None:
    workshop_id = workshops.create_workshop(ctx.db, "Atelier")
    heard = listen(ctx)
    script = open_database(ctx.db.location)  # what `facilitator-app import` opens
    try:
        day_id = agenda.add_day(script, workshop_id, title="Jour 2")
    finally:
        script.close()
    ctx.poll_other_processes()  # the window does it every second
    assert [(c.area, c.workshop_id, c.external) for c, _ in heard] == [
        ("agenda", workshop_id, True)
    ]
    ctx.poll_other_processes()
    assert len(heard) == 1  # each once
    assert day_id
