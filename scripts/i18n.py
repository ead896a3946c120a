"""Translations: one Qt Linguist .ts per screen area and language, compiled to .qm.

    python scripts/i18n.py update [AREA ...]   extract strings (keeps existing translations)
    python scripts/i18n.py release             compile every .ts to its .qm
    python scripts/i18n.py status              list areas and untranslated French strings
    python scripts/i18n.py fill AREA FILE.json  set French translations from
                                               {"Context": {"source": "traduction"}}

Areas: "app" is facilitator_app/ui/*.py; every sub-package of facilitator_app/ui is its own area
(ui/planner -> "planner"), so people working on different screens never edit the same .ts.
English is the source language; the English .ts marks every string as translated by itself.

The "core" area holds the sentences the core (no Qt) hands to the window: the labels of named
operations ("delete the step “{title}”") and the messages of the errors it raises. lupdate
cannot see them (the core does not call Qt); `core_strings()` reads them from the code with
`ast` (context "core"): @operation(name, LABEL), relabel(LABEL, ...), Message(TEMPLATE, ...),
SomethingError(TEMPLATE, ...) and an error's own super().__init__(TEMPLATE, ...) with a
literal string.
"""

from __future__ import annotations

import ast
import builtins
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "facilitator_app" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "en")
BIN = Path(sys.executable).parent


def areas() -> dict[str, list[Path]]:
    found = {"app": sorted(UI.glob("*.py"))}
    for package in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[package.name] = sorted(package.rglob("*.py"))
    return found


CORE = "core"
CORE_CALLS = ("relabel", "Message")


def _on_super(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def _first_parameter(node: ast.ClassDef) -> str | None:
    """The name of the first argument of the class's own __init__ after self, if it has one."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            arguments = [*item.args.posonlyargs, *item.args.args][1:]
            return arguments[0].arg if arguments else ""
    return None


def _error_classes(trees: list[ast.AST]) -> set[str]:
    """Our error classes that take a message template first, whatever their names:
    FacilitatorError and what derives from it without changing its first argument."""
    bases: dict[str, set[str]] = {}
    first: dict[str, str | None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                first[node.name] = _first_parameter(node)
    known = {"FacilitatorError"}
    while True:
        more = {
            name
            for name, parents in bases.items()
            if parents & known and first.get(name) in (None, "template")
        } - known
        if not more:
            return known
        known |= more


def core_strings() -> list[str]:
    """The core's sentences for the window, in the order they appear in the code."""
    found: dict[str, None] = {}
    package = ROOT / "facilitator_app"
    paths = [
        path
        for path in sorted(package.rglob("*.py"))
        if UI not in path.parents and "migrations" not in path.parts
    ]
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    errors = _error_classes(trees)
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.id
                if isinstance(node.func, ast.Name)
                else node.func.attr
                if isinstance(node.func, ast.Attribute)
                else ""
            )
            position = 1 if name == "operation" else 0
            ours = name in errors or (name.endswith("Error") and not hasattr(builtins, name))
            # An error class of ours that builds its own message: super().__init__(TEMPLATE).
            ours = ours or (name == "__init__" and _on_super(node.func))
            wanted = name == "operation" or name in CORE_CALLS or ours
            if not wanted or len(node.args) <= position:
                continue
            argument = node.args[position]
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            if literal and argument.value.strip():
                found[argument.value] = None
    return list(found)


def update_core() -> None:
    """Rewrite core_*.ts with the core's sentences, keeping the translations already made."""
    strings = core_strings()
    for language in LANGUAGES:
        target = ts_path(CORE, language)
        known: dict[str, str] = {}
        if target.exists():
            for message in ET.parse(target).iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source and translation is not None and translation.get("type") is None:
                    known[source] = translation.text or ""
        root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CORE
        for text in strings:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if language == "en":
                translation.text = text
            elif text in known:
                translation.text = known[text]
            else:
                translation.set("type", "unfinished")
        ET.indent(root, space="    ")
        ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
        print(f"updated {target.relative_to(ROOT)}")


def ts_path(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def update(selected: list[str]) -> None:
    all_areas = areas()
    if not selected or CORE in selected:
        update_core()
    for area in [a for a in selected if a != CORE] or ([] if selected else list(all_areas)):
        sources = all_areas[area]
        for language in LANGUAGES:
            target = ts_path(area, language)
            subprocess.run(
                [
                    str(BIN / "pyside6-lupdate"),
                    *map(str, sources),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-ts",
                    str(target),
                ],
                check=True,
                capture_output=True,
            )
            if language == "en":
                _english_is_its_own_translation(target)
            print(f"updated {target.relative_to(ROOT)}")


def _english_is_its_own_translation(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compiled beside the target then renamed over it: a running app may be reading the
    .qm (it maps the file), and a half-written one crashes it."""
    partial = qm.with_name(f".{qm.name}.part")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)],
        check=True,
        capture_output=True,
    )
    if qm.exists() and qm.read_bytes() == partial.read_bytes():
        partial.unlink()
        return
    os.replace(partial, qm)


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


def untranslated(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if (
            translation is None
            or translation.get("type") in ("unfinished",)
            or not (translation.text or "").strip()
        ):
            missing.append(source.text if source is not None and source.text else "?")
    return missing


def status() -> int:
    problems = 0
    for area in [*areas(), CORE]:
        ts = ts_path(area, "fr")
        if not ts.exists():
            print(f"{area}: no French .ts yet")
            problems += 1
            continue
        missing = untranslated(ts)
        problems += len(missing)
        print(f"{area}: {len(missing)} untranslated")
        for text in missing[:20]:
            print(f"    {text!r}")
    return 1 if problems else 0


def fill(area: str, mapping_file: Path) -> None:
    import json

    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path(area, "fr")
    tree = ET.parse(path)
    done = 0
    for context in tree.iter("context"):
        name_node = context.find("name")
        table = mapping.get(name_node.text if name_node is not None and name_node.text else "", {})
        for message in context.iter("message"):
            source = message.find("source")
            translation = message.find("translation")
            if source is None or translation is None or source.text not in table:
                continue
            translation.text = table[source.text]
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path.relative_to(ROOT)}: {done} translations set")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest)
    elif command == "release":
        release()
    elif command == "fill" and len(rest) == 2:
        fill(rest[0], Path(rest[1]))
    elif command == "status":
        return status()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
