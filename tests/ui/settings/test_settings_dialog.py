"""The settings dialog: each change is saved at once (no OK to forget), the values come back
in a new dialog, the language applies to the window, backups are listed, made and restored
while the window stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QSpinBox

from facilitator_app.services import workshops as service
from facilitator_app.settings import SETTINGS, Settings
from facilitator_app.ui.settings import SettingsDialog
from facilitator_app.ui.settings.backups import BackupsBox
from facilitator_app.ui.settings.fields import PAGES

NAMES = {s.name for s in SETTINGS}


def _dialog(qtbot, main_window) -> SettingsDialog:
    dialog = main_window.open_settings()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_setting_the_user_may_change_has_its_field():
    shown = {f.name for page in PAGES for f in page.fields}
    # Set by the app itself, on the organisation library's own screen, or by the data folder's
    # own row of the data page (ui/settings/data_folder.py).
    elsewhere = {"tour_seen", "organisation_server", "organisation_author", "data_folder"}
    assert NAMES - shown <= elsewhere


def test_a_change_is_saved_at_once_and_comes_back(qtbot, main_window, ctx, isolated_data_dir):
    dialog = _dialog(qtbot, main_window)
    volume = dialog.findChild(QSpinBox, "setting_sound_volume")
    volume.setValue(35)
    mute = dialog.findChild(QCheckBox, "setting_sound_muted")
    mute.setChecked(True)
    theme = dialog.findChild(QComboBox, "setting_projector_theme")
    theme.setCurrentIndex(theme.findData("light"))
    saved = Settings.in_data_dir(isolated_data_dir)
    assert (saved.get("sound_volume"), saved.get("sound_muted")) == (35, True)
    assert saved.get("projector_theme") == "light"
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: main_window.findChild(SettingsDialog) is None)
    again = _dialog(qtbot, main_window)
    assert again.findChild(QSpinBox, "setting_sound_volume").value() == 35
    assert again.findChild(QComboBox, "setting_projector_theme").currentData() == "light"


def test_the_console_hears_of_a_change(qtbot, main_window, ctx):
    heard: list[str] = []
    ctx.settings_changed.connect(heard.append)
    dialog = _dialog(qtbot, main_window)
    dialog.findChild(QSpinBox, "setting_chime_before_end_seconds").setValue(45)
    assert heard == ["chime_before_end_seconds"]
    assert ctx.settings.get("chime_before_end_seconds") == 45


def test_choosing_a_language_tells_the_window(qtbot, main_window, ctx, monkeypatch):
    chosen: list[str] = []
    monkeypatch.setattr(main_window, "choose_language", chosen.append)
    dialog = _dialog(qtbot, main_window)
    combo = dialog.findChild(QComboBox, "setting_language")
    combo.setCurrentIndex(combo.findData("fr"))
    assert chosen == ["fr"]
    assert ctx.settings.get("language") == "fr"


def test_a_backup_made_then_restored_brings_the_data_back(qtbot, main_window, ctx, monkeypatch):
    service.create_workshop(ctx.db, "Avant la sauvegarde")
    dialog = _dialog(qtbot, main_window)
    dialog.tabs.setCurrentIndex([p.key for p in PAGES].index("data"))
    backups = dialog.findChild(BackupsBox)
    count = backups.list.count()
    backups.backup_now.click()
    assert backups.list.count() == count + 1
    service.create_workshop(ctx.db, "Après la sauvegarde")
    assert main_window.workshop_list.list.count() == 2
    backups.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    backups.restore.click()
    assert [w.title for w in service.list_workshops(ctx.db)] == ["Avant la sauvegarde"]
    assert main_window.workshop_list.list.count() == 1
    assert told and "kept" in told[0]  # the replaced file is not lost
    assert not ctx.undo_stack.canUndo()  # its entries named rows of the other file


def test_every_page_name_is_in_sight_in_french(qtbot, main_window, qapp):
    from facilitator_app.ui.i18n import install_translations

    install_translations(qapp, "fr")
    try:
        dialog = _dialog(qtbot, main_window)
        dialog._build()
        bar = dialog.tabs.tabBar()
        qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width() - 1)
        last = bar.tabRect(bar.count() - 1)
        assert last.right() <= bar.width()
    finally:
        install_translations(qapp, "en")
