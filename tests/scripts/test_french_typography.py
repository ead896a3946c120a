"""scripts/french_typography.py checks, and sets right, the French typography of every UI
translation and of every tool's French texts, without touching anything else in the files."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from facilitator_app.typography import NBSP, NNBSP

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "french_typography", ROOT / "scripts" / "french_typography.py"
)
assert spec and spec.loader
script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(script)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Page</name>
    <message>
        <source>Materials:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day:&lt;/b&gt; {n}</source>
        <translation>&lt;b&gt;Journée :&lt;/b&gt; {n} &amp;nbsp; c&apos;est ça ?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément...</numerusform>
            <numerusform>%n éléments...</numerusform>
        </translation>
    </message>
    <message>
        <source>Files (*.pdf);;All (*)</source>
        <translation>Fichiers (*.pdf);;Tous (*)</translation>
    </message>
</context>
</TS>
"""


def test_every_french_translation_and_every_tool_passes_the_check(capsys):
    assert script.check(script.default_files(with_tools=True)) == 0, capsys.readouterr().out


def test_fix_sets_the_spaces_and_changes_nothing_else(tmp_path):
    fixed = script.fix_ts(TS)
    assert f"<translation>Matériel{NBSP}:</translation>" in fixed
    assert f"&lt;b&gt;Journée{NBSP}:&lt;/b&gt; {{n}} &amp;nbsp; c&apos;est ça{NNBSP}?" in fixed
    assert "<numerusform>%n élément…</numerusform>" in fixed
    assert "<translation>Fichiers (*.pdf);;Tous (*)</translation>" in fixed
    assert "<source>Materials:</source>" in fixed  # the English source is never touched
    assert fixed.replace(NBSP, " ").replace(NNBSP, " ").replace("…", "...") == TS
    path = tmp_path / "page_fr.ts"
    path.write_text(fixed, encoding="utf-8")
    assert script.check([path]) == 0
    assert script.fix_ts(fixed) == fixed


def test_a_wrong_translation_is_reported(tmp_path, capsys):
    path = tmp_path / "page_fr.ts"
    path.write_text(TS, encoding="utf-8")
    assert script.check([path]) == 1
    out = capsys.readouterr().out
    assert "Materials:" in out and "no-break space" in out


def test_fix_in_a_tool_file_touches_only_the_french_tables(tmp_path):
    source = ROOT / "resources" / "tools" / "1-2-4-all.toml"
    path = tmp_path / "1-2-4-all.toml"
    shutil.copy(source, path)
    plain = path.read_text(encoding="utf-8").replace(NBSP, " ").replace(NNBSP, " ")
    assert script.fix_toml(plain) == source.read_text(encoding="utf-8")
    assert "to jot down your ideas; then we will share" in script.fix_toml(plain)  # English
