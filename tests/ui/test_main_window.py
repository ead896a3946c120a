"""The main window on the real widgets: create, rename, duplicate, delete and undo workshops."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator_app.services import workshops as service


def test_new_workshop_is_saved_and_selected(qtbot, main_window, ctx, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Séminaire des cadres", True))
    main_window.actions_by_id["new_workshop"].trigger()
    titles = [w.title for w in service.list_workshops(ctx.db)]
    assert titles == ["Séminaire des cadres"]
    assert main_window.workshop_view.heading.text() == "Séminaire des cadres"


def test_delete_asks_then_undo_brings_the_workshop_back(qtbot, main_window, ctx, monkeypatch):
    workshop_id = service.create_workshop(ctx.db, "World Café")
    main_window.workshop_list.select(workshop_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    main_window.actions_by_id["delete_workshop"].trigger()
    assert len(service.list_workshops(ctx.db)) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.actions_by_id["delete_workshop"].trigger()
    assert service.list_workshops(ctx.db) == []
    assert main_window.workshop_list.list.count() == 0

    main_window.actions_by_id["undo"].trigger()
    assert [w.id for w in service.list_workshops(ctx.db)] == [workshop_id]
    assert main_window.workshop_list.list.count() == 1


def test_rename_and_duplicate_then_undo_both(qtbot, main_window, ctx, monkeypatch):
    workshop_id = service.create_workshop(ctx.db, "Codev")
    main_window.workshop_list.select(workshop_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Co-développement", True))
    main_window.actions_by_id["rename_workshop"].trigger()
    assert service.get_summary(ctx.db, workshop_id).title == "Co-développement"

    main_window.actions_by_id["duplicate_workshop"].trigger()
    titles = sorted(w.title for w in service.list_workshops(ctx.db))
    assert titles == ["Co-développement", "Co-développement (copy)"]

    main_window.actions_by_id["undo"].trigger()  # the duplicate
    main_window.actions_by_id["undo"].trigger()  # the rename
    assert [w.title for w in service.list_workshops(ctx.db)] == ["Codev"]


def test_overview_saves_as_typed(qtbot, main_window, ctx):
    workshop_id = service.create_workshop(ctx.db, "Forum")
    main_window.workshop_list.select(workshop_id)
    page = main_window.workshop_view.page("overview")
    field = page.findChild(object, "field_venue")
    field.setFocus()
    qtbot.keyClicks(field, "Cap Decouverte")
    qtbot.waitUntil(lambda: service.get_summary(ctx.db, workshop_id).venue == "Cap Decouverte")


def test_a_deleted_workshop_comes_back_from_the_bin_after_a_restart(qtbot, main_window, ctx,
                                                                      monkeypatch):
    workshop_id = service.create_workshop(ctx.db, "Séminaire")
    service.delete_workshop(ctx.db, workshop_id)  # deleted in an earlier session: no undo left
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Séminaire", True))
    main_window.actions_by_id["restore_deleted"].trigger()
    assert [w.id for w in service.list_workshops(ctx.db)] == [workshop_id]
    assert main_window.workshop_list.current_id() == workshop_id


def test_the_workshop_list_counts_follow_changes_at_once(qtbot, main_window, ctx):
    from facilitator_app.services import agenda, participants, workshops
    from facilitator_app.ui.workshop_list_delegate import DETAIL_ROLE

    workshop_id = workshops.create_workshop(ctx.db, "Forum")
    ctx.perform(participants.add_participant, workshop_id, "Anne")
    ctx.perform(agenda.add_day, workshop_id)
    main_window.workshop_list.select(workshop_id)
    entry = main_window.workshop_list.list.currentItem()
    assert "2 days, 1 participant" in entry.data(DETAIL_ROLE)


def test_changing_the_language_applies_at_once_and_the_menu_marks_it(qtbot, main_window, ctx):
    from facilitator_app.services import workshops

    workshop_id = workshops.create_workshop(ctx.db, "Forum")
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    main_window.workshop_view.show_page("agenda")
    assert main_window.actions_by_id["language_en"].isChecked()
    try:
        main_window.actions_by_id["language_fr"].trigger()  # no message box, no restart
        assert ctx.language == "fr" and ctx.settings.get("language") == "fr"
        assert main_window.actions_by_id["language_fr"].isChecked()
        assert not main_window.actions_by_id["language_en"].isChecked()
        titles = [action.text() for action in main_window.menuBar().actions()]
        assert titles[:2] == ["&Fichier", "É&dition"]
        assert main_window.actions_by_id["new_workshop"].text() == "&Nouvel atelier"
        view = main_window.workshop_view
        assert view.workshop_id == workshop_id
        assert view.tabs.tabText(1) == "Déroulé" and view.tabs.currentIndex() == 1
        library = main_window.show_section("show_library")
        assert library.search.placeholderText().startswith("Rechercher")
    finally:
        main_window.actions_by_id["language_en"].trigger()
    assert main_window.actions_by_id["new_workshop"].text() == "&New workshop"


def test_the_workshop_list_counts_in_french_singular_and_plural(qtbot, french, main_window):
    from facilitator_app.services import participants, workshops
    from facilitator_app.ui.workshop_list_delegate import DETAIL_ROLE

    workshop_id = workshops.create_workshop(french.db, "Forum")  # one day
    french.perform(participants.add_participant, workshop_id, "Anne")
    french.perform(participants.add_participant, workshop_id, "Bob")
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    entry = main_window.workshop_list.list.currentItem()
    assert "1 jour, 2 participants" in entry.data(DETAIL_ROLE)
    assert "(s)" not in entry.data(DETAIL_ROLE)
