"""A room's load on loopback, bounded: 300 simulated phones (another process) send cards for
10 seconds to the console's door. None lost, none stored twice, all on the console's wall,
and the console's own work never held its event loop more than 50 ms, the wall on the
projector (a QTimer heartbeat; `make bench` measures 60 s with the wall-clock gaps too)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.services.capture import cards
from tests.ui.capture.conftest import go_to
from tests.ui.phones.heartbeat import Heartbeat

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "simulated_phones.py"
PHONES = 300
SECONDS = 10
# The console's own work (the Qt thread's processor time between two ticks, whatever other
# programs do) with the wall on the projector: the goal itself, 50 ms (it was 100). Measured:
# 23 to 26 ms here (run alone, as `make test` does, on two cores other suites share), and at
# most 29 to 35 ms over the bench's 60 s; 40 would leave too little margin over that.
BLOCKED_MS = 50
# The simulated phones are not the laptop's work: on a machine of two cores they must not
# take the console's share of the processor (real phones bring their own).
NICE = ("nice", "-n", "15") if shutil.which("nice") else ()


def run_room(qtbot, console, room, out: Path, phones: int, seconds: float):
    """Open the door on the card wall, let the phones send, wait until the wall shows all.
    Returns (the wall panel, the phones' log, the heartbeat)."""
    wall = go_to(console, room["1-2-4-all"], "card")
    console.phones_bar.open_action.setChecked(True)
    console.phones_bar.code_action.setChecked(False)
    console.capture.set_projecting(True)  # the room watches the wall fill
    url, _join = console.phones.addresses()
    command = [*NICE, sys.executable, str(SCRIPT), url, console.phones.door.code]
    command += ["--phones", str(phones), "--seconds", str(seconds), "--out", str(out)]
    room_of_phones = subprocess.Popen(command)
    heartbeat = Heartbeat()
    heartbeat.start()
    try:
        qtbot.waitUntil(lambda: room_of_phones.poll() is not None, timeout=600_000)
    finally:
        if room_of_phones.poll() is None:
            room_of_phones.kill()
    assert room_of_phones.returncode == 0
    result = json.loads(out.read_text())
    qtbot.waitUntil(lambda: len(wall.card_items) >= len(result["sent"]), timeout=60_000)
    heartbeat.stop()
    return wall, result, heartbeat


@pytest.mark.alone
@pytest.mark.timeout(600)
def test_three_hundred_phones_lose_no_card_store_none_twice_and_never_block_the_console(
    qtbot, console, room, db, tmp_path
):
    wall, result, heartbeat = run_room(qtbot, console, room, tmp_path / "phones.json",
                                       PHONES, SECONDS)
    sent = {f"carte {uid}" for uid, *_times in result["sent"]}
    stored = [c.text for c in cards.wall(db, room["workshop"], room["1-2-4-all"]).cards]
    assert {phone for *_sent, phone in result["sent"]} == set(range(PHONES))  # every one sent
    assert set(stored) == sent  # none lost
    assert len(stored) == len(sent)  # none stored twice (retries carry the same uid)
    assert len(wall.card_items) == len(sent)  # all on the console's wall
    assert result["refused"].get("join", 0) == 0
    assert heartbeat.ticks > 0
    assert heartbeat.worst_work_ms <= BLOCKED_MS, (
        f"the console's own work held its loop {heartbeat.worst_work_ms:.0f} ms"
    )
