"""The console's door: open to phones, the QR code on the projector, the counts, and nothing
listening once the door or the console is closed."""

from __future__ import annotations

import socket
import uuid

import httpx

from facilitator_app.phones.qr import qr_rows
from facilitator_app.ui.live.display import Scene
from tests.ui.capture.conftest import go_to


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_opening_the_door_projects_the_qr_code_with_the_address_and_the_code(
    qtbot, console, room
):
    go_to(console, room["1-2-4-all"], "card")
    assert console.phones_bar.count.text() == "Door closed to phones"
    console.phones_bar.open_action.setChecked(True)
    url, join_url = console.phones.addresses()
    code = console.phones.door.code
    assert join_url == f"{url}?code={code}"
    state = console.projector.state
    assert state.scene is Scene.JOIN
    assert state.join.url == url
    assert state.join.code == f"Code: {code[:3]} {code[3:]}"
    assert state.join.rows == qr_rows(join_url)
    assert console.room_sees.text() == "The room sees the phones' join code."
    console.phones_bar.code_action.setChecked(False)
    assert console.projector.state.scene is Scene.TIMER


def test_the_console_counts_phones_and_contributions(qtbot, console, room):
    go_to(console, room["1-2-4-all"], "card")
    console.phones_bar.open_action.setChecked(True)
    base = f"http://127.0.0.1:{console.phones.server.port}"
    with httpx.Client(base_url=base, trust_env=False, timeout=10) as client:
        token = client.post("/join", json={"code": console.phones.door.code}).json()["token"]
        for n in range(3):
            sent = client.post(
                "/api/send/card",
                json={"uid": uuid.uuid4().hex, "text": f"carte {n}"},
                headers={"X-Phone": token},
            )
            assert sent.status_code == 200
    qtbot.waitUntil(
        lambda: console.phones_bar.count.text().startswith("1 phone connected, 3 contributions"),
        timeout=5000,
    )


def test_the_door_follows_the_item_that_runs(qtbot, console, room):
    go_to(console, room["1-2-4-all"], "card")
    console.phones_bar.open_action.setChecked(True)
    go_to(console, room["weather-check-in"], "weather")
    assert console.phones.door.item_id == room["weather-check-in"]


def test_nothing_listens_once_the_door_or_the_console_is_closed(qtbot, console, room):
    go_to(console, room["1-2-4-all"], "card")
    console.phones_bar.open_action.setChecked(True)
    port = console.phones.server.port
    assert _listening(port)
    console.phones_bar.open_action.setChecked(False)
    assert not _listening(port)
    assert console.phones_bar.count.text() == "Door closed to phones"
    console.phones_bar.open_action.setChecked(True)
    port = console.phones.server.port
    console.close()
    assert not _listening(port)


def test_the_laptops_addresses_are_asked_of_the_system_now_and_then_not_each_refresh(
    qtbot, console, room, monkeypatch
):
    from facilitator_app.ui.phones import door as door_bar

    asked = []
    real = door_bar.urls
    monkeypatch.setattr(door_bar, "urls", lambda *a: asked.append(a) or real(*a))
    go_to(console, room["1-2-4-all"], "card")
    console.phones_bar.open_action.setChecked(True)
    for _ in range(20):  # the projector's and the console's refreshes
        console.phones.addresses()
        console.controller.refresh()
    assert len(asked) == 1
    when, *rest = console.phones._addresses
    console.phones._addresses = (when - door_bar.ADDRESSES_SECONDS - 1, *rest)  # long ago
    console.phones.addresses()  # asked again (the laptop may be on another network now)
    console.phones.addresses()
    assert len(asked) == 2
