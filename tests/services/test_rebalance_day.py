"""Accepting a catch-up proposal: the items shortened (their steps within the method's bounds),
the dropped ones gone, in one operation that one undo takes back; the file keeps fixed items."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from facilitator_app.models import AgendaItem
from facilitator_app.services import agenda, exchange, operations
from facilitator_app.services.workshops import create_workshop, update_workshop
from facilitator_app.step_lengths import total_seconds
from facilitator_app.storage.database import Database

NINE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def make_day(db: Database) -> tuple[int, list[int]]:
    workshop = create_workshop(db, "Forum", first_day=NINE.date(), start_time=time(9, 0))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    ids = [
        agenda.add_item(db, day, title="Accueil", duration_minutes=20),
        agenda.add_tool_item(db, day, "world-cafe"),
        agenda.add_item(db, day, title="Intervenant", duration_minutes=30),
        agenda.add_item(db, day, kind="break", title="Pause", duration_minutes=15),
    ]
    agenda.update_item(db, ids[2], fixed=True)
    return day, ids


def test_a_late_day_gets_a_proposal_and_accepting_it_is_one_undo(db: Database) -> None:
    day, ids = make_day(db)
    with db.transaction() as session:  # the welcome ran 15 minutes over
        row = session.get(AgendaItem, ids[0])
        row.actual_start, row.actual_end = NINE, NINE + timedelta(minutes=35)
    proposal = agenda.day_rebalancing(db, day, NINE + timedelta(minutes=35), UTC)
    assert proposal.late == 15 and proposal.left == 0
    assert [(cut.index, cut.minutes) for cut in proposal.cuts] == [(1, 70)]  # not the fixed talk
    applied = agenda.rebalance_day.apply(db, day, [(ids[1], 70)])
    cafe = agenda.day_agenda(db, day).items[1]
    assert cafe.duration_minutes == 70 and total_seconds(cafe.phases) == 70 * 60
    operations.undo(db, applied)
    assert agenda.day_agenda(db, day).items[1].duration_minutes == 85


def test_a_dropped_item_leaves_the_day(db: Database) -> None:
    day, ids = make_day(db)
    agenda.rebalance_day(db, day, [(ids[0], None)])
    assert [i.title for i in agenda.day_agenda(db, day).items] == [
        "World Café",
        "Intervenant",
        "Pause",
    ]


def test_fixed_items_and_the_workshops_warnings_travel_in_the_file(db: Database) -> None:
    day, _ids = make_day(db)
    workshop = agenda.workshop_of_day(db, day)
    update_workshop(db, workshop, timer_warnings={"unit": "seconds", "amber": 90, "red": 20})
    document, _photos = exchange.build_document(db, workshop)
    copy = exchange.import_document(db, document).workshop_id
    items = agenda.workshop_agenda(db, copy).days[0].items
    assert [i.fixed for i in items] == [False, False, True, False]
    assert "fixed" not in document["days"][0]["items"][0]  # left out when false: old readers
    from facilitator_app.services.workshops import get_timer_warnings

    assert get_timer_warnings(db, copy).as_json() == {"unit": "seconds", "amber": 90, "red": 20}
