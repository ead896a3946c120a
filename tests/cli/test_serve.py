"""`facilitator-app serve`: one JSON line with the addresses, serves until interrupted, exit 0;
an unknown workshop exits 2 in one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date

import httpx

from facilitator_app.services import agenda, workshops


def _serve(data_dir, *args):
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(data_dir), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_serve_prints_the_join_url_and_stops_on_ctrl_c(db, isolated_data_dir):
    workshop = workshops.create_workshop(db, "Forum", first_day=date(2026, 3, 2))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    item = agenda.add_tool_item(db, day, "1-2-4-all")
    server = _serve(isolated_data_dir, "Forum", "--host", "127.0.0.1", "--port", "0", "--json")
    try:
        assert server.stdout is not None
        line = json.loads(server.stdout.readline())
        assert line["join_url"] == f"{line['url']}?code={line['code']}"
        assert line["url"].startswith("http://127.0.0.1:") and line["item"] == item
        with httpx.Client(base_url=line["url"], trust_env=False, timeout=10) as client:
            assert client.post("/join", json={"code": line["code"]}).status_code == 200
        server.send_signal(signal.SIGINT)
        _out, errors = server.communicate(timeout=30)
        assert server.returncode == 0, errors.decode()
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()


def test_serve_an_unknown_workshop_exits_2_in_one_line(isolated_data_dir, db):
    server = _serve(isolated_data_dir, "Nowhere", "--json")
    _out, errors = server.communicate(timeout=60)
    assert server.returncode == 2
    assert len(errors.decode().strip().splitlines()) == 1


def test_serve_with_the_evaluation_form_shows_it_to_a_phone(db, isolated_data_dir):
    workshop = workshops.create_workshop(db, "Formation", first_day=date(2026, 3, 2))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    agenda.add_tool_item(db, day, "1-2-4-all")
    server = _serve(isolated_data_dir, "Formation", "--host", "127.0.0.1", "--port", "0",
                    "--evaluation", "--json")
    try:
        assert server.stdout is not None
        line = json.loads(server.stdout.readline())
        assert line["evaluation"] is True
        with httpx.Client(base_url=line["url"], trust_env=False, timeout=10) as client:
            token = client.post("/join", json={"code": line["code"]}).json()["token"]
            state = client.get("/api/state", headers={"X-Phone": token}).json()
        assert state["evaluation"]["title"]["fr"] == "Questionnaire d’évaluation"
        server.send_signal(signal.SIGINT)
        _out, errors = server.communicate(timeout=30)
        assert server.returncode == 0, errors.decode()
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()


def test_serve_listens_where_the_settings_say_unless_told(db, isolated_data_dir):
    import socket

    from facilitator_app.settings import Settings

    with socket.socket() as probe:  # a free port, given back for the door to take
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    settings = Settings.in_data_dir(isolated_data_dir)
    settings.set("phones_port", free)
    settings.set("phones_address", "127.0.0.1")
    workshop = workshops.create_workshop(db, "Forum", first_day=date(2026, 3, 2))
    agenda.add_tool_item(db, agenda.workshop_agenda(db, workshop).days[0].id, "1-2-4-all")
    server = _serve(isolated_data_dir, "Forum", "--json")
    try:
        assert server.stdout is not None
        line = json.loads(server.stdout.readline())
        assert line["port"] == free and line["url"] == f"http://127.0.0.1:{free}/"
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=30)
        assert server.returncode == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
