"""The window writes dates, times and numbers the way its language does (facilitator_app.timefmt,
shared with the reports): day first, French words and decimal comma in French, the English
clock and decimal point in English."""

from __future__ import annotations

import re
from datetime import date

import pytest

from facilitator_app.services import agenda, workshops
from facilitator_app.services.agenda.days import update_day
from facilitator_app.ui.settings.backups import BackupsBox

NNBSP = "\u202f"


@pytest.fixture
def workshop(ctx):
    workshop_id = workshops.create_workshop(ctx.db, "Séminaire")
    day = agenda.workshop_agenda(ctx.db, workshop_id).days[0]
    update_day(ctx.db, day.id, date=date(2026, 12, 1))
    return workshop_id


def test_the_list_and_the_overview_date_the_workshop_in_french(qtbot, french, workshop):
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.workshop_list_delegate import DETAIL_ROLE

    window = MainWindow(french)  # built in French, as at start-up
    qtbot.addWidget(window)
    window.workshop_list.select(workshop)
    assert window.workshop_list.list.item(0).data(DETAIL_ROLE).startswith("01/12/2026 · ")
    overview = window.workshop_view.show_page("overview")
    assert "Jour 1 — mardi 1er décembre 2026" in overview.agenda.topLevelItem(0).text(1)


@pytest.mark.parametrize(
    ("language", "pattern"),
    [("fr", r"^\d\d/\d\d/\d{4} \d{1,2}h\d\d, "), ("en", r"^\d\d/\d\d/\d{4} \d{1,2}:\d\d [AP]M, ")],
)
def test_backups_are_listed_with_the_languages_date_and_clock(
    qtbot, qapp, ctx, main_window, language, pattern
):
    from facilitator_app.ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        ctx.db.backup("manual")
        dialog = main_window.open_settings("data")
        box = dialog.findChild(BackupsBox)
        box.refresh()
        text = box.list.item(0).text()
        assert re.match(pattern, text), text
        decimal = "," if language == "fr" else "."
        assert re.search(rf"\(\d+\{decimal}\d ", text), text
    finally:
        install_translations(qapp, "en")


def test_votes_and_polls_write_numbers_the_french_way(french):
    from facilitator_app.ui.capture.poll import share_text
    from facilitator_app.ui.capture.votes import number

    assert number(3.5) == "3,5" and number(4.0) == "4"
    assert share_text(45.0) == f"45{NNBSP}%"
