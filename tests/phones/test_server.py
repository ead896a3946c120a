"""The phones' server over real HTTP on loopback: the door, the token, what may be sent."""

from __future__ import annotations

import uuid

import httpx

from facilitator_app.phones.door import Door
from facilitator_app.phones.server import PhoneServer
from facilitator_app.services.capture import cards, records
from facilitator_app.services.capture.query import capture_of


def _uid() -> str:
    return uuid.uuid4().hex


def test_a_phone_joins_with_the_code_and_its_card_is_stored_as_from_a_phone(served):
    token = served.join("Anne")
    answer = served.send(token, "card", uid=_uid(), text="Plus de pauses", colour="green")
    assert answer.status_code == 200, answer.text
    wall = cards.wall(served.room.db, served.room.workshop, served.room.wall)
    assert [(c.text, c.colour) for c in wall.cards] == [("Plus de pauses", "green")]
    captured = capture_of(served.room.db, served.room.workshop, served.room.wall, "card")
    assert captured.sections[0].rows[0]["_origin"] == "phone"
    assert served.door.state().contributions == 1


def test_a_card_sent_twice_is_stored_once(served):
    token = served.join()
    uid = _uid()
    for _ in range(3):
        assert served.send(token, "card", uid=uid, text="Une seule fois").status_code == 200
    assert len(cards.wall(served.room.db, served.room.workshop, served.room.wall).cards) == 1


def test_a_wrong_code_gets_a_refusal_and_nothing_else(served):
    with served.client() as client:
        refused = client.post("/join", json={"code": "AAAAAA", "name": "x"})
        assert refused.status_code == 403
        assert refused.json() == {"error": "refused"}
        assert "set-cookie" not in refused.headers
        for path in ("/app", "/api/state", "/s/app.js", "/s/texts.js", "/api/events", "/x"):
            response = client.get(path, follow_redirects=False)
            assert response.status_code in (303, 403), path
            assert "Forum" not in response.text
        assert client.get("/api/state", headers={"X-Phone": "not-a-token"}).status_code == 403


def test_the_join_form_is_all_that_is_reachable_without_a_token(served):
    with served.client() as client:
        page = client.get("/")
        assert page.status_code == 200 and "join.js" in page.text
        assert "Forum" not in page.text  # not even the workshop's title
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert client.get("/s/join.js").status_code == 200


def test_a_sleeping_phone_comes_back_with_its_token(served):
    token = served.join("Bruno")
    served.door.close()
    with served.client(token) as client:
        assert client.get("/api/state").status_code == 403
    served.door.open()
    with served.client(token) as client:
        state = client.get("/api/state").json()
    assert state["phone"] == {"number": 1, "name": "Bruno", "sent": 0}


def test_a_closed_door_lets_no_one_in(served):
    served.door.close()
    with served.client() as client:
        assert client.post("/join", json={"code": served.door.code}).status_code == 403


def test_input_is_capped(served):
    token = served.join()
    long = served.send(token, "card", uid=_uid(), text="x" * 501)
    assert long.status_code == 400 and long.json()["error"] == "too_long"
    with served.client(token) as client:
        huge = client.post("/api/send/card", content=b"{" + b" " * 10_000 + b"}")
    assert huge.status_code == 400
    assert cards.wall(served.room.db, served.room.workshop, served.room.wall).cards == ()


def test_a_flooding_phone_is_slowed_down_and_others_still_get_in(served):
    served.door.clock = lambda: 1000.0  # no time passes: the burst is all a phone gets
    flood = served.join()
    codes = [
        served.send(flood, "card", uid=_uid(), text=f"carte {n}").status_code for n in range(40)
    ]
    assert codes.count(200) == 20 and codes.count(429) == 20
    other = served.join()
    assert served.send(other, "card", uid=_uid(), text="la mienne").status_code == 200


def test_the_phones_send_only_what_the_open_item_asks_for(served):
    token = served.join("Chloé")
    assert served.send(token, "weather", weather="sun").status_code == 400
    served.door.set_item(served.room.weather)
    assert served.send(token, "weather", weather="fog", comment="réveil").status_code == 200
    assert served.send(token, "card", uid=_uid(), text="pas ici").status_code == 400
    room = served.room
    weather = records.records_of(room.db, room.workshop, room.weather, "weather")
    assert [(r.data["weather"], r.author) for r in weather] == [("fog", "Chloé · 1")]


def test_an_address_guessing_codes_is_refused_even_the_right_one_for_a_while(served):
    served.door.clock = lambda: 1000.0
    with served.client() as client:
        for _ in range(10):
            assert client.post("/join", json={"code": "AAAAAA"}).status_code == 403
        right = client.post("/join", json={"code": served.door.code})
    assert right.status_code == 403


def test_a_whole_room_joins_from_one_address(served):
    served.door.clock = lambda: 1000.0
    tokens = {served.join() for _ in range(40)}
    assert len(tokens) == 40


def test_the_event_stream_tells_a_phone_when_the_item_changes(served):
    token = served.join()
    with served.client(token) as client, client.stream("GET", "/api/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        events = []
        for line in lines:
            if line.startswith("event: changed"):
                events.append(line)
                if len(events) == 1:
                    served.door.set_item(served.room.weather)
                else:
                    break
    assert len(events) == 2


def test_stopping_the_server_ends_the_event_streams(room):
    door = Door(room.workshop, room.wall)
    door.open()
    server = PhoneServer(room.db, door, "127.0.0.1", 0)
    server.start()
    port = server.port
    phone = door.join(door.code, "", "127.0.0.1")
    assert phone is not None
    with httpx.Client(timeout=10, trust_env=False) as client, client.stream(
        "GET", f"http://127.0.0.1:{port}/api/events", headers={"X-Phone": phone.token}
    ) as stream:
        next(stream.iter_lines())
        thread = server.thread
        assert thread is not None
        server.stop()
        assert not thread.is_alive()  # an open event stream does not hold the server up
