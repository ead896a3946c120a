"""The phones' door under a room's load: 300 simulated phones (another process, niced: real
phones bring their own processor) join, then send cards for 60 s to the console's door on
loopback at a busy room's pace (a card every 2 to 6 s each) while the wall is on the
projector, then for 15 s as fast as a hand taps (every 0.3 to 0.9 s: what the server can
take). The figures: cards stored per second,
cards per transaction (the writer's batches), the time from a phone's send to its card stored
(as the phone's clock says, and from the request's arrival at the server: the simulator's own
process is starved on a busy machine), and to the card painted on the console's wall (p50,
p99); the console's event loop: the longest wall-clock gap of a 10 ms QTimer heartbeat and the
most of the Qt thread's own processor time between two ticks (goal for both: 50 ms). Run alone
with `python -m bench phones`; FACILITATOR_APP_BENCH_PHONES_SECONDS shortens it."""

from __future__ import annotations

import bisect
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from bench.figures import Figure, percentile
from facilitator_app.storage.database import open_database
from facilitator_app.storage.location import Location

PHONES = 300
SECONDS = float(os.environ.get("FACILITATOR_APP_BENCH_PHONES_SECONDS", "60"))
BURST_SECONDS = max(5.0, SECONDS / 4)
ROOM_PACE = (2.0, 6.0)
TAPPING = (0.3, 0.9)  # under the door's 4 a second per phone
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "simulated_phones.py"
NICE = ("nice", "-n", "15") if shutil.which("nice") else ()


@dataclass
class Watch:
    """What the bench notes inside the console's process while the phones send."""

    received: dict[str, float] = field(default_factory=dict)  # uid -> handed to the writer
    put: dict[int, float] = field(default_factory=dict)  # card id -> put on the wall
    painted: list[float] = field(default_factory=list)  # the wall's paint events


def _send(app: Any, console: Any, wall: Any, folder: Path, pace: tuple[float, float],
          seconds: float, name: str) -> dict[str, Any]:
    url, _join = console.phones.addresses()
    out = folder / f"{name}.json"
    command = [*NICE, sys.executable, str(SCRIPT), url, console.phones.door.code]
    command += ["--phones", str(PHONES), "--seconds", str(seconds), "--out", str(out)]
    command += ["--pause", str(pace[0]), str(pace[1])]
    phones = subprocess.Popen(command)
    while phones.poll() is None:
        app.processEvents()
        time.sleep(0.002)
    result: dict[str, Any] = json.loads(out.read_text())
    wanted = {f"carte {uid}" for uid, *_ in result["sent"]}
    deadline = time.time() + 60
    while time.time() < deadline:  # every card sent on the console's wall
        for _ in range(50):
            app.processEvents()
            time.sleep(0.002)
        if wanted <= {c.text for c in wall.cards.values()}:
            break
    return result


def _stored(result: dict[str, Any], made: dict[str, tuple[int, float]], watch: Watch
            ) -> tuple[list[float], list[float], float, int]:
    """(send to stored, received to stored) in ms, cards stored per second, cards lost."""
    to_stored, from_arrival = [], []
    lost, last = 0, result["sending_from"]
    for uid, sent_at, *_rest in result["sent"]:
        found = made.get(f"carte {uid}")
        if found is None:
            lost += 1
            continue
        stored_at = found[1]
        last = max(last, stored_at)
        to_stored.append((stored_at - sent_at) * 1000)
        if uid in watch.received:
            from_arrival.append((stored_at - watch.received[uid]) * 1000)
    rate = len(to_stored) / max(1e-9, last - result["sending_from"])
    return to_stored, from_arrival, rate, lost


def _room(folder: Path) -> list[Figure]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from facilitator_app.phones import writer as phones_writer
    from facilitator_app.services import agenda, workshops
    from facilitator_app.settings import Settings
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.live import open_console, rehearsal, sound
    from tests.ui.phones.heartbeat import Heartbeat

    app = QApplication.instance() or QApplication([])
    sound.load_effects = lambda files, parent: {}
    rehearsal.ask_run_mode = lambda *a, **k: rehearsal.RunMode.REAL
    db = open_database(Location.in_data_dir(folder))
    workshop = workshops.create_workshop(db, "Forum des cadres")
    days = agenda.workshop_agenda(db, workshop).days
    day = days[0].id if days else agenda.add_day(db, workshop, start_time=clock_time(9, 0))
    item = agenda.add_tool_item(db, day, "1-2-4-all")
    ctx = AppContext(db, Settings.in_data_dir(folder), folder, "fr")
    ctx.settings.set("phones_address", "127.0.0.1")
    console = open_console(ctx, workshop, None)
    console.resize(1366, 740)
    console.show()
    console._start_item(item)
    console.phones.port = 0
    wall = console.capture.panels["wall"]
    console.capture.tabs.setCurrentWidget(wall)
    console.phones_bar.open_action.setChecked(True)
    console.phones_bar.code_action.setChecked(False)  # the wall on the projector, not the QR
    console.capture.set_projecting(True)  # Ctrl+P: the room watches its cards arrive

    watch = Watch()
    original_submit = phones_writer.Writer.submit

    def submit(self, phone, what, payload):  # type: ignore[no-untyped-def]
        watch.received.setdefault(str(payload.get("uid")), time.time())
        return original_submit(self, phone, what, payload)

    phones_writer.Writer.submit = submit  # type: ignore[method-assign]
    original_put = wall._put

    def put(card):  # type: ignore[no-untyped-def]
        watch.put.setdefault(card.id, time.time())
        return original_put(card)

    wall._put = put

    class Paints(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                watch.painted.append(time.time())
            return False

    paints = Paints()
    wall.tree.viewport().installEventFilter(paints)
    writer = console.phones.server.writer
    heartbeat = Heartbeat()
    heartbeat.start()
    room = _send(app, console, wall, folder, ROOM_PACE, SECONDS, "room")
    heartbeat.stop()
    room_batches = writer.card_batches
    burst = _send(app, console, wall, folder, TAPPING, BURST_SECONDS, "burst")
    burst_batches = writer.card_batches - room_batches
    made = {c.text: (c.id, c.created_at.timestamp()) for c in wall.cards.values()}
    stored, arrival, rate, lost = _stored(room, made, watch)
    burst_stored, burst_arrival, burst_rate, burst_lost = _stored(burst, made, watch)
    to_paint = []
    for uid, sent_at, *_rest in room["sent"]:
        card_id = made.get(f"carte {uid}", (None, 0.0))[0]
        if card_id in watch.put:
            index = bisect.bisect_left(watch.painted, watch.put[card_id])
            if index < len(watch.painted):
                to_paint.append((watch.painted[index] - sent_at) * 1000)
    twice = len(room["sent"]) + len(burst["sent"]) - len(made)
    console.close()
    ctx.close()
    db.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    name = f"{PHONES} phones, {SECONDS:g} s"
    tapping = f"{PHONES} phones tapping, {BURST_SECONDS:g} s"
    per_batch = len(stored) / max(1, room_batches)
    return [
        Figure(f"{name}: cards stored per second (the room's pace)", rate, "/s",
               "the room's ~75", rate > 60),
        Figure(f"{tapping}: cards stored per second", burst_rate, "/s", "> 100",
               burst_rate > 100),
        Figure(f"{name}: cards per transaction (mean)", per_batch, "cards", "-", True),
        Figure(f"{tapping}: cards per transaction (mean)",
               len(burst_stored) / max(1, burst_batches), "cards", "-", True),
        Figure(f"{name}: cards lost / stored twice", lost + burst_lost + twice, "cards", "0",
               lost + burst_lost + twice == 0),
        Figure(f"{name}: send to stored, p50", percentile(stored, 0.5), "ms", "-", True),
        Figure(f"{name}: send to stored, p99", percentile(stored, 0.99), "ms", "< 1000",
               percentile(stored, 0.99) < 1000),
        Figure(f"{name}: received to stored, p99 (the server's part)",
               percentile(arrival or [0], 0.99), "ms", "< 1000",
               percentile(arrival or [0], 0.99) < 1000),
        Figure(f"{tapping}: send to stored, p99", percentile(burst_stored, 0.99), "ms",
               "< 1000", percentile(burst_stored, 0.99) < 1000),
        Figure(f"{tapping}: received to stored, p99", percentile(burst_arrival or [0], 0.99),
               "ms", "< 1000", percentile(burst_arrival or [0], 0.99) < 1000),
        Figure(f"{name}: send to painted, p50", percentile(to_paint or [0], 0.5), "ms", "-",
               True),
        Figure(f"{name}: send to painted, p99", percentile(to_paint or [0], 0.99), "ms", "-",
               True),
        Figure(f"{name}: console loop, longest gap (wall clock, load {load:.1f})",
               heartbeat.worst_ms, "ms", "< 50 ms", heartbeat.worst_ms < 50),
        Figure(f"{name}: console loop, gap p99", heartbeat.percentile(0.99), "ms", "< 50 ms",
               heartbeat.percentile(0.99) < 50),
        Figure(f"{name}: console's own work between two ticks, most", heartbeat.worst_work_ms,
               "ms", "< 50 ms", heartbeat.worst_work_ms < 50),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as directory:
        return _room(Path(directory))
