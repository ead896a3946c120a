"""The library says durations the way the rest of the app does ("1h40", not "100 min")."""

from __future__ import annotations

import pytest

from facilitator_app.timefmt import format_duration


@pytest.fixture
def page(qtbot, main_window):
    return main_window.show_section("show_library")


def test_list_detail_and_filter_say_long_durations_in_hours(page):
    page.select("codev")  # a 100-minute tool
    expected = format_duration(100, page.language)
    assert expected != "100 min"
    row = page.list.currentItem()
    assert row.text(1) == expected
    assert expected in page.detail.facts.text()
    assert "100 min" not in page.detail.facts.text()
    ninety = page.duration.itemText(page.duration.findData(90))
    assert format_duration(90, page.language) in ninety and "90 min" not in ninety
    page.grab().save("/tmp/shots/library.png")
