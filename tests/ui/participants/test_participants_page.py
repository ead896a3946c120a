"""The participants page on the real widgets: roster editing with undo, paste import, groups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app.roster import RosterPerson
from facilitator_app.services import groups as groups_service
from facilitator_app.services import participants as service
from facilitator_app.services import workshops
from facilitator_app.ui.participants.import_dialog import RosterImportDialog


@pytest.fixture
def page(qtbot, main_window, ctx):
    workshop_id = workshops.create_workshop(ctx.db, "Forum des cadres")
    main_window.workshop_list.select(workshop_id)
    return main_window.workshop_view.show_page("participants")


def _names(ctx, page):
    return [p.name for p in service.list_participants(ctx.db, page.workshop_id)]


def test_add_edit_remove_and_undo(qtbot, page, ctx, main_window):
    page.quick_add.setFocus()
    qtbot.keyClicks(page.quick_add, "Ann Lee")
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return)
    assert _names(ctx, page) == ["Ann Lee"]
    assert page.table.model().rowCount() == 1
    assert page.editor.participant_id is not None  # the new person is selected for details

    organisation = page.findChild(object, "participant_organisation")
    organisation.setFocus()
    qtbot.keyClicks(organisation, "Mairie")
    qtbot.waitUntil(
        lambda: service.list_participants(ctx.db, page.workshop_id)[0].organisation == "Mairie"
    )
    page.editor.category.setCurrentIndex(page.editor.category.findData("elected"))
    assert service.list_participants(ctx.db, page.workshop_id)[0].category == "elected"

    page.table.selectAll()
    page.remove_button.click()
    assert _names(ctx, page) == []
    main_window.actions_by_id["undo"].trigger()
    [back] = service.list_participants(ctx.db, page.workshop_id)
    assert (back.name, back.organisation, back.category) == ("Ann Lee", "Mairie", "elected")

    main_window.actions_by_id["undo"].trigger()  # the category: detail edits undo too
    assert service.list_participants(ctx.db, page.workshop_id)[0].category == "agent"
    main_window.actions_by_id["undo"].trigger()  # the organisation, typed then saved
    assert service.list_participants(ctx.db, page.workshop_id)[0].organisation == ""
    main_window.actions_by_id["undo"].trigger()  # the addition
    assert _names(ctx, page) == []
    main_window.actions_by_id["redo"].trigger()
    assert _names(ctx, page) == ["Ann Lee"]
    assert page.table.model().rowCount() == 1


def test_filter_ignores_accents_and_sorting_ignores_case(qtbot, page, ctx):
    service.import_participants(
        ctx.db,
        page.workshop_id,
        [
            RosterPerson("Cécile Dupré", "Mairie"),
            RosterPerson("bruno Roy", "Métropole"),
            RosterPerson("Anne Legrand", "Région"),
        ],
    )
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "metropole")
    proxy = page.table.model()
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["bruno Roy"]
    assert page.count_label.text() == "1 of 3 participants match"
    page.filter.clear()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Anne Legrand",
        "bruno Roy",
        "Cécile Dupré",
    ]


PASTED = (
    "Nom\tPrénom\tStructure\tStatut\tCourriel\n"
    "Dupré\tCécile\tMairie de Lyon\télue\tcecile@lyon.fr\n"
    "\t\tMairie\tagent\t\n"
    "Legrand\tAnne\tRégion\tfoo\tanne@\n"
    "Roy\tBruno\tCD 33\tagent\tbruno@cd33.fr\n"
)


def test_paste_preview_shows_unreadable_row_and_duplicate_then_imports(qtbot, page, ctx):
    service.add_participant(ctx.db, page.workshop_id, "Bruno Roy", organisation="CD 33")
    dialog = page.paste_roster()
    qtbot.addWidget(dialog)
    dialog.paste_box.setPlainText(PASTED)
    dialog.reparse()
    table = dialog.table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(8)]
        for r in range(table.rowCount())
    }
    assert rows["3"][1] == "Cannot be read" and rows["3"][7] == "no name"
    assert rows["5"][1] == "Duplicate"
    assert rows["5"][7] == "already on the roster as Bruno Roy"
    assert "unknown category 'foo'" in rows["4"][7]
    assert rows["2"][2:7] == [
        "Cécile Dupré",
        "Mairie de Lyon",
        "",
        "Elected official",
        "cecile@lyon.fr",
    ]
    assert _names(ctx, page) == ["Bruno Roy"]  # nothing written before confirming
    assert dialog.import_button.text() == "Import 2 participants"

    dialog.import_button.click()
    assert _names(ctx, page) == ["Bruno Roy", "Cécile Dupré", "Anne Legrand"]
    assert page.table.model().rowCount() == 3


def test_import_can_keep_duplicates_and_is_undone_whole(qtbot, page, ctx, main_window):
    service.add_participant(ctx.db, page.workshop_id, "Bruno Roy", organisation="CD 33")
    dialog = page.paste_roster()
    qtbot.addWidget(dialog)
    dialog.paste_box.setPlainText(PASTED)
    dialog.skip_duplicates.setChecked(False)
    dialog.confirm()
    assert len(_names(ctx, page)) == 4
    main_window.actions_by_id["undo"].trigger()
    assert _names(ctx, page) == ["Bruno Roy"]


def test_a_roster_file_in_cp1252_opens_the_preview(qtbot, page, ctx, tmp_path):
    path = tmp_path / "inscrits.csv"
    path.write_bytes("Nom complet;Structure\nNoël Lefèvre;Département\n".encode("cp1252"))
    dialog = page.open_roster_file(path)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "Noël Lefèvre"
    dialog.confirm()
    assert _names(ctx, page) == ["Noël Lefèvre"]


def test_a_huge_paste_is_refused_with_a_message(qtbot, page):
    dialog = page.paste_roster()
    qtbot.addWidget(dialog)
    dialog.paste_box.setPlainText("\n".join(f"Person {i}" for i in range(5002)))
    dialog.reparse()
    assert "too large" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_groups_panel_creates_a_group_set_then_a_remix(qtbot, page, ctx, main_window):
    service.import_participants(
        ctx.db, page.workshop_id, [RosterPerson(f"P{i}", f"Org {i % 3}") for i in range(12)]
    )
    panel = page.groups
    page.tabs.setCurrentWidget(panel)
    assert not panel.remix_button.isEnabled()  # nothing to re-mix yet
    panel.group_size.setValue(4)
    panel.spread_organisations.setChecked(True)
    panel.make_button.click()
    [first] = groups_service.list_group_sets(ctx.db, page.workshop_id)
    assert [len(g.member_ids) for g in first.groups] == [4, 4, 4]
    assert panel.columns_layout.count() == 3
    assert panel.set_title.text() == "Round 1"

    panel.remix_button.click()
    sets = groups_service.list_group_sets(ctx.db, page.workshop_id)
    assert [s.round_index for s in sets] == [0, 1]
    assert panel.set_list.currentRow() == 1
    # 4 people from 3 earlier tables: each new table has at least one pair who already met.
    assert sets[1].repeated_pairs == 3
    assert panel.repeats.text().startswith("3 pair(s) of people were already together")

    main_window.actions_by_id["undo"].trigger()
    assert len(groups_service.list_group_sets(ctx.db, page.workshop_id)) == 1
    panel.delete_button.click()
    assert groups_service.list_group_sets(ctx.db, page.workshop_id) == []
    assert panel.set_title.text() == "No groups yet"


def test_retyping_a_name_the_filter_hides_keeps_the_details_open(qtbot, page, ctx):
    person = service.add_participant(ctx.db, page.workshop_id, "Dupont")
    page.filter.setText("dupont")
    page.select(person)
    name = page.findChild(object, "participant_name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Martin")
    qtbot.waitUntil(lambda: service.get_participant(ctx.db, person).name == "Martin")
    assert page.table.model().rowCount() == 0
    assert page.editor.participant_id == person and page.editor.isEnabled()


def test_dropping_a_roster_file_opens_the_preview(qtbot, page, ctx, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "liste.tsv"
    path.write_text("Name\tEmail\nAnn Lee\tann@x.fr\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    dialog = page.findChild(RosterImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.people_to_import() == 1
    dialog.reject()


def test_a_field_too_long_for_the_roster_is_named_in_the_preview(qtbot):
    from facilitator_app.roster import RosterIssue
    from facilitator_app.ui.participants.import_dialog import issue_text

    text = issue_text(RosterIssue("too-long", "name"))
    assert "too long" in text and "200" in text


def test_a_first_name_alone_is_imported_with_a_remark_in_the_preview(qtbot, page, ctx):
    dialog = page.paste_roster()
    qtbot.addWidget(dialog)
    dialog.paste_box.setPlainText("Nom;Prénom\nDupont;Marie\n;Jean\n")
    dialog.reparse()
    table = dialog.table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(8)]
        for r in range(table.rowCount())
    }
    assert rows["3"][1] == "Will be added, with a remark"
    assert rows["3"][7] == "only a first name, 'Jean': imported as it is"
    assert dialog.import_button.text() == "Import 2 participants"
