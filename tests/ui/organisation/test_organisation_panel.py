"""The organisation library on the library screen, on the real widgets: its methods listed
beside the built-in ones and My tools, a copy taken home (and undone), publishing with a
conflict settled in the dialog, and the server out of reach with the last copy shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from facilitator_app.organisation.connection import LibraryServer, migrate_library
from facilitator_app.organisation.library import OrganisationLibrary, shared_id
from facilitator_app.organisation.server import publish_new, save_item
from facilitator_app.services import library as my_tools
from facilitator_app.services import organisation as org
from facilitator_app.services import workshops
from facilitator_app.tools import registry
from facilitator_app.ui.organisation import dialogs


def _definition(name: str, summary: str = "") -> dict:
    definition = registry.find_tool("1-2-4-all").definition()
    for language in ("fr", "en"):
        definition[language]["name"] = name
        if summary:
            definition[language]["summary"] = summary
    return definition


@pytest.fixture
def server_url(tmp_path: Path) -> str:
    url = f"sqlite+pysqlite:///{tmp_path / 'organisation.sqlite3'}"
    migrate_library(url)
    server = LibraryServer(url)
    content = {"definition": _definition("Cercle de parole"), "based_on": None}
    publish_new(server, "method", content, name="Cercle de parole", summary="", author="Paul")
    server.close()
    return url


def _open_library(qtbot, main_window, ctx, url: str):
    ctx.settings.set("organisation_server", url)
    ctx.settings.set("organisation_author", "Anne")
    page = main_window.show_section("show_library")
    if not page.organisation.configured:  # the page was made before the settings named it
        page.organisation._load_library()
    qtbot.waitUntil(lambda: not page.organisation.refreshing, timeout=10000)
    return page


def test_without_a_server_the_screen_offers_to_connect(main_window):
    page = main_window.show_section("show_library")
    assert not page.organisation.configured
    assert "organisation" not in page.group_items
    assert page.organisation.connect_button.text() == "Connect..."
    assert not page.organisation.refresh_button.isVisible()


def test_the_organisations_methods_are_listed_and_a_copy_goes_home(
    qtbot, main_window, ctx, server_url
):
    page = _open_library(qtbot, main_window, ctx, server_url)
    [listed] = page.listed_ids("organisation")
    assert page.group_items["organisation"].text(0) == "Organisation methods (1)"
    assert "up to date" in page.organisation.status.text()
    page.select(listed)
    assert page.detail.title.text() == "Cercle de parole"
    assert not page.detail.edit.isVisible() and not page.detail.add_to_agenda.isEnabled()
    assert "Take a copy home first" in page.detail.add_to_agenda.toolTip()
    assert "Shared by Paul, version 1" in page.organisation.copy_state.text()
    assert page.organisation.action.text() == "Take a copy home"
    page.organisation.action.click()
    [mine] = my_tools.list_custom_tools(ctx.db)
    assert page.current_tool_id() == mine.id and page.listed_ids("mine") == [mine.id]
    assert "In the organisation library (version 1)" in page.organisation.copy_state.text()
    main_window.actions_by_id["undo"].trigger()
    assert my_tools.list_custom_tools(ctx.db) == [] and page.listed_ids("mine") == []


def test_a_conflict_on_publish_is_settled_by_keeping_mine_as_a_copy(
    qtbot, main_window, ctx, server_url, monkeypatch
):
    page = _open_library(qtbot, main_window, ctx, server_url)
    library = page.organisation.library
    shared = library.items("method")[0].uid
    mine = org.take_copy_home(ctx.db, library, shared)
    my_tools.update_custom_tool(ctx.db, mine, _definition("Cercle de parole", "Anne's."))
    server = LibraryServer(server_url)  # meanwhile Paul saves his own edit
    content = {"definition": _definition("Cercle de parole", "Paul's."), "based_on": None}
    save_item(server, shared, content, name="Cercle", summary="", author="Paul", base_version=1)
    server.close()
    page.select(f"custom:{mine}")
    assert "Changed here since version 1" in page.organisation.copy_state.text()
    asked = []

    def answer(parent, conflict):
        asked.append(conflict.theirs.updated_by)
        return "mine"

    monkeypatch.setattr("facilitator_app.ui.organisation.panel.ask_conflict", answer)
    page.organisation.action.click()
    assert asked == ["Paul"]
    qtbot.waitUntil(lambda: len(page.listed_ids("organisation")) == 2)
    listed = page.listed_ids("organisation")
    names = sorted(library.item(u.removeprefix("organisation:")).name for u in listed)
    assert names == ["Cercle", "Cercle de parole (copie)"]
    assert my_tools.custom_tool_record(ctx.db, mine).definition["fr"]["summary"] == "Anne's."


def test_taking_theirs_in_the_dialog_can_be_undone(
    qtbot, main_window, ctx, server_url, monkeypatch
):
    page = _open_library(qtbot, main_window, ctx, server_url)
    library = page.organisation.library
    shared = library.items("method")[0].uid
    mine = org.take_copy_home(ctx.db, library, shared)
    my_tools.update_custom_tool(ctx.db, mine, _definition("Cercle de parole", "Anne's."))
    server = LibraryServer(server_url)
    content = {"definition": _definition("Cercle de parole", "Paul's."), "based_on": None}
    save_item(server, shared, content, name="Cercle", summary="", author="Paul", base_version=1)
    server.close()
    page.select(f"custom:{mine}")
    monkeypatch.setattr(
        "facilitator_app.ui.organisation.panel.ask_conflict", lambda parent, conflict: "theirs"
    )
    page.organisation.action.click()
    assert my_tools.custom_tool_record(ctx.db, mine).definition["fr"]["summary"] == "Paul's."
    main_window.actions_by_id["undo"].trigger()
    assert my_tools.custom_tool_record(ctx.db, mine).definition["fr"]["summary"] == "Anne's."


def test_out_of_reach_the_screen_says_so_and_lists_the_last_copy(
    qtbot, main_window, ctx, server_url, tmp_path
):
    OrganisationLibrary(server_url, ctx.data_dir, "Anne").refresh()  # seen once, online
    gone = Path(server_url.removeprefix("sqlite+pysqlite:///"))
    gone.rename(tmp_path / "elsewhere.sqlite3")  # the server is out of reach now
    gone.mkdir()  # a folder where the file was: SQLite cannot open it
    page = _open_library(qtbot, main_window, ctx, server_url)
    assert "out of reach" in page.organisation.status.text()
    assert "showing the copy of" in page.organisation.status.text()
    assert len(page.listed_ids("organisation")) == 1


def test_a_template_is_published_from_the_templates_dialog(
    qtbot, main_window, ctx, server_url, monkeypatch
):
    from facilitator_app.services import exchange

    workshop = workshops.create_workshop(ctx.db, "Séminaire")
    template = exchange.save_as_template(ctx.db, workshop, title="Modèle de séminaire")
    page = _open_library(qtbot, main_window, ctx, server_url)

    def choose(dialog):
        assert dialog.mine.count() == 1 and dialog.shared.count() == 0
        dialog.mine.setCurrentRow(0)
        dialog.findChild(QPushButton, "publishTemplate").click()
        return dialog.result()

    monkeypatch.setattr(dialogs.TemplatesDialog, "exec", choose)
    page.organisation.templates_button.click()
    [item] = page.organisation.library.items("template")
    assert item.name == "Modèle de séminaire"
    assert org.links(ctx.db, page.organisation.library)[template.uid].shared_uid == item.uid
    assert shared_id(item.uid) not in page.listed_ids("organisation")  # templates apart
