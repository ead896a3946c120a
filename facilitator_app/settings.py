"""User settings: declared once (name, type, default, description), validated on load, saved
atomically as JSON in the data folder. A bad or unknown value falls back to its default."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, SupportsFloat, cast

from facilitator_app.atomic import atomic_path

log = logging.getLogger(__name__)
SETTINGS_FILENAME = "settings.json"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def accepts(self, value: Any) -> bool:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return False
        if self.choices and value not in self.choices:
            return False
        if self.minimum is None and self.maximum is None:
            return True
        number = float(cast(SupportsFloat, value))
        if self.minimum is not None and number < self.minimum:
            return False
        return not (self.maximum is not None and number > self.maximum)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language",
        str,
        "auto",
        "interface language: auto follows the system",
        choices=("auto", "fr", "en"),
    ),
    Setting("projector_theme", str, "dark", "projector colours", choices=("dark", "light")),
    Setting("projector_screen", str, "", "name of the screen the projector view goes to"),
    Setting(
        "warning_unit",
        str,
        "percent",
        "how the timer's warnings are measured: a share of the step, or seconds left",
        choices=("percent", "seconds"),
    ),
    Setting(
        "warning_amber",
        int,
        20,
        "the timer turns amber with this much of the step left (percent or seconds)",
        minimum=0,
        maximum=3600,
    ),
    Setting(
        "warning_red",
        int,
        5,
        "the timer turns red with this much of the step left (percent or seconds)",
        minimum=0,
        maximum=3600,
    ),
    Setting("projector_clock", bool, False, "show the time of day on the projector"),
    Setting(
        "chime_before_end_seconds",
        int,
        30,
        "soft chime this many seconds before the end",
        minimum=0,
        maximum=600,
    ),
    Setting("sound_volume", int, 70, "chime volume (percent)", minimum=0, maximum=100),
    Setting("sound_muted", bool, False, "no chimes at all"),
    Setting("flash_overtime", bool, False, "make the projector flash in overtime"),
    Setting(
        "phones_port", int, 8765, "port the phones' door listens on", minimum=1024, maximum=65535
    ),
    Setting(
        "phones_address",
        str,
        "0.0.0.0",
        "address the phones' door listens on (0.0.0.0: every network of the laptop)",
    ),
    Setting(
        "report_language",
        str,
        "workshop",
        "language of the printed documents: the workshop's own, or always French or English",
        choices=("workshop", "fr", "en"),
    ),
    Setting(
        "personal_data_months",
        int,
        0,
        "months after a workshop's last day when its contact details go and names come off "
        "its outputs (0: never)",
        minimum=0,
        maximum=240,
    ),
    Setting(
        "attendance_months",
        int,
        0,
        "months after a workshop's last day when its roster and attendance go (0: never)",
        minimum=0,
        maximum=240,
    ),
    Setting(
        "data_folder",
        str,
        "",
        "the data folder chosen in the settings, read in the standard folder's settings only "
        "(empty: the standard folder; --data-dir wins)",
    ),
    Setting("tour_seen", bool, False, "the first-start tour was shown"),
    Setting(
        "backups_kept",
        int,
        10,
        "how many routine backups are kept (those before an update or at a workshop's end "
        "are kept apart)",
        minimum=1,
        maximum=100,
    ),
    Setting(
        "organisation_server",
        str,
        "",
        "the organisation library's server, a SQLAlchemy URL without its password "
        "(docs/organisation.md); empty: no shared library",
    ),
    Setting(
        "organisation_author",
        str,
        "",
        "the name shown beside what this laptop publishes (empty: the login name)",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        if path is not None and path.exists():
            self._load(path)

    @classmethod
    def in_data_dir(cls, directory: Path) -> Settings:
        return cls(directory / SETTINGS_FILENAME)

    def _load(self, path: Path) -> None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return
        if not isinstance(raw, dict):
            return
        for name, value in raw.items():
            setting = _BY_NAME.get(name)
            if setting is not None and setting.accepts(value):
                self._values[name] = setting.type(value)

    def get(self, name: str) -> Any:
        return self._values[_BY_NAME[name].name]

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME.get(name)
        if setting is None:
            raise KeyError(name)
        if not setting.accepts(value):
            raise ValueError(f"invalid value for {name}: {value!r}")
        self._values[name] = value
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.path) as temporary:
            temporary.write_text(json.dumps(self._values, indent=2, sort_keys=True), "utf-8")
