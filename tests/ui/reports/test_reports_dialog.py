"""The Reports menu and dialog on the real widgets: the documents that apply, a preview of the
first page, Save as, Open in the viewer and Print through the print dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from facilitator_app.services import workshops
from tests.reports.helpers import make_training, pdf_pages


@pytest.fixture
def training(main_window, ctx):
    made = make_training(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(made.workshop)
    return made


def _dialog(main_window, kind):
    from facilitator_app.ui.reports import update_reports_menu

    update_reports_menu(main_window)
    main_window.report_actions[kind].trigger()
    dialog = main_window.reports_dialog
    assert dialog.kind() == kind
    return dialog


def test_the_menu_greys_out_what_does_not_apply(qtbot, main_window, ctx, training):
    from facilitator_app.ui.reports import update_reports_menu

    update_reports_menu(main_window)
    assert main_window.report_actions["certificates"].isEnabled()
    assert not main_window.report_actions["codev"].isEnabled()
    workshops.update_workshop(ctx.db, training.workshop, training_nature="")
    update_reports_menu(main_window)
    assert not main_window.report_actions["certificates"].isEnabled()
    assert main_window.report_actions["attendance"].isEnabled()


def test_preview_shows_the_first_page_and_counts_the_pages(qtbot, main_window, training):
    dialog = _dialog(main_window, "attendance")
    dialog.show_preview()
    assert not dialog.preview.pixmap().isNull()
    assert dialog.pages.text() == "2 pages"
    made = dialog.made[0]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.preview.pixmap().isNull()  # the options changed: the old page is gone
    dialog.show_preview()
    assert dialog.made[0] != made
    dialog.done(0)
    assert not made.exists()  # the temporary files go with the dialog


def test_save_as_writes_the_document_where_asked(
    qtbot, main_window, training, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "feuilles"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog = _dialog(main_window, "attendance")
    assert dialog.save_document() == target.with_suffix(".pdf")
    assert len(pdf_pages(target.with_suffix(".pdf"))) == 2
    dialog.done(0)


def test_one_file_per_participant_is_saved_into_a_folder(
    qtbot, main_window, training, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = _dialog(main_window, "certificates")
    assert dialog.per_participant.isVisibleTo(dialog)
    dialog.per_participant.setChecked(True)
    dialog.save_document()
    assert len(list(tmp_path.glob("*.pdf"))) == 4
    dialog.done(0)


def test_open_hands_the_file_to_the_system_viewer(qtbot, main_window, training, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(main_window, "decisions")
    dialog.open_document()
    assert Path(opened[0].toLocalFile()).suffix == ".pdf"
    dialog.done(0)


def test_print_sends_every_page_through_the_print_dialog(
    qtbot, main_window, training, tmp_path, monkeypatch
):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = _dialog(main_window, "attendance")
    dialog.print_document()
    assert len(pdf_pages(printed)) == 2
    dialog.done(0)


def test_the_summary_prints_the_items_ticked_and_a_client_gets_their_own(
    qtbot, main_window, ctx, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from facilitator_app.ui.reports import update_reports_menu
    from tests.reports.helpers import make_seminar, pdf_text

    seminar = make_seminar(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(seminar.workshop)
    update_reports_menu(main_window)
    assert main_window.report_actions["codev"].isEnabled()
    dialog = _dialog(main_window, "summary")
    assert dialog.anonymous.isVisibleTo(dialog) and dialog.items.isVisibleTo(dialog)
    for row in range(dialog.items.count()):
        entry = dialog.items.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) == seminar.items["Météo d’ouverture"]:
            entry.setCheckState(Qt.CheckState.Unchecked)
    dialog.anonymous.setChecked(True)
    target = tmp_path / "compte rendu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_document() == target
    text = pdf_text(target)
    assert "Déjeuners croisés" in text and "(Émilie)" not in text and "Brouillard" not in text
    dialog.done(0)
    client = _dialog(main_window, "codev")
    client.show_preview()
    assert client.pages.text() == "1 page"
    assert "Mon équipe ne se parle plus" in pdf_text(client.made[0])
    client.done(0)
