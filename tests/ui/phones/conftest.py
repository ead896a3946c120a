"""The console with its phones' door bound to 127.0.0.1, and Debian's chromium driven by
chromium-driver. When the browser cannot start, the test says so: a failure in CI (the
browser is part of what CI installs), a skip with the reason elsewhere."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import time

import pytest

from facilitator_app.services import agenda, workshops

CHROMIUM = os.environ.get("FACILITATOR_APP_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("FACILITATOR_APP_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-proxy-server",
    "--lang=fr-FR",
    "--window-size=412,900",  # a phone's width
)


@pytest.fixture(autouse=True)
def quiet_console(monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.ui.live import rehearsal, sound

    monkeypatch.setattr(sound, "load_effects", lambda files, parent: {})
    monkeypatch.setattr(rehearsal, "ask_run_mode", lambda *a, **k: rehearsal.RunMode.REAL)


@pytest.fixture
def room(db) -> dict[str, int]:
    workshop = workshops.create_workshop(db, "Forum des cadres")
    days = agenda.workshop_agenda(db, workshop).days
    day = days[0].id if days else agenda.add_day(db, workshop, start_time=time(9, 0))
    return {
        "workshop": workshop,
        "day": day,
        "1-2-4-all": agenda.add_tool_item(db, day, "1-2-4-all"),
        "weather-check-in": agenda.add_tool_item(db, day, "weather-check-in"),
    }


@pytest.fixture
def console(qtbot, ctx, room) -> Iterator[object]:
    from facilitator_app.ui.live import open_console

    ctx.settings.set("phones_address", "127.0.0.1")
    window = open_console(ctx, room["workshop"], None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.phones.port = 0  # any free port: suites run side by side
    yield window
    window.close()


def _browser_problem() -> str | None:
    for path in (CHROMIUM, DRIVER):
        if not shutil.which(path):
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return None


def _unavailable(reason: str) -> None:
    message = f"the real-browser test cannot run: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def browser() -> Iterator[object]:
    """A headless chromium with a fresh profile, no network of its own (no updates, no sync)."""
    problem = _browser_problem()
    if problem:
        _unavailable(problem)
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="phones-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    except WebDriverException as error:
        shutil.rmtree(profile, ignore_errors=True)
        _unavailable(str(error).splitlines()[0])
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
