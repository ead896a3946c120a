"""The projector view renders every state legibly; screenshots go to /tmp/shots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from facilitator_app.ui.live.display import DisplayState, GroupCard, Level, Scene, TourTurn
from facilitator_app.ui.live.projector import ProjectorWindow

SHOTS = Path("/tmp/shots")
COMMON = {
    "phase_name": "Pairs",
    "instruction": "Each pair shares their ideas, builds on them and notices what stands out.",
    "question": "How could our services cooperate better from September?",
    "step_label": "Step 2 of 3 - 1-2-4-All",
    "next_label": "Next: Fours (4 min)",
    "total": 300.0,
    "running": True,
}
STATES = {
    "running": DisplayState(remaining=263.4, **COMMON),
    "warning": DisplayState(remaining=42.2, level=Level.WARNING, **COMMON),
    "overtime": DisplayState(remaining=-83.5, level=Level.OVERTIME, **COMMON),
    "break": DisplayState(
        scene=Scene.BREAK,
        remaining=600.0,
        total=900.0,
        running=True,
        break_title="Break",
        break_back_at="back at 3:40 PM",
    ),
    "black": DisplayState(scene=Scene.BLACK, **COMMON),
    "hidden-digits": DisplayState(remaining=120.0, hide_digits=True, **COMMON),
    "tour": DisplayState(
        scene=Scene.TOUR,
        phase_name="Weather check-in",
        tour=TourTurn("Anne-Sophie Lefebvre", 3, 12, "Jean Dupont", 41.0, 60.0),
    ),
    "light-warning": DisplayState(remaining=42.2, level=Level.WARNING, theme="light", **COMMON),
    "final": DisplayState(remaining=12.0, level=Level.FINAL, **COMMON),
    "done": DisplayState(
        scene=Scene.DONE, done_title="Done", phase_name="1-2-4-All", next_label="Next: Break"
    ),
    "groups": DisplayState(
        scene=Scene.GROUPS,
        groups_title="Tables",
        groups=(
            GroupCard("Table 1", (("Anne-Sophie Lefebvre", "Mairie de Lyon"), ("Jean", ""))),
            GroupCard("Table 2", (("Bruno Roy", "CD 33"),)),
        ),
        clock="10:15 AM",
    ),
}


def render(qtbot, settings, state: DisplayState, name: str) -> QImage:
    window = ProjectorWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_state(state)
    image = window.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"projector-{name}.png"))
    window.dispose()
    return image


def columns_with(image: QImage, colour: QColor, top: int, bottom: int) -> list[int]:
    wanted = colour.rgb()
    return [
        x
        for x in range(0, image.width(), 4)
        if any(image.pixel(x, y) == wanted for y in range(top, bottom, 4))
    ]


@pytest.mark.parametrize("name", list(STATES))
def test_every_state_renders_on_its_background(qtbot, ctx, name):
    image = render(qtbot, ctx.settings, STATES[name], name)
    corner = QColor(image.pixel(2, 2)).name().upper()
    expected = {"overtime": "#B00000", "light-warning": "#FFFFFF"}.get(name, "#000000")
    assert corner == expected


def test_digits_take_most_of_the_width(qtbot, ctx):
    image = render(qtbot, ctx.settings, STATES["running"], "running")
    white = columns_with(image, QColor("#FFFFFF"), 260, 560)
    assert max(white) - min(white) > 0.85 * image.width()


def test_the_last_moments_turn_the_digits_red(qtbot, ctx):
    final = render(qtbot, ctx.settings, STATES["final"], "final")
    assert columns_with(final, QColor("#FF3B30"), 260, 560)


def test_warning_and_overtime_change_colour(qtbot, ctx):
    warning = render(qtbot, ctx.settings, STATES["warning"], "warning")
    assert columns_with(warning, QColor("#FFC400"), 260, 560)
    overtime = render(qtbot, ctx.settings, STATES["overtime"], "overtime")
    assert columns_with(overtime, QColor("#FFFFFF"), 260, 560)
    assert STATES["overtime"].digits == "+01:23"


def test_black_screen_is_all_black(qtbot, ctx):
    image = render(qtbot, ctx.settings, STATES["black"], "black")
    assert not columns_with(image, QColor("#FFFFFF"), 0, image.height())


def test_hidden_digits_show_a_disc_instead(qtbot, ctx):
    image = render(qtbot, ctx.settings, STATES["hidden-digits"], "hidden-digits")
    shown = render(qtbot, ctx.settings, STATES["running"], "running")
    middle = (image.width() // 2, 410)
    assert QColor(image.pixel(*middle)).name() == "#ffffff"  # the disc's centre
    assert columns_with(shown, QColor("#FFFFFF"), 300, 520)[0] < 200
    assert columns_with(image, QColor("#FFFFFF"), 300, 520)[0] > 400


def test_overtime_flashes_with_the_seconds_when_asked(ctx):
    steady = DisplayState(remaining=-3.5, level=Level.OVERTIME, running=True, flash=False)
    assert not steady.flashing_now
    odd = DisplayState(remaining=-3.5, level=Level.OVERTIME, running=True, flash=True)
    even = DisplayState(remaining=-4.5, level=Level.OVERTIME, running=True, flash=True)
    assert odd.flashing_now != even.flashing_now


def _marked(image: QImage, colour: QColor) -> int:
    """How many pixels of `colour` the top right corner (where the level's mark is) holds."""
    wanted = colour.rgb()
    top, bottom = 0, image.height() // 8
    left = image.width() * 3 // 4
    return sum(
        image.pixel(x, y) == wanted
        for x in range(left, image.width(), 2)
        for y in range(top, bottom, 2)
    )


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_timers_level_has_a_shape_besides_its_colour(qtbot, ctx, theme):
    """Amber and red are not the only signs: an outlined triangle while the end nears, a
    filled one in the last moments, nothing while there is time."""
    from dataclasses import replace

    from facilitator_app.ui.live.theme import colours

    def marked(name: str) -> int:
        state = replace(STATES[name], theme=theme)
        image = render(qtbot, ctx.settings, state, f"mark-{theme}-{name}")
        return _marked(image, colours(theme, state.level, False).digits)

    running, warning, final = marked("running"), marked("warning"), marked("final")
    assert running == 0 < warning < final


def test_a_wall_of_two_thousand_cards_paints_the_newest_that_fit_and_counts_the_rest(qtbot):
    """Painting every card of a large wall held the console half a second per repaint, in
    tiles too small to read; now: the cards of the smallest readable size, the newest."""
    from PySide6.QtGui import QPainter

    from facilitator_app.ui.live import output_paint
    from facilitator_app.ui.live.output_scene import WALL, OutputScene, Tile, TileGroup
    from facilitator_app.ui.live.theme import colours

    tiles = tuple(Tile(f"carte {n}", "#F7D33C", "●") for n in range(2000))
    scene = OutputScene(WALL, "Le mur", groups=(TileGroup("", tiles),))
    painted: list[str] = []
    texts: list[str] = []
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    out = output_paint._Output(
        painter, 1920, 1080, colours("dark", Level.NORMAL), lambda t, *_: [t]
    )
    card, text = out.card, out.text
    out.card = lambda rect, tile, size: (painted.append(tile.text), card(rect, tile, size))[1]
    out.text = lambda value, *rest, **named: (texts.append(value), text(value, *rest, **named))[1]
    out.paint(scene)
    painter.end()
    assert 10 <= len(painted) <= 80
    assert painted[-1] == "carte 1999"  # the newest is on the wall
    assert f"+ {2000 - len(painted)} more" in texts
