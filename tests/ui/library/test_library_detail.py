"""The library detail shows what a method gives a facilitator (what it makes possible, roles,
tips and traps, variations, what it produces, who created it), its duration range and the
rounds that follow the room; the editor of My tools keeps what it does not show."""

from __future__ import annotations

import pytest

from facilitator_app.capture.kinds import kind_ids
from facilitator_app.services import library
from facilitator_app.ui.library import editor as editor_module
from facilitator_app.ui.library import labels


@pytest.fixture
def page(qtbot, main_window):
    return main_window.show_section("show_library")


def test_the_detail_shows_the_depth_of_the_method(page):
    page.select("1-2-4-all")
    detail = page.detail
    for key, heading in (
        ("makes_possible", "What it makes possible"),
        ("roles", "Roles"),
        ("tips", "Tips and traps"),
        ("variations", "Variations"),
    ):
        assert heading in detail.sections[key].text(), key
    assert detail.sections["tips"].text().count("<li>") == 5
    assert "Henri Lipmanowicz" in detail.sections["source"].text()
    assert "Notes, Cards" in detail.sections["setup"].text()
    assert "(12 min to 15 min)" in detail.facts.text()


def test_rounds_that_follow_the_room_are_said_in_the_steps_and_the_timeline(page):
    page.select("weather-check-in")
    steps = page.detail.sections["phases"].text()
    assert "one turn per person present" in steps and "(30 s to 1 min)" in steps
    assert "one turn per person present" in page.detail.timeline.toolTip()
    page.select("troika-consulting")
    assert "one turn per group member" in page.detail.sections["phases"].text()


def test_the_editor_keeps_the_bounds_and_the_rounds_that_follow_the_room(qtbot, page, ctx):
    uid = library.duplicate_tool(ctx.db, "weather-check-in")
    tool = library.get_custom_tool(ctx.db, uid)
    dialog = editor_module.ToolEditorDialog(
        tool.definition(), lambda d: library.validate_definition(d, uid), page
    )
    qtbot.addWidget(dialog)
    repeats = dialog.phase_table.cellWidget(1, editor_module.REPEATS)
    assert repeats.currentData() == "participants"
    dialog.phase_table.cellWidget(1, editor_module.SECONDS).setValue(50)  # 45 s -> 50 s
    definition = dialog.definition()
    round_phase = definition["phases"][1]
    assert round_phase["rounds_follow"] == "participants"
    assert (round_phase["min_seconds"], round_phase["max_seconds"]) == (30, 60)
    assert definition["duration_range"] == [7, 13]
    for language in ("fr", "en"):
        assert definition[language]["tips"] == tool.text(language).tips
    saved = library.validate_definition(definition, uid)
    assert saved.duration_minutes == 11 and saved.duration_range == (7, 13)


def test_the_editor_can_make_a_round_follow_the_group_size(qtbot, page, ctx):
    uid = library.duplicate_tool(ctx.db, "1-2-4-all")
    tool = library.get_custom_tool(ctx.db, uid)
    dialog = editor_module.ToolEditorDialog(
        tool.definition(), lambda d: library.validate_definition(d, uid), page
    )
    qtbot.addWidget(dialog)
    repeats = dialog.phase_table.cellWidget(2, editor_module.REPEATS)
    repeats.setCurrentIndex(repeats.findData("group-size"))
    dialog.phase_table.cellWidget(2, editor_module.ROUNDS).setValue(4)
    phase = dialog.definition()["phases"][2]
    assert (phase["rounds_follow"], phase["group_size"], phase["rounds"]) == ("group-size", 4, 4)
    assert library.validate_definition(dialog.definition(), uid).phases[2].group_size == 4


def test_the_editor_stops_at_the_phase_limit(qtbot, page):
    from facilitator_app.tools.limits import MAX_PHASES

    dialog = editor_module.ToolEditorDialog(
        library.blank_definition("en"), lambda d: library.validate_definition(d, "x"), page
    )
    qtbot.addWidget(dialog)
    for _ in range(MAX_PHASES + 5):
        dialog.add_phase()
    assert dialog.phase_table.rowCount() == MAX_PHASES


def test_french_typed_with_plain_spaces_is_saved_with_french_spacing(qtbot, page):
    dialog = editor_module.ToolEditorDialog(
        library.blank_definition("fr"), lambda d: library.validate_definition(d, "x"), page
    )
    qtbot.addWidget(dialog)
    dialog.texts["fr"]["summary"].setPlainText("Un tour : vraiment ?")
    dialog.texts["en"]["summary"].setPlainText("A round: really?")
    definition = dialog.definition()
    assert definition["fr"]["summary"] == "Un tour\u00a0: vraiment\u202f?"
    assert definition["en"]["summary"] == "A round: really?"


def test_the_library_names_every_kind_of_output():
    assert tuple(labels.OUTPUTS) == kind_ids()


def test_the_editor_keeps_a_phase_s_capture_parameters_until_its_kind_changes(qtbot, page, ctx):
    uid = library.duplicate_tool(ctx.db, "dot-voting")
    tool = library.get_custom_tool(ctx.db, uid)
    dialog = editor_module.ToolEditorDialog(
        tool.definition(), lambda d: library.validate_definition(d, uid), page
    )
    qtbot.addWidget(dialog)
    capture = dialog.phase_table.cellWidget(1, editor_module.CAPTURE)
    assert capture.currentData() == "dot_vote"
    assert dialog.definition()["phases"][1]["capture"] == {"kind": "dot_vote", "dots": 3}
    capture.setCurrentIndex(capture.findData("score"))
    assert dialog.definition()["phases"][1]["capture"] == "score"
