"""The roster's "Personal data" menu: one person's data exported as JSON, and the person
removed from every workshop (what they wrote kept without their name), undone with Ctrl+Z."""

from __future__ import annotations

import json

import pytest

from facilitator_app import models
from facilitator_app.services import participants as service
from facilitator_app.services import workshops
from facilitator_app.ui.participants.privacy import ForgetDialog


@pytest.fixture
def page(qtbot, main_window, ctx):
    first = workshops.create_workshop(ctx.db, "Printemps")
    second = workshops.create_workshop(ctx.db, "Automne")
    anne = service.add_participant(ctx.db, first, "Anne", email="anne@ville.fr")
    service.add_participant(ctx.db, second, "Anne", email="anne@ville.fr")
    service.add_participant(ctx.db, first, "Bruno")
    with ctx.db.transaction() as s:
        s.add(models.Card(workshop_id=first, text="Plus de pauses", author="Anne"))
    main_window.workshop_list.select(first)
    shown = main_window.workshop_view.show_page("participants")
    shown.select(anne)
    return shown


def test_the_menu_needs_one_person(qtbot, page):
    assert page.personal_data.isEnabled()
    page.table.selectAll()
    assert not page.personal_data.isEnabled()


def test_her_data_is_exported_as_json(qtbot, page, tmp_path):
    target = page.personal_data.export(str(tmp_path / "anne.json"))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(r["workshop"] for r in data["rosters"]) == ["Automne", "Printemps"]
    assert data["contributions"][0]["text"] == "Plus de pauses"


def test_removed_everywhere_then_undone(qtbot, page, ctx, main_window, monkeypatch):
    monkeypatch.setattr(ForgetDialog, "exec", lambda self: ForgetDialog.DialogCode.Accepted)
    assert page.personal_data.forget() == 2
    assert [p.name for p in service.list_participants(ctx.db, page.workshop_id)] == ["Bruno"]
    with ctx.db.reading() as s:
        assert [c.author for c in s.query(models.Card)] == [""]
    main_window.actions_by_id["undo"].trigger()
    names = sorted(p.name for p in service.list_participants(ctx.db, page.workshop_id))
    assert names == ["Anne", "Bruno"]


def test_the_dialog_says_where_she_is_and_offers_the_choice(qtbot, page, ctx):
    from facilitator_app.services.privacy import records_of

    dialog = ForgetDialog(records_of(ctx.db, page.selected_ids()[0]), page)
    qtbot.addWidget(dialog)
    assert dialog.where.count() == 2
    assert dialog.outputs() == "anonymous"
    dialog.remove.setChecked(True)
    assert dialog.outputs() == "remove"
