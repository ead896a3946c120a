"""Which settings the dialog shows, on which page, with which label: declared once, the
widgets are made from the setting's own type, choices and limits (facilitator_app/settings.py).
A name that the settings table does not hold is skipped, so the dialog follows the table."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Field:
    name: str  # the setting
    label: str  # translated in context "SettingsDialog"
    suffix: str = ""  # after a number ("s", "%")
    tip: str = ""


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    fields: tuple[Field, ...]


PAGES: tuple[Page, ...] = (
    Page(
        "language",
        QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        (
            Field("language", QT_TRANSLATE_NOOP("SettingsDialog", "Language of the window")),
            Field(
                "report_language",
                QT_TRANSLATE_NOOP("SettingsDialog", "Language of the printed documents"),
            ),
        ),
    ),
    Page(
        "timer",
        QT_TRANSLATE_NOOP("SettingsDialog", "Timer and chimes"),
        (
            Field(
                "warning_unit",
                QT_TRANSLATE_NOOP("SettingsDialog", "Warnings measured in"),
            ),
            Field(
                "warning_amber",
                QT_TRANSLATE_NOOP("SettingsDialog", "Amber with this much left"),
            ),
            Field(
                "warning_red",
                QT_TRANSLATE_NOOP("SettingsDialog", "Red with this much left"),
            ),
            Field(
                "warning_seconds",
                QT_TRANSLATE_NOOP("SettingsDialog", "Warning colour before the end"),
                QT_TRANSLATE_NOOP("SettingsDialog", " s"),
            ),
            Field(
                "warning_percent",
                QT_TRANSLATE_NOOP("SettingsDialog", "Or warn with this share of the step left"),
                QT_TRANSLATE_NOOP("SettingsDialog", " %"),
                QT_TRANSLATE_NOOP("SettingsDialog", "0: use the seconds above"),
            ),
            Field(
                "chime_before_end_seconds",
                QT_TRANSLATE_NOOP("SettingsDialog", "Soft chime before the end"),
                QT_TRANSLATE_NOOP("SettingsDialog", " s"),
                QT_TRANSLATE_NOOP("SettingsDialog", "0: no soft chime"),
            ),
            Field(
                "sound_volume",
                QT_TRANSLATE_NOOP("SettingsDialog", "Chime volume"),
                QT_TRANSLATE_NOOP("SettingsDialog", " %"),
            ),
            Field("sound_muted", QT_TRANSLATE_NOOP("SettingsDialog", "Mute the chimes")),
        ),
    ),
    Page(
        "projector",
        QT_TRANSLATE_NOOP("SettingsDialog", "Projector"),
        (
            Field("projector_screen", QT_TRANSLATE_NOOP("SettingsDialog", "Screen")),
            Field("projector_theme", QT_TRANSLATE_NOOP("SettingsDialog", "Colours")),
            Field(
                "projector_clock",
                QT_TRANSLATE_NOOP("SettingsDialog", "Show the time of day"),
            ),
            Field(
                "flash_overtime",
                QT_TRANSLATE_NOOP("SettingsDialog", "Flash when the time is up"),
            ),
        ),
    ),
    Page(
        "phones",
        QT_TRANSLATE_NOOP("SettingsDialog", "Phones"),
        (
            Field(
                "phones_port",
                QT_TRANSLATE_NOOP("SettingsDialog", "Port the phones connect to"),
                "",
                QT_TRANSLATE_NOOP(
                    "SettingsDialog",
                    "Used the next time the door opens; change it when another program holds it.",
                ),
            ),
            Field(
                "phones_address",
                QT_TRANSLATE_NOOP("SettingsDialog", "Address the door listens on"),
                "",
                QT_TRANSLATE_NOOP(
                    "SettingsDialog",
                    "0.0.0.0: every network of the laptop; or one address of the laptop.",
                ),
            ),
        ),
    ),
    Page(
        "privacy",
        QT_TRANSLATE_NOOP("SettingsDialog", "Personal data"),
        (
            Field(
                "personal_data_months",
                QT_TRANSLATE_NOOP("SettingsDialog", "Contact details and names on outputs kept"),
                QT_TRANSLATE_NOOP("SettingsDialog", " months"),
                QT_TRANSLATE_NOOP(
                    "SettingsDialog",
                    "Months after a workshop's last day; then e-mails and notes go and names "
                    "come off what the room produced. 0: kept until removed by hand.",
                ),
            ),
            Field(
                "attendance_months",
                QT_TRANSLATE_NOOP("SettingsDialog", "Rosters and attendance kept"),
                QT_TRANSLATE_NOOP("SettingsDialog", " months"),
                QT_TRANSLATE_NOOP(
                    "SettingsDialog",
                    "Months after a workshop's last day; keep attendance sheets as long as "
                    "your funders and the law ask. 0: kept until removed by hand.",
                ),
            ),
        ),
    ),
    Page(
        "data",
        QT_TRANSLATE_NOOP("SettingsDialog", "Data and backups"),
        (
            Field(
                "backups_kept",
                QT_TRANSLATE_NOOP("SettingsDialog", "Routine backups kept"),
            ),
        ),
    ),
)

# What the warnings' spin boxes count, after their number, by the unit chosen.
WARNING_SUFFIXES: dict[str, str] = {
    "percent": QT_TRANSLATE_NOOP("SettingsDialog", " %"),
    "seconds": QT_TRANSLATE_NOOP("SettingsDialog", " s"),
}

# The words for each choice of a setting with choices.
CHOICES: dict[str, dict[str, str]] = {
    "language": {
        "auto": QT_TRANSLATE_NOOP("SettingsDialog", "The system's language"),
        "fr": "Français",
        "en": "English",
    },
    "report_language": {
        "workshop": QT_TRANSLATE_NOOP("SettingsDialog", "The workshop's language"),
        "fr": "Français",
        "en": "English",
    },
    "warning_unit": {
        "percent": QT_TRANSLATE_NOOP("SettingsDialog", "share of the step (%)"),
        "seconds": QT_TRANSLATE_NOOP("SettingsDialog", "seconds left"),
    },
    "projector_theme": {
        "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Light text on black"),
        "light": QT_TRANSLATE_NOOP("SettingsDialog", "Dark text on white"),
    },
}
