"""Dates, times and numbers in each language, from the one module the screens, the reports and
the command line share."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from facilitator_app.timefmt import (
    NNBSP,
    format_clock,
    format_date,
    format_date_range,
    format_moment,
    format_number,
    format_percent,
    format_short_date,
)

TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "plain", "with_weekday"),
    [
        ("fr", "1er décembre 2026", "mardi 1er décembre 2026"),
        ("en", "1 December 2026", "Tuesday 1 December 2026"),
    ],
)
def test_a_date_in_words(language, plain, with_weekday):
    assert format_date(TUESDAY, language) == plain
    assert format_date(TUESDAY, language, weekday=True) == with_weekday


def test_only_the_first_of_the_month_is_an_ordinal_in_french():
    assert format_date(date(2026, 8, 15), "fr") == "15 août 2026"


def test_short_dates_and_ranges_put_the_day_first():
    assert format_short_date(TUESDAY, "fr") == format_short_date(TUESDAY, "en") == "01/12/2026"
    assert format_date_range(TUESDAY, date(2026, 12, 4), "fr") == "01/12/2026 – 04/12/2026"
    assert format_date_range(TUESDAY, TUESDAY, "en") == "01/12/2026"
    assert format_date_range(None, None, "fr") == ""


def test_a_moment_has_the_languages_clock():
    moment = datetime(2026, 12, 1, 14, 30, 12)
    assert format_moment(moment, "fr") == "01/12/2026 14h30"
    assert format_moment(moment, "en") == "01/12/2026 2:30 PM"
    assert format_clock(time(9, 5), "fr") == "9h05"


def test_numbers_use_the_languages_decimal_mark_and_thousands():
    assert format_number(1234567.891, "fr", 2) == f"1{NNBSP}234{NNBSP}567,89"
    assert format_number(1234567.891, "en", 2) == "1,234,567.89"
    assert format_number(3.5, "fr", 1) == "3,5" and format_number(42, "fr") == "42"


def test_percentages_keep_their_sign_on_the_number():
    assert format_percent(45, "fr") == f"45{NNBSP}%"
    assert format_percent(45, "en") == "45%"
    assert format_percent(12.5, "fr", 1) == f"12,5{NNBSP}%"
