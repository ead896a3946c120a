"""What the console says about the room: the screen the projector is really on, the time of
day (on the console, and on the projector when asked), and the groups on the projector."""

from __future__ import annotations

from facilitator_app.services import groups
from facilitator_app.ui.live.display import Scene


def test_the_console_names_the_screen_the_projector_is_really_on(qtbot, console):
    screen = console.screen().name()
    qtbot.waitUntil(lambda: console.screen_label.text() != "")
    # One screen (a laptop alone): the projector is a window on it, and the console says so.
    assert console.screen_label.text().startswith("Projector in a window on:")
    assert console.screen_choice.currentData() == screen
    console.commands["full_screen"].trigger()
    qtbot.waitUntil(console.projector.isFullScreen)
    assert console.screen_label.text().startswith("Projector on:")
    assert console.screen_choice.currentData() == console.projector.screen().name()


def test_a_clock_on_the_console_and_on_the_projector_when_asked(qtbot, console, ctx):
    assert console.clock.text() == console.controller.clock_text() != ""
    assert console.projector.state.clock == ""
    console.projector_clock.trigger()
    assert ctx.settings.get("projector_clock")
    assert console.projector.state.clock == console.controller.clock_text()


def test_g_shows_the_groups_with_their_people_on_the_projector(qtbot, console, ctx, workshop):
    from facilitator_app.services import agenda

    people = {p.name: p.id for p in agenda.list_participants(ctx.db, workshop["workshop"])}
    console.commands["groups"].trigger()  # none yet: said, and nothing shown
    assert not console.commands["groups"].isChecked()
    assert console.projector.state.scene is Scene.TIMER
    groups.save_group_set(
        ctx.db,
        workshop["workshop"],
        [[people["Anne"], people["Bruno"]], [people["Chloe"]]],
        name="Tables",
        item_id=workshop["first"],
    )
    console.commands["groups"].trigger()
    state = console.projector.state
    assert state.scene is Scene.GROUPS and state.groups_title == "Tables"
    assert [card.label for card in state.groups] == ["Group 1", "Group 2"]
    assert [name for name, _organisation in state.groups[0].members] == ["Anne", "Bruno"]
    console.commands["groups"].trigger()
    assert console.projector.state.scene is Scene.TIMER
