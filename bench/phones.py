"""The phones' door under a room's load: 300 simulated phones (another process, niced: real
phones bring their own processor) send cards for 60 s to the console's door on loopback. The
figures: cards stored per second, the time from a phone's send to the card stored (its answer)
and to the card painted on the console's wall (p50, p99), and the console's event loop: the
longest wall-clock gap of a 10 ms QTimer heartbeat and the most of the Qt thread's own
processor time between two ticks (goal for both: 50 ms). Run alone with
`python -m bench phones`; FACILITATOR_APP_BENCH_PHONES_SECONDS shortens it."""

from __future__ import annotations

import bisect
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import time as clock_time
from pathlib import Path

from bench.figures import Figure, percentile
from facilitator_app.storage.database import open_database
from facilitator_app.storage.location import Location

PHONES = 300
SECONDS = float(os.environ.get("FACILITATOR_APP_BENCH_PHONES_SECONDS", "60"))
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "simulated_phones.py"
NICE = ("nice", "-n", "15") if shutil.which("nice") else ()


def _room(folder: Path) -> list[Figure]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

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

    put_at: dict[int, float] = {}
    original_put = wall._put

    def put(card):
        put_at.setdefault(card.id, time.time())
        return original_put(card)

    wall._put = put
    painted: list[float] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(time.time())
            return False

    paints = Paints()
    wall.tree.viewport().installEventFilter(paints)
    url, _join = console.phones.addresses()
    out = folder / "phones.json"
    command = [*NICE, sys.executable, str(SCRIPT), url, console.phones.door.code]
    command += ["--phones", str(PHONES), "--seconds", str(SECONDS), "--out", str(out)]
    phones = subprocess.Popen(command)
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.time()
    while phones.poll() is None:
        app.processEvents()
        time.sleep(0.002)
    result = json.loads(out.read_text())
    deadline = time.time() + 60
    while len(wall.card_items) < len(result["sent"]) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.002)
    for _ in range(20):
        app.processEvents()
    heartbeat.stop()
    # Stored: the row's time, written in the transaction (the phone's own answer comes later
    # when the niced phones' process waits for the processor).
    made = {c.text: (c.id, c.created_at.timestamp()) for c in wall.cards.values()}
    texts = {text: card_id for text, (card_id, _at) in made.items()}
    last = max((at for _id, at in made.values()), default=started)
    elapsed = max(1e-9, last - started)
    stored, to_paint = [], []
    for uid, sent_at, *_rest in result["sent"]:
        found = made.get(f"carte {uid}")
        if found is None:
            continue
        card_id, stored_at = found
        stored.append((stored_at - sent_at) * 1000)
        if card_id in put_at:
            index = bisect.bisect_left(painted, put_at[card_id])
            if index < len(painted):
                to_paint.append((painted[index] - sent_at) * 1000)
    unique = len(set(texts))
    lost = len(result["sent"]) - len([u for u, *_ in result["sent"] if f"carte {u}" in texts])
    console.close()
    ctx.close()
    db.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    rate = len(result["sent"]) / elapsed
    name = f"{PHONES} phones, {SECONDS:g} s"
    return [
        Figure(f"{name}: cards stored per second", rate, "/s", "> 20 (a room: 2-4)", rate > 20),
        Figure(f"{name}: cards lost / stored twice", lost + (len(texts) - unique), "cards",
               "0", lost == 0 and unique == len(texts)),
        Figure(f"{name}: send to stored, p50", percentile(stored, 0.5), "ms", "-", True),
        Figure(f"{name}: send to stored, p99", percentile(stored, 0.99), "ms", "-", True),
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
