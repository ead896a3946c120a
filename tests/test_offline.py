"""The offline guarantee: a whole workshop's life (first start with the demo, create, plan,
a roster, run the timers, capture, a PDF, export, import, a backup, the window and its screens)
with every network connection made to fail loudly; the app never tries one."""

from __future__ import annotations

import socket
from datetime import UTC, time
from pathlib import Path

import pytest

from facilitator_app.models import Workshop
from facilitator_app.roster import RosterPerson
from facilitator_app.services import agenda, exchange, participants, workshops
from facilitator_app.services.demo import install_demo
from facilitator_app.services.live import LiveRun
from facilitator_app.storage.database import Database, Location, open_database
from tests.timing.fakes import START, Room

# Local sockets (a lock between two windows on one laptop) are not the network.
LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)}


class NetworkTried(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python reaches the network raises NetworkTried and is written down."""
    tried: list[str] = []

    def refuse(what: str):
        def refused(*args, **kwargs):
            tried.append(f"{what} {args!r}")
            raise NetworkTried(f"the app tried the network: {what} {args!r}")

        return refused

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address):  # type: ignore[no-untyped-def]
        if self.family in LOCAL_FAMILIES:
            return real_connect(self, address)
        return refuse("connect")(self, address)

    def connect_ex(self: socket.socket, address):  # type: ignore[no-untyped-def]
        if self.family in LOCAL_FAMILIES:
            return real_connect_ex(self, address)
        return refuse("connect_ex")(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return tried


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NetworkTried):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with probe, pytest.raises(NetworkTried):
        probe.connect(("192.0.2.1", 80))
    assert len(no_network) == 2


def _plan(db: Database) -> tuple[int, int]:
    workshop_id = workshops.create_workshop(
        db, "Séminaire hors ligne", first_day=START.date(), start_time=time(9, 0)
    )
    with db.reading() as session:
        day_id = session.get_one(Workshop, workshop_id).days[0].id
    agenda.add_item(db, day_id, title="Accueil", duration_minutes=15)
    agenda.add_tool_item(db, day_id, "1-2-4-all")
    agenda.add_item(db, day_id, title="Pause", kind="break", duration_minutes=10)
    participants.import_participants(
        db, workshop_id, [RosterPerson("Anne"), RosterPerson("Bruno", "Mairie")]
    )
    return workshop_id, day_id


def _run(db: Database, workshop_id: int) -> None:
    room = Room()
    run = LiveRun(db, workshop_id, clock=room.clock, wall=room.wall, tz=UTC)
    run.start()
    room.pass_time(15 * 60 + 5)
    run.next_item(start=True)
    for _ in range(3):
        room.pass_time(60)
        run.next_step()
    run.add_seconds(60)
    run.set_black(True)
    run.set_black(False)
    run.finish()


def test_a_whole_workshop_never_opens_a_connection(
    no_network: list[str], isolated_data_dir: Path, tmp_path: Path
) -> None:
    db = open_database(Location.in_data_dir(isolated_data_dir))
    try:
        assert install_demo(db)
        workshop_id, _day_id = _plan(db)
        _run(db, workshop_id)
        from facilitator_app.services.capture import cards, notes

        cards.add_card(db, workshop_id, None, "Plus de temps en petits groupes", author="Anne")
        notes.add_note(db, workshop_id, None, "Idée retenue", group_label="Table 1")
        from facilitator_app.reports.method_sheet import render_method_sheet
        from facilitator_app.tools.registry import find_tool

        sheet = render_method_sheet(find_tool("1-2-4-all"), tmp_path / "sheet.pdf", "fr")
        assert sheet.read_bytes().startswith(b"%PDF")
        from facilitator_app.reports.make import ReportRequest, make_report

        for kind in ("summary", "handout", "attendance"):
            made = make_report(db, workshop_id, ReportRequest(kind), tmp_path / f"{kind}.pdf")
            assert made and made[0].read_bytes().startswith(b"%PDF"), kind
        path = exchange.export_workshop(db, workshop_id, tmp_path / "atelier.facilitator")
        imported = exchange.import_workshop_file(db, path)
        assert imported.workshop_id != workshop_id
        assert db.backup("test") is not None
    finally:
        db.close()
    assert no_network == []


def test_the_window_and_its_screens_never_open_a_connection(
    no_network: list[str], isolated_data_dir: Path, qtbot
) -> None:
    from facilitator_app.settings import Settings
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.main_window import MainWindow

    db = open_database(Location.in_data_dir(isolated_data_dir))
    install_demo(db)
    ctx = AppContext(db, Settings(None), isolated_data_dir, "fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.workshop_list.list.count() > 0)
        window.workshop_list.list.setCurrentRow(0)
        window.show_section("show_library")
        window.show_section("show_workshops")
        window.close()
    finally:
        ctx.close()
        db.close()
    assert no_network == []
