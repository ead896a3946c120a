"""The phones' writer: what arrives while a transaction commits is stored in the next one,
whole (one commit, one notice), each phone answered only once its card is on disk."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid

import httpx
import pytest

from facilitator_app.phones.contributions import Refused
from facilitator_app.phones.door import Door
from facilitator_app.phones.writer import Writer
from facilitator_app.services.capture import cards
from facilitator_app.storage.database import open_database


def _uid() -> str:
    return uuid.uuid4().hex


def test_what_waits_is_stored_in_one_transaction_and_answered_after_its_commit(room):
    door = Door(room.workshop, room.wall)
    door.open()
    anne, bruno = door.join(door.code, "Anne", "a"), door.join(door.code, "", "b")
    assert anne is not None and bruno is not None
    writer = Writer(room.db, door)
    same = _uid()
    answers = [
        writer.submit(anne, "card", {"uid": same, "text": "Un"}),
        writer.submit(bruno, "card", {"uid": _uid(), "text": "Deux", "colour": "blue"}),
        writer.submit(anne, "card", {"uid": same, "text": "Un"}),  # sent again: once
        writer.submit(bruno, "card", {"uid": _uid(), "text": "x" * 501}),
        writer.submit(bruno, "card", {"uid": "bad uid!", "text": "Trois"}),
    ]
    told: list[tuple[str, tuple[int, ...], list[bool]]] = []
    room.db.changes.subscribe(
        lambda change: told.append((change.area, change.ids, [a.done() for a in answers]))
    )
    writer.start()  # all five were waiting: one batch
    try:
        first, second, again = (a.result(10) for a in answers[:3])
        for answer, reason in zip(answers[3:], ("too_long", "bad_request"), strict=True):
            with pytest.raises(Refused) as refused:
                answer.result(10)
            assert refused.value.reason == reason
    finally:
        writer.stop()
    assert writer.card_batches == 1
    assert again == first
    assert told == [("outputs:card", (first, second), [False] * 5)]  # committed, then answered
    wall = cards.wall(room.db, room.workshop, room.wall)
    assert [(c.text, c.author, c.colour) for c in wall.cards] == [
        ("Un", "Anne · 1", "yellow"),
        ("Deux", "📱 2", "blue"),
    ]
    assert (anne.sent, bruno.sent, door.state().contributions) == (2, 1, 3)
    cards.remove_card(room.db, second)  # each card of a batch is the facilitator's to remove
    assert [c.id for c in cards.wall(room.db, room.workshop, room.wall).cards] == [first]


def test_a_card_the_batch_cannot_hold_is_refused_alone(room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    taken = _uid()
    cards.add_card(room.db, other, None, "Ailleurs", uid=taken)
    door = Door(room.workshop, room.wall)
    door.open()
    phone = door.join(door.code, "", "a")
    assert phone is not None
    writer = Writer(room.db, door)
    good = writer.submit(phone, "card", {"uid": _uid(), "text": "Bonne"})
    bad = writer.submit(phone, "card", {"uid": taken, "text": "Prise"})
    writer.start()
    try:
        assert good.result(10) > 0
        with pytest.raises(Refused) as refused:
            bad.result(10)
        assert refused.value.reason == "refused"
    finally:
        writer.stop()
    assert [c.text for c in cards.wall(room.db, room.workshop, room.wall).cards] == ["Bonne"]


def test_a_closed_door_refuses_what_was_waiting(room):
    door = Door(room.workshop, room.wall)
    door.open()
    phone = door.join(door.code, "", "a")
    assert phone is not None
    writer = Writer(room.db, door)
    answer = writer.submit(phone, "card", {"uid": _uid(), "text": "Trop tard"})
    door.close()
    writer.start()
    writer.stop()
    with pytest.raises(Refused) as refused:
        answer.result(0)
    assert refused.value.reason == "closed"
    assert cards.wall(room.db, room.workshop, room.wall).cards == ()


def test_phones_sending_while_the_laptop_writes_are_stored_in_one_more_transaction(served):
    """The console holds the write lock; forty cards from four phones wait; once it lets go
    they are written together, and every phone's answer says stored."""
    tokens = [served.join() for _ in range(4)]
    writer = served.server.writer
    sent = [(tokens[n % 4], _uid()) for n in range(40)]
    answers: list[int] = []

    async def send_all() -> None:
        async with httpx.AsyncClient(base_url=served.url, trust_env=False, timeout=30) as c:
            replies = await asyncio.gather(
                *(
                    c.post("/api/send/card", json={"uid": uid, "text": f"carte {uid}"},
                           headers={"X-Phone": token})
                    for token, uid in sent
                )
            )
            answers.extend(r.status_code for r in replies)

    with served.room.db.transaction():  # the laptop's own write, holding the lock
        phones = threading.Thread(target=lambda: asyncio.run(send_all()))
        phones.start()
        deadline = time.monotonic() + 15
        while writer._waiting.qsize() < len(sent) - 1 and time.monotonic() < deadline:
            time.sleep(0.01)  # the first card waits for the lock, the others in the queue
        before = writer.card_batches
    phones.join(30)
    assert answers == [200] * len(sent)
    assert writer.card_batches - before == 2
    # What each phone was told is stored is on disk: another connection reads all of it.
    other = open_database(served.room.db.location)
    try:
        stored = [c.text for c in cards.wall(other, served.room.workshop, served.room.wall).cards]
    finally:
        other.close()
    assert sorted(stored) == sorted(f"carte {uid}" for _token, uid in sent)
