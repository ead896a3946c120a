"""File > Import/Export and the template dialogs on the real main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from facilitator_app.services import workshops as service
from facilitator_app.services.exchange import build_document
from facilitator_app.ui.exchange.template_dialogs import NewFromTemplateDialog, SaveTemplateDialog
from tests.exchange.helpers import dump, make_full_workshop


def test_export_then_import_through_the_file_dialogs(
    qtbot, main_window, ctx, tmp_path, monkeypatch
):
    workshop_id = make_full_workshop(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)
    target = tmp_path / "shared"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.actions_by_id["export_workshop"].trigger()
    exported = tmp_path / "shared.facilitator"
    assert exported.exists()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    main_window.actions_by_id["import_workshop"].trigger()
    workshops = service.list_workshops(ctx.db)
    assert len(workshops) == 2
    new_id = max(w.id for w in workshops)
    assert main_window.workshop_list.current_id() == new_id
    assert shown and "separate copy" in shown[0]

    main_window.actions_by_id["undo"].trigger()
    assert [w.id for w in service.list_workshops(ctx.db)] == [workshop_id]
    main_window.actions_by_id["redo"].trigger()  # brings the same copy back, no third one
    assert sorted(w.id for w in service.list_workshops(ctx.db)) == [workshop_id, new_id]


def test_a_broken_file_shows_where_and_changes_nothing(
    qtbot, main_window, ctx, tmp_path, monkeypatch
):
    make_full_workshop(ctx.db)
    before = dump(ctx.db)
    broken = tmp_path / "broken.facilitator"
    broken.write_bytes(b"PK\x03\x04 truncated")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    main_window.actions_by_id["import_workshop"].trigger()
    [(message, detail)] = shown
    assert "broken.facilitator" in message and "Nothing was changed" in message
    assert detail.startswith("Technical detail:")
    assert dump(ctx.db) == before


def test_cancelling_the_file_dialog_does_nothing(qtbot, main_window, ctx, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    main_window.actions_by_id["import_workshop"].trigger()
    assert service.list_workshops(ctx.db, templates=None) == []


def test_save_as_template_then_start_a_workshop_from_it(qtbot, main_window, ctx, monkeypatch):
    workshop_id = make_full_workshop(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(workshop_id)

    def save_dialog(dialog: QDialog) -> int:
        if isinstance(dialog, SaveTemplateDialog):
            dialog.title.setText("Modèle de séminaire")
            dialog.keep_participants.setChecked(False)
        else:
            assert isinstance(dialog, NewFromTemplateDialog)
            assert dialog.title.text() == "Modèle de séminaire"
            dialog.start.setDate(dialog.start.date().fromString("2027-05-10", "yyyy-MM-dd"))
            dialog.title.setText("Séminaire de mai")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", save_dialog)
    main_window.actions_by_id["save_as_template"].trigger()
    [template] = service.list_workshops(ctx.db, templates=True)
    assert template.title == "Modèle de séminaire" and template.participants == 0

    main_window.actions_by_id["new_from_template"].trigger()
    new_id = main_window.workshop_list.current_id()
    document, _ = build_document(ctx.db, new_id)
    assert document["workshop"]["title"] == "Séminaire de mai"
    assert [d["date"] for d in document["days"]] == ["2027-05-10", "2027-05-12"]


def test_the_template_dialog_fills_the_title_from_the_template(qtbot, ctx):
    from facilitator_app.services.demo import install_demo

    install_demo(ctx.db)
    templates = service.list_workshops(ctx.db, templates=True)
    dialog = NewFromTemplateDialog(templates, date(2026, 9, 7))
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Management de la coopération et intelligence collective"
    assert dialog.first_day() == date(2026, 9, 7)
    assert dialog.template_id() == templates[0].id
