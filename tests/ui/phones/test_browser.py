"""End to end in a real browser: a phone joins with the code, sends a card, and the card is
in the console's wall; a wrong code is refused; a `<script>` card is shown as text on the
phone, in the console and on the projector."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from facilitator_app.services import agenda
from facilitator_app.services.capture import cards
from facilitator_app.services.capture.query import capture_of
from facilitator_app.ui.live.display import DisplayState, Scene
from facilitator_app.ui.live.projector_paint import ProjectorPainter
from tests.ui.capture.conftest import go_to

HOSTILE = "<script>alert('x')</script><b>gras</b>"


def _wait(driver, found, seconds: float = 20):
    return WebDriverWait(driver, seconds).until(lambda d: found(d))


def _open_door(console):
    console.phones_bar.open_action.setChecked(True)
    assert console.phones.is_open
    _url, join_url = console.phones.addresses()
    return join_url


@pytest.mark.timeout(180)
def test_a_phone_joins_with_the_code_and_its_card_reaches_the_console(
    qtbot, console, room, db, browser
):
    wall = go_to(console, room["1-2-4-all"], "card")
    join_url = _open_door(console)
    assert join_url.startswith("http://127.0.0.1:")
    browser.get(join_url)
    assert browser.find_element(By.ID, "code").get_attribute("value") == console.phones.door.code
    browser.find_element(By.ID, "name").send_keys("Anne")
    browser.find_element(By.ID, "go").click()
    text = _wait(browser, lambda d: d.find_elements(By.ID, "card-text"))[0]
    title = next(i.title for i in agenda.day_agenda(db, room["day"]).items)
    assert browser.find_element(By.ID, "item").text == title
    text.send_keys("Plus de temps pour les questions")
    browser.find_element(By.ID, "send-card").click()
    qtbot.waitUntil(
        lambda: any("Plus de temps" in i.text(0) for i in wall.card_items.values()), timeout=20000
    )
    stored = cards.wall(db, room["workshop"], room["1-2-4-all"]).cards
    assert [c.text for c in stored] == ["Plus de temps pour les questions"]
    assert stored[0].author == "Anne · 1"
    rows = capture_of(db, room["workshop"], room["1-2-4-all"], "card").sections[0].rows
    assert rows[0]["_origin"] == "phone"
    qtbot.waitUntil(lambda: "1 contribution" in console.phones_bar.count.text(), timeout=5000)
    _wait(browser, lambda d: "✓" in d.find_element(By.ID, "mine").text)


@pytest.mark.timeout(180)
def test_a_script_card_is_text_on_the_phone_in_the_console_and_on_the_projector(
    qtbot, console, room, db, browser
):
    wall = go_to(console, room["1-2-4-all"], "card")
    browser.get(_open_door(console))
    browser.find_element(By.ID, "go").click()
    _wait(browser, lambda d: d.find_elements(By.ID, "card-text"))[0].send_keys(HOSTILE)
    browser.find_element(By.ID, "send-card").click()
    qtbot.waitUntil(lambda: len(wall.card_items) == 1, timeout=20000)
    [label] = [i.text(0) for i in wall.card_items.values()]
    assert HOSTILE in label
    mine = _wait(browser, lambda d: d.find_element(By.ID, "mine"))
    _wait(browser, lambda d: HOSTILE in mine.text)
    assert mine.find_elements(By.TAG_NAME, "b") == []  # not interpreted as HTML
    assert browser.execute_script("return document.scripts.length") == 2  # ours only
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    scene = wall.scene()
    assert HOSTILE in [tile.text for tile in scene.tiles]  # painted with drawText: plain text
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    ProjectorPainter().paint(painter, 960, 540, DisplayState(scene=Scene.OUTPUT, output=scene))
    painter.end()


@pytest.mark.timeout(180)
def test_a_wrong_code_gets_a_refusal_in_the_browser(qtbot, console, room, browser):
    go_to(console, room["1-2-4-all"], "card")
    join_url = _open_door(console)
    browser.get(join_url.split("?")[0] + "?code=WRONG1")
    browser.find_element(By.ID, "go").click()
    message = _wait(browser, lambda d: d.find_element(By.ID, "message").text)
    assert "code" in message.lower()
    assert browser.current_url.endswith("?code=WRONG1")
    browser.get(join_url.split("?")[0] + "app")
    assert browser.find_elements(By.ID, "card-text") == []  # sent back to the join form
    assert console.phones.door.state().phones == 0
