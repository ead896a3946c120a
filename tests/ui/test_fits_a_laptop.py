"""Every page fits a 1366x768 laptop, in French and in English: at 1366x740 (the screen less a
task bar), no page asks for more width than the window has, the window's default size fits,
and so does the console."""

from __future__ import annotations

import pytest

from facilitator_app.services import agenda, groups
from facilitator_app.services.demo import install_demo
from facilitator_app.ui.main_window import DEFAULT_SIZE, SMALLEST_SCREEN

WIDTH, HEIGHT = 1366, 740


def pages(qtbot, window, ctx):
    """Every page of the window, built and showing what makes it widest."""
    workshop_id = install_demo(ctx.db)[0]
    day = agenda.workshop_agenda(ctx.db, workshop_id).days[0]
    people = [p.id for p in agenda.list_participants(ctx.db, workshop_id)]
    groups.save_group_set(
        ctx.db, workshop_id, [people[i::4] for i in range(4)], name="Tables du World Café"
    )
    window.resize(WIDTH, HEIGHT)
    window.workshop_list.select(workshop_id)
    view = window.workshop_view
    yield "overview", view.show_page("overview")
    planner = view.show_page("agenda")
    planner.select_item(day.items[0].id)
    yield "planner", planner
    participants = view.show_page("participants")
    yield "participants", participants
    participants.tabs.setCurrentIndex(1)
    yield "groups", participants
    library = window.show_section("show_library")
    library.select("world-cafe")
    yield "library", library


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_asks_for_more_width_than_the_laptop_has(qtbot, ctx, language):
    from facilitator_app.ui.i18n import install_translations

    install_translations(qtbot_app(), language)
    try:
        from facilitator_app.ui.main_window import MainWindow

        window = MainWindow(ctx)  # built in the language, as at start-up
        qtbot.addWidget(window)
        window.show()
        measured = {}
        for name, page in pages(qtbot, window, ctx):
            qtbot.wait(5)
            measured[name] = window.minimumSizeHint().width()
            assert page.minimumSizeHint().width() <= WIDTH, name
            assert window.minimumSizeHint().width() <= WIDTH, (name, measured)
        window.grab().save(f"/tmp/shots/fits-{language}.png")
    finally:
        install_translations(qtbot_app(), "en")


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_the_window_opens_smaller_than_the_laptops_screen():
    width, height = DEFAULT_SIZE
    assert width <= SMALLEST_SCREEN[0] and height + 48 <= SMALLEST_SCREEN[1]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_console_fits_the_laptop(qtbot, ctx, language):
    from facilitator_app.services.live import LiveRun
    from facilitator_app.ui.i18n import install_translations
    from facilitator_app.ui.live.console import ConsoleWindow

    install_translations(qtbot_app(), language)
    try:
        workshop_id = install_demo(ctx.db)[0]
        console = ConsoleWindow(ctx, LiveRun(ctx.db, workshop_id, recording=False))
        qtbot.addWidget(console)
        console.resize(WIDTH, HEIGHT)
        console.show()
        assert console.minimumSizeHint().width() <= WIDTH
        assert console.minimumSizeHint().height() <= HEIGHT
        console.close()
    finally:
        install_translations(qtbot_app(), "en")
