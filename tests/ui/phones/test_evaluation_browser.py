"""End to end in a real browser: the facilitator opens the evaluation form from the console's
phones bar, a participant fills it on the phone (the printed form's questions, in French) and
sends it; the form is stored as from a phone, counted in the console, and in the
satisfaction report's figures like a paper form. Sent again, it replaces its answers."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from facilitator_app.services import evaluation, workshops
from facilitator_app.services.reports.satisfaction import satisfaction_data
from tests.ui.capture.conftest import go_to


def _wait(driver, found, seconds: float = 20):
    return WebDriverWait(driver, seconds).until(lambda d: found(d))


def _pick(browser, row_id: str, value: int) -> None:
    row = browser.find_element(By.ID, row_id)
    row.find_element(By.CSS_SELECTOR, f"button[data-code='{value}']").click()


@pytest.mark.timeout(180)
def test_a_participant_fills_the_evaluation_form_on_the_phone(qtbot, console, room, db, browser):
    workshops.update_workshop(
        db, room["workshop"], objective="• Coopérer entre services.\n• Animer une réunion."
    )
    question = evaluation.add_question(
        db, room["workshop"], "Que favorise la coopération ?", ["La concurrence", "La confiance"],
        [1],
    )
    go_to(console, room["1-2-4-all"], "card")
    bar = console.phones_bar
    assert not bar.evaluation_action.isEnabled()  # nothing to open while the door is shut
    bar.open_action.setChecked(True)
    bar.evaluation_action.setChecked(True)
    assert console.phones.door.evaluation_open
    _url, join_url = console.phones.addresses()
    browser.get(join_url)
    browser.find_element(By.ID, "go").click()
    send = _wait(browser, lambda d: d.find_elements(By.ID, "send-evaluation"))[0]
    page = browser.find_element(By.ID, "evaluation").text
    language = browser.execute_script("return document.documentElement.lang")
    printed = {  # the workshop's language, unless the phone's is English (headless: often)
        "fr": ("Questionnaire d’évaluation", "Objectif 1", "Satisfaction générale",
               "Très satisfait", "Ce que vous avez le plus apprécié"),
        "en": ("Evaluation form", "Objective 1", "Overall satisfaction", "Very satisfied",
               "What you valued most"),
    }[language]
    for words in (*printed, "Que favorise la coopération ?", "Coopérer entre services."):
        assert words in page, words
    browser.find_element(By.ID, f"quiz-{question}-1").click()
    _pick(browser, "rating-objective-1", 3)
    _pick(browser, "rating-overall", 4)
    _pick(browser, "rating-content", 3)
    browser.find_element(By.ID, "comment-liked").send_keys("Les échanges <b>entre pairs</b>")
    send.click()
    qtbot.waitUntil(
        lambda: len(evaluation.list_sheets(db, room["workshop"])) == 1, timeout=20000
    )
    [sheet] = evaluation.list_sheets(db, room["workshop"])
    assert sheet.origin == "phone" and sheet.participant_id is None  # anonymous
    assert sheet.ratings == {"objective:1": 3, "overall": 4, "content": 3}
    assert sheet.quiz == {question: (1,)}
    assert sheet.comments == {"liked": "Les échanges <b>entre pairs</b>"}
    _wait(browser, lambda d: "✓" in d.find_element(By.ID, "mine").text)
    again = browser.find_element(By.ID, "evaluation-again").text
    assert ("remplacent" if language == "fr" else "replace") in again
    qtbot.waitUntil(lambda: bar.count.text().endswith(" - 1 form"), timeout=5000)
    data = satisfaction_data(db, room["workshop"])
    assert (data.forms, data.phone_forms) == (1, 1)
    assert next(c for c in data.criteria if c.key == "overall").counts == (0, 0, 0, 1)

    _pick(browser, "rating-overall", 2)  # a slip corrected: sent again, it replaces
    send.click()
    qtbot.waitUntil(
        lambda: evaluation.list_sheets(db, room["workshop"])[0].ratings.get("overall") == 2,
        timeout=20000,
    )
    assert len(evaluation.list_sheets(db, room["workshop"])) == 1
    bar.evaluation_action.setChecked(False)
    _wait(browser, lambda d: not d.find_elements(By.ID, "send-evaluation"))  # taken away
