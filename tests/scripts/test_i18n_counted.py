"""scripts/i18n.py and counted messages (tr("%n card(s)", "", n)): English gets its two forms
from the "(s)", French ones are filled from a list, and a form left empty is untranslated."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec and spec.loader
script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(script)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>WallPanel</name>
    <message numerus="yes">
        <source>%n card(s) on the wall</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_english_forms_come_from_the_source():
    assert script.english_forms("%n card(s) on the wall") == [
        "%n card on the wall", "%n cards on the wall"
    ]


def test_a_counted_message_is_untranslated_until_both_french_forms_are_set(tmp_path, monkeypatch):
    monkeypatch.setattr(script, "I18N", tmp_path)
    monkeypatch.setattr(script, "ROOT", tmp_path)
    french = tmp_path / "capture_fr.ts"
    french.write_text(TS.format(language="fr"), encoding="utf-8")
    assert script.untranslated(french) == ["%n card(s) on the wall"]
    mapping = tmp_path / "fr.json"
    mapping.write_text(json.dumps(
        {"WallPanel": {"%n card(s) on the wall": ["%n carte au mur", "%n cartes au mur"]}}
    ), encoding="utf-8")
    script.fill("capture", mapping)
    assert script.untranslated(french) == []
    assert "<numerusform>%n cartes au mur</numerusform>" in french.read_text(encoding="utf-8")


def test_the_english_file_translates_a_counted_message_by_itself(tmp_path):
    english = tmp_path / "capture_en.ts"
    english.write_text(TS.format(language="en"), encoding="utf-8")
    script._english_is_its_own_translation(english)
    assert script.untranslated(english) == []
    assert "<numerusform>%n card on the wall</numerusform>" in english.read_text(encoding="utf-8")
