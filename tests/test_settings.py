"""Settings are declared once, validated on load, and saved atomically."""

from __future__ import annotations

import json

import pytest

from facilitator_app.settings import SETTINGS, Settings


def test_defaults_when_there_is_no_file(tmp_path):
    settings = Settings.in_data_dir(tmp_path)
    assert settings.get("language") == "auto"
    assert settings.get("chime_before_end_seconds") == 30


def test_a_value_set_survives_a_restart(tmp_path):
    Settings.in_data_dir(tmp_path).set("language", "fr")
    assert Settings.in_data_dir(tmp_path).get("language") == "fr"


def test_bad_values_in_the_file_fall_back_to_defaults(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"language": "klingon", "sound_volume": 400, "sound_muted": "yes", "x": 1})
    )
    settings = Settings.in_data_dir(tmp_path)
    assert settings.get("language") == "auto"
    assert settings.get("sound_volume") == 70
    assert settings.get("sound_muted") is False


def test_a_corrupt_settings_file_is_not_fatal(tmp_path):
    (tmp_path / "settings.json").write_text("{ not json")
    assert Settings.in_data_dir(tmp_path).get("projector_theme") == "dark"


def test_setting_an_invalid_value_is_refused(tmp_path):
    settings = Settings.in_data_dir(tmp_path)
    with pytest.raises(ValueError):
        settings.set("warning_unit", "minutes")
    with pytest.raises(KeyError):
        settings.set("nope", 1)


def test_every_setting_is_described_and_its_default_is_valid():
    for setting in SETTINGS:
        assert setting.description
        assert setting.accepts(setting.default), setting.name
