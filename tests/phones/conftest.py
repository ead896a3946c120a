"""A workshop open to phones: a card wall, a weather check-in, a desert island, a dot vote,
and the phones' server listening on 127.0.0.1 (any free port)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import httpx
import pytest

from facilitator_app.phones.door import Door
from facilitator_app.phones.server import PhoneServer
from facilitator_app.services import agenda, workshops
from facilitator_app.storage.database import Database


@dataclass
class Room:
    db: Database
    workshop: int
    wall: int  # 1-2-4-All: cards
    weather: int
    island: int
    vote: int  # a dot vote


@pytest.fixture
def room(db: Database) -> Room:
    workshop = workshops.create_workshop(db, "Forum des cadres", first_day=date(2026, 3, 2))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    agenda.update_day(db, day, start_time=time(9, 0))
    return Room(
        db,
        workshop,
        agenda.add_tool_item(db, day, "1-2-4-all"),
        agenda.add_tool_item(db, day, "weather-check-in"),
        agenda.add_tool_item(db, day, "desert-island"),
        agenda.add_tool_item(db, day, "dot-voting"),
    )


@dataclass
class Served:
    room: Room
    door: Door
    server: PhoneServer

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"X-Phone": token} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10, trust_env=False)

    def join(self, name: str = "", code: str | None = None) -> str:
        with self.client() as client:
            answer = client.post("/join", json={"code": code or self.door.code, "name": name})
        assert answer.status_code == 200, answer.text
        return str(answer.json()["token"])

    def send(self, token: str, what: str, **payload: Any) -> httpx.Response:
        with self.client(token) as client:
            return client.post(f"/api/send/{what}", json=payload)


@pytest.fixture
def served(room: Room) -> Iterator[Served]:
    door = Door(room.workshop, room.wall)
    door.open()
    server = PhoneServer(room.db, door, "127.0.0.1", 0)
    server.start()
    yield Served(room, door, server)
    server.stop()
