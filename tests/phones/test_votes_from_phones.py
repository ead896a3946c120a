"""Votes from phones: dots within the session's limits, a coloured card raised and changed,
what a phone is shown of the cards (no authors unless names are shown)."""

from __future__ import annotations

import uuid

from facilitator_app.services.capture import cards, votes


def _cards(served, *texts):
    room = served.room
    return [cards.add_card(room.db, room.workshop, room.vote, t, author="Anne") for t in texts]


def test_a_phone_gives_its_dots_within_the_limits_and_sees_no_author(served):
    room = served.room
    first, second = _cards(served, "Forum", "Wiki")
    session = votes.open_session(room.db, room.workshop, room.vote, "dot_vote", dots_per_person=3)
    served.door.set_item(room.vote)
    token = served.join("Bruno")
    with served.client(token) as client:
        state = client.get("/api/state").json()
    [vote] = state["votes"]
    assert vote["dots"] == 3 and [o["text"] for o in vote["options"]] == ["Forum", "Wiki"]
    assert "Anne" not in str(state)
    assert served.send(token, "dots", session=session, option=f"card:{first}", count=2).is_success
    assert served.send(token, "dots", session=session, option=f"card:{second}", count=1).is_success
    refused = served.send(token, "dots", session=session, option=f"card:{second}", count=2)
    assert refused.status_code == 400  # four dots of three
    found = {o.card_id: o.total for o in votes.results(room.db, session).options}
    assert found == {first: 2, second: 1}
    served.door.show_names(True)
    with served.client(token) as client:
        shown = client.get("/api/state").json()["votes"][0]["options"]
    assert [o["author"] for o in shown] == ["Anne", "Anne"]


def test_a_coloured_card_raised_then_changed_counts_once(served):
    room = served.room
    session = votes.open_session(room.db, room.workshop, room.vote, "poll")
    served.door.set_item(room.vote)
    anne, bruno = served.join(), served.join()
    assert served.send(anne, "hand", session=session, choice="green").is_success
    assert served.send(bruno, "hand", session=session, choice="green").is_success
    assert served.send(anne, "hand", session=session, choice="red").is_success
    found = {o.option: o.total for o in votes.results(room.db, session).options}
    assert found["green"] == 1 and found["red"] == 1


def test_a_closed_vote_takes_nothing_more(served):
    room = served.room
    [card] = _cards(served, "Forum")
    session = votes.open_session(room.db, room.workshop, room.vote, "dot_vote")
    votes.close_session(room.db, session)
    served.door.set_item(room.vote)
    token = served.join()
    answer = served.send(token, "dots", session=session, option=f"card:{card}", count=1)
    assert answer.json()["error"] == "vote_closed"


def test_a_desert_island_object_from_a_phone(served):
    room = served.room
    served.door.set_item(room.island)
    token = served.join("Chloé")
    uid = uuid.uuid4().hex
    for _ in range(2):
        sent = served.send(token, "object", uid=uid, object="Un couteau", reason="tout faire")
        assert sent.is_success
    from facilitator_app.services.capture import records

    found = records.records_of(room.db, room.workshop, room.island, "desert_island")
    assert [(r.data["object"], r.author) for r in found] == [("Un couteau", "Chloé · 1")]
