"""The settings dialog: every user setting on a few pages, applied as soon as it changes."""

from facilitator_app.ui.settings.dialog import SettingsDialog, open_settings

__all__ = ["SettingsDialog", "open_settings"]
