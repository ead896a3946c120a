"""The library says durations the way the rest of the app does ("1h40", not "100 min")."""

from __future__ import annotations

import pytest

from facilitator_app.timefmt import format_duration
from facilitator_app.tools import registry


@pytest.fixture
def page(qtbot, main_window):
    return main_window.show_section("show_library")


def test_list_detail_and_filter_say_long_durations_in_hours(page):
    page.select("codev")  # a tool of more than an hour
    minutes = registry.find_tool("codev").duration_minutes
    expected = format_duration(minutes, page.language)
    assert minutes > 60 and expected != f"{minutes} min"
    row = page.list.currentItem()
    assert row.text(1) == expected
    assert expected in page.detail.facts.text()
    assert f"{minutes} min" not in page.detail.facts.text()
    ninety = page.duration.itemText(page.duration.findData(90))
    assert format_duration(90, page.language) in ninety and "90 min" not in ninety
    page.grab().save("/tmp/shots/library.png")
