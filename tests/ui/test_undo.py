"""The Undo menu carries the services' operations: undo and redo give back the same rows, and
an entry that can no longer be undone (someone changed those rows) is refused and dropped."""

from __future__ import annotations

import pytest

from facilitator_app.services import workshops
from facilitator_app.storage.changeset import UndoConflict
from facilitator_app.ui.undo import redo_last, undo_last


def test_create_undo_redo_undo_from_the_menu_leaves_nothing(qtbot, ctx, main_window) -> None:
    undo, redo = main_window.actions_by_id["undo"], main_window.actions_by_id["redo"]
    workshop_id = ctx.perform(workshops.create_workshop, "Atelier")
    assert undo.text() == "&Undo create the workshop “Atelier”"
    undo.trigger()
    redo.trigger()
    assert [w.id for w in workshops.list_workshops(ctx.db)] == [workshop_id]
    undo.trigger()
    assert workshops.list_workshops(ctx.db) == []
    assert not undo.isEnabled() and redo.isEnabled()


def test_an_entry_that_another_writer_overtook_is_refused_and_dropped(ctx) -> None:
    workshop_id = workshops.create_workshop(ctx.db, "Atelier")
    ctx.perform(workshops.rename_workshop, workshop_id, "Séminaire")
    workshops.rename_workshop(ctx.db, workshop_id, "Séminaire d'hiver")  # another screen
    with pytest.raises(UndoConflict):
        undo_last(ctx.undo_stack)
    assert ctx.undo_stack.count() == 0
    assert workshops.get_summary(ctx.db, workshop_id).title == "Séminaire d'hiver"
    redo_last(ctx.undo_stack)  # nothing to redo: nothing happens
    assert workshops.get_summary(ctx.db, workshop_id).title == "Séminaire d'hiver"


def test_labels_are_shown_in_french(qapp, ctx) -> None:
    from facilitator_app.ui.i18n import install_translations

    install_translations(qapp, "fr")
    try:
        ctx.language = "fr"
        ctx.perform(workshops.create_workshop, "Atelier")
        assert ctx.undo_stack.undoText() == "créer l’atelier «\u00a0Atelier\u00a0»"
    finally:
        install_translations(qapp, "en")
