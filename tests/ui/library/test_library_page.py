"""The library screen on the real widgets: filter, detail, favourite, add to agenda, duplicate,
edit and delete My tools, print a method sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from facilitator_app.services import library
from facilitator_app.services import workshops as workshop_service
from facilitator_app.tools import registry


@pytest.fixture
def page(qtbot, main_window):
    return main_window.show_section("show_library")


def test_the_section_lists_built_in_tools_and_my_tools_apart(page, ctx):
    assert len(page.listed_ids("builtin")) == len(registry.builtin_tools())
    assert page.listed_ids("mine") == []
    uid = library.duplicate_tool(ctx.db, "1-2-4-all")  # the page refreshes on the change
    assert page.listed_ids("mine") == [f"custom:{uid}"]
    assert "custom:" not in " ".join(page.listed_ids("builtin"))


def test_typing_filters_as_you_type_ignoring_accents(qtbot, page):
    page.search.setFocus()
    qtbot.keyClicks(page.search, "1-2-4")
    assert page.listed_ids("builtin") == ["1-2-4-all"]
    assert page.detail.title.text() == "1-2-4-All"
    page.search.clear()
    qtbot.keyClicks(page.search, "TOUS")  # "1-2-4-Tous" in French
    assert "1-2-4-all" in page.listed_ids("builtin")


def test_filters_narrow_the_list(page):
    everything = page.listed_ids("builtin")
    page.purpose.setCurrentIndex(page.purpose.findData("close"))
    closing = page.listed_ids("builtin")
    assert 0 < len(closing) < len(everything)
    assert all("close" in registry.find_tool(i).purposes for i in closing)
    page.duration.setCurrentIndex(page.duration.findData(10))
    assert all(registry.find_tool(i).duration_minutes <= 10 for i in page.listed_ids("builtin"))
    page.purpose.setCurrentIndex(0)
    page.duration.setCurrentIndex(0)
    page.group_size.setValue(3)
    assert "1-2-4-all" not in page.listed_ids("builtin")  # needs at least four people
    page.group_size.setValue(0)
    page.material_actions["paper"].setChecked(True)
    page.material_actions["timer"].setChecked(True)
    assert "1-2-4-all" in page.listed_ids("builtin")
    assert "world-cafe" not in page.listed_ids("builtin")  # needs tables and more


def test_detail_shows_texts_and_the_timeline_to_scale(page):
    page.select("1-2-4-all")
    detail = page.detail
    assert detail.title.text() == "1-2-4-All"
    assert "12 min" in detail.facts.text()
    assert "Gather everyone" in detail.sections["purpose"].text()
    assert "I am going to ask you" in detail.sections["invitation"].text()
    widths = detail.timeline.part_widths(720)
    assert [round(w) for w in widths] == [60, 120, 240, 300]
    assert not detail.edit.isVisible() and not detail.delete.isVisible()


def test_favourite_toggle_is_saved_and_filters(qtbot, page, ctx):
    page.select("world-cafe")
    page.detail.favourite.click()
    assert library.favourite_ids(ctx.db) == {"world-cafe"}
    page.favourites_only.setChecked(True)
    assert page.listed_ids("builtin") == ["world-cafe"]
    assert page.detail.favourite.isChecked()
    page.detail.favourite.click()
    assert library.favourite_ids(ctx.db) == frozenset()
    assert page.listed_ids("builtin") == []


def test_add_to_agenda_goes_to_the_first_day_of_the_open_workshop(qtbot, main_window, ctx):
    from facilitator_app.services import agenda

    workshop_id = workshop_service.create_workshop(ctx.db, "Séminaire")
    main_window.workshop_list.select(workshop_id)
    page = main_window.show_section("show_library")
    page.select("1-2-4-all")
    assert page.detail.add_to_agenda.isEnabled()
    assert page.detail.agenda_target.text() == "Adds to “Séminaire”, Day 1."
    page.detail.add_to_agenda.click()
    day = workshop_service.get_outline(ctx.db, workshop_id).days[0]
    # Titled in the workshop's language (French), whatever the screen's language.
    assert [(i.title, i.tool_id, i.duration_minutes) for i in day.items] == [
        ("1-2-4-Tous", "1-2-4-all", 12)
    ]
    item = agenda.day_agenda(ctx.db, day.id).items[0]
    assert item.phases == registry.find_tool("1-2-4-all").agenda_phases()
    main_window.actions_by_id["undo"].trigger()
    assert workshop_service.get_outline(ctx.db, workshop_id).days[0].items == ()


def test_add_to_agenda_asks_where_when_no_workshop_is_open(page, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    workshop_id = workshop_service.create_workshop(ctx.db, "Forum")
    from facilitator_app.services import agenda

    agenda.add_day(ctx.db, workshop_id, title="Clôture")
    assert ctx.current_workshop_id is None
    page.select("1-2-4-all")
    assert page.detail.add_to_agenda.isEnabled()
    assert "you will be asked" in page.detail.agenda_target.text()
    offered = []

    def choose(_parent, _title, label, items, *_args):
        offered.extend(items)
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    page.detail.add_to_agenda.click()
    assert offered == ["“Forum”, Day 1", "“Forum”, Day 2 — Clôture"]
    days = workshop_service.get_outline(ctx.db, workshop_id).days
    assert [len(d.items) for d in days] == [0, 1]


def test_duplicate_then_undo(qtbot, main_window, page, ctx):
    page.select("1-2-4-all")
    page.detail.duplicate.click()
    mine = library.list_custom_tools(ctx.db)
    assert [t.text("en").name for t in mine] == ["1-2-4-All (copy)"]
    assert page.current_tool_id() == mine[0].id
    assert page.detail.edit.isVisible()
    main_window.actions_by_id["undo"].trigger()
    assert library.list_custom_tools(ctx.db) == []
    assert page.listed_ids("mine") == []


def test_edit_my_tool_validates_and_saves(qtbot, page, ctx, monkeypatch):
    from facilitator_app.ui.library import editor as editor_module

    uid = library.duplicate_tool(ctx.db, "1-2-4-all")
    page.select(f"custom:{uid}")
    seen = {}

    def fake_exec(dialog):
        dialog.texts["en"]["name"].setText("Our 1-2-4")
        seconds = dialog.phase_table.cellWidget(0, editor_module.SECONDS)
        seconds.setValue(30)  # 1:30 - the total is no longer whole minutes
        dialog.accept()
        seen["refused"] = dialog.problems.text()
        seconds.setValue(0)
        dialog.phase_table.cellWidget(0, editor_module.MINUTES).setValue(2)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(editor_module.ToolEditorDialog, "exec", fake_exec)
    page.detail.edit.click()
    assert "whole minutes" in seen["refused"]
    tool = library.get_custom_tool(ctx.db, uid)
    assert tool.text("en").name == "Our 1-2-4"
    assert tool.phases[0].seconds == 120 and tool.duration_minutes == 13
    assert registry.find_tool("1-2-4-all").duration_minutes == 12
    assert page.detail.title.text() == "Our 1-2-4"


def test_new_tool_from_scratch(qtbot, page, ctx, monkeypatch):
    from facilitator_app.ui.library import editor as editor_module

    def fake_exec(dialog):
        dialog.texts["en"]["name"].setText("Silent walk")
        dialog.add_phase()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(editor_module.ToolEditorDialog, "exec", fake_exec)
    page.new_tool.click()
    [tool] = library.list_custom_tools(ctx.db)
    assert tool.text("en").name == "Silent walk"
    assert len(tool.phases) == 2 and tool.duration_minutes == 15
    assert page.current_tool_id() == tool.id


def test_delete_my_tool_asks_first(qtbot, page, ctx, monkeypatch):
    uid = library.duplicate_tool(ctx.db, "1-2-4-all")
    page.select(f"custom:{uid}")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.detail.delete.click()
    assert library.list_custom_tools(ctx.db) == []


def test_print_method_sheet_saves_a_pdf(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "fiche"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    page.select("1-2-4-all")
    page.detail.print_sheet.click()
    assert (tmp_path / "fiche.pdf").read_bytes().startswith(b"%PDF")


def test_list_keyboard_selection_updates_detail(qtbot, page):
    page.list.setFocus()
    first = page.listed_ids("builtin")[0]
    page.select(page.listed_ids("builtin")[1])
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    assert page.current_tool_id() == first
    assert page.detail.tool is not None and page.detail.tool.id == first


def test_editor_says_what_is_missing_in_plain_words(qtbot, page):
    from facilitator_app.ui.library.editor import ToolEditorDialog

    definition = library.blank_definition("en")
    dialog = ToolEditorDialog(definition, lambda d: library.validate_definition(d, "x"), page)
    qtbot.addWidget(dialog)
    dialog.texts["en"]["name"].setText("")
    for check in dialog.purposes.values():
        check.setChecked(False)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.problems.text()
    assert "Give the tool a name" in text and "at least one purpose" in text


def test_a_favourite_does_not_reload_my_tools_but_a_copy_does(qtbot, page, ctx):
    index = page.index
    page.select("triz")
    page.detail.favourite.click()
    assert page.index is index
    library.duplicate_tool(ctx.db, "triz")
    assert page.index is not index
    assert len(page.listed_ids("mine")) == 1


def test_a_phase_named_after_its_grouping_is_not_said_twice(page):
    page.select("1-2-4-all")
    steps = page.detail.sections["phases"].text()
    assert steps.count("Alone") == 1  # the phase "Alone" is done alone: said once
    page.select("world-cafe")
    steps = page.detail.sections["phases"].text()
    assert "Tables" in steps  # a rotation's grouping differs from its name: both shown


def test_the_material_filter_keeps_room_for_its_arrow(qtbot, french):
    """In French "Matériel disponible" ran under its menu's arrow (a tool button draws the
    arrow over the text); the button's width holds the text, the arrow and both margins."""
    from PySide6.QtWidgets import QStyle

    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(french)  # built in French, as at start-up
    qtbot.addWidget(window)
    button = window.show_section("show_library").materials
    assert button.text() == "Matériel disponible"
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= text + arrow + 2 * margin
