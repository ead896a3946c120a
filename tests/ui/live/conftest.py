"""A workshop ready to run (a 1-2-4-All, a break, a plenary) and silent chimes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest

from facilitator_app.services import agenda, participants, workshops
from facilitator_app.ui.live import sound as _sound

PHASES = [
    {
        "key": "alone",
        "name": {"fr": "Seul", "en": "Alone"},
        "instructions": {"fr": "Chacun note ses idées.", "en": "Everyone writes their ideas."},
        "seconds": 60,
        "grouping": "alone",
        "rounds": 1,
        "capture": None,
    },
    {
        "key": "pairs",
        "name": {"fr": "À deux", "en": "Pairs"},
        "instructions": {"fr": "Partagez à deux.", "en": "Share in pairs."},
        "seconds": 120,
        "grouping": "pairs",
        "rounds": 2,
        "capture": None,
    },
]


REAL_LOAD_EFFECTS = _sound.load_effects


class FakeEffects:
    """Stands in for QtMultimedia: tests never touch the audio stack."""

    loads = 0


@pytest.fixture(autouse=True)
def silent_chimes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from facilitator_app.ui.live import sound

    def fake_load(files, parent):
        FakeEffects.loads += 1
        return {}

    monkeypatch.setattr(sound, "load_effects", fake_load)
    yield


@pytest.fixture(autouse=True)
def run_for_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test workshop's day has no date, so the console would ask "rehearsal or for real?";
    the tests of other things answer "for real" (test_rehearsal.py presses the real buttons)."""
    from facilitator_app.ui.live import rehearsal

    monkeypatch.setattr(rehearsal, "ask_run_mode", lambda *a, **k: rehearsal.RunMode.REAL)


@pytest.fixture
def workshop(db) -> dict[str, int]:
    workshop_id = workshops.create_workshop(db, "Forum des cadres")
    days = agenda.workshop_agenda(db, workshop_id).days
    day_id = days[0].id if days else agenda.add_day(db, workshop_id, start_time=time(9, 0))
    first = agenda.add_item(
        db,
        day_id,
        title="1-2-4-All",
        duration_minutes=5,
        question="How could we cooperate better?",
        phases=PHASES,
        notes="Hand out paper first.",
    )
    pause = agenda.add_item(db, day_id, kind="break", title="Coffee", duration_minutes=15)
    plenary = agenda.add_item(db, day_id, kind="plenary", title="Report back", duration_minutes=20)
    for name in ("Anne", "Bruno", "Chloe"):
        participants.add_participant(db, workshop_id, name)
    return {
        "workshop": workshop_id,
        "day": day_id,
        "first": first,
        "pause": pause,
        "plenary": plenary,
    }


@pytest.fixture
def console(qtbot, ctx, workshop) -> Iterator[object]:
    from facilitator_app.ui.live import open_console

    window = open_console(ctx, workshop["workshop"], None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
