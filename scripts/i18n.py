"""Translations: one Qt Linguist .ts per screen area and language, compiled to .qm.

    python scripts/i18n.py update [AREA ...]   extract strings (keeps existing translations)
    python scripts/i18n.py release             compile every .ts to its .qm
    python scripts/i18n.py status              list areas and untranslated French strings
    python scripts/i18n.py fill AREA FILE.json  set French translations from
                                               {"Context": {"source": "traduction"}}
                                               (a counted source, tr("%n card(s)", "", n):
                                               ["%n carte", "%n cartes"])

Areas: "app" is facilitator_app/ui/*.py; every sub-package of facilitator_app/ui is its own area
(ui/planner -> "planner"), so people working on different screens never edit the same .ts.
English is the source language; the English .ts marks every string as translated by itself
(a counted one gets its two forms from its "(s)": "%n card" and "%n cards").

The "core" area holds the sentences the core (no Qt) hands to the window: the labels of named
operations ("delete the step “{title}”") and the messages of the errors it raises. lupdate
cannot see them (the core does not call Qt); `core_strings()` reads them from the code with
`ast` (context "core"): @operation(name, LABEL), relabel(LABEL, ...), Message(TEMPLATE, ...),
Phrase(TEMPLATE, ...), a tool checker's fail(key, TEMPLATE, ...), and every error class derived
from FacilitatorError, at the place of its constructor's `template` argument (and the template
a class hands to `super().__init__`), with a literal string.
"""

from __future__ import annotations

import ast
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
# Calls whose argument at this position is a core sentence, besides our error classes.
CORE_CALLS = {"operation": 1, "relabel": 0, "Message": 0, "Phrase": 0, "fail": 1}
ERROR_BASE = "FacilitatorError"


def core_trees() -> dict[Path, ast.Module]:
    """Every module of the core (not the UI, not the migrations), parsed."""
    package = ROOT / "facilitator_app"
    return {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(package.rglob("*.py"))
        if UI not in path.parents and "migrations" not in path.parts
    }


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def error_classes(trees: dict[Path, ast.Module]) -> dict[str, int | None]:
    """Our error classes (FacilitatorError and those derived from it) and the position of the
    template among their constructor's arguments; None for a class that writes its own
    template (ReadOnlyData) and takes none."""
    pending = {
        node.name: node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    found: dict[str, int | None] = {}
    while True:
        ready = [
            node
            for name, node in pending.items()
            if name == ERROR_BASE or any(_name(b) in found for b in node.bases)
        ]
        if not ready:
            return found
        for node in ready:
            parents = [_name(b) for b in node.bases if _name(b) in found]
            found[node.name] = found[parents[0]] if parents else 0  # inherited
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    names = [a.arg for a in [*item.args.posonlyargs, *item.args.args][1:]]
                    found[node.name] = names.index("template") if "template" in names else None
            del pending[node.name]


def template_arguments(
    tree: ast.Module, errors: dict[str, int | None]
) -> list[tuple[ast.Call, str, ast.expr | None]]:
    """(call, what is called, its template argument or None when it is missing) for every
    call that hands the window a sentence: our error classes, `super().__init__` inside them,
    and CORE_CALLS."""
    found: list[tuple[ast.Call, str, ast.expr | None]] = []

    def position_of(call: ast.Call, error_class: ast.ClassDef | None) -> tuple[str, int | None]:
        name = _name(call.func)
        is_super = (
            name == "__init__"
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Call)
            and _name(call.func.value.func) == "super"
        )
        if is_super and error_class is not None:
            bases = [_name(b) for b in error_class.bases if _name(b) in errors]
            return f"super() in {error_class.name}", errors[bases[0]] if bases else None
        if name in errors:
            return name, errors[name]
        return name, CORE_CALLS.get(name)

    def visit(node: ast.AST, error_class: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            inside = error_class
            if isinstance(child, ast.ClassDef):
                inside = child if child.name in errors else None
            if isinstance(child, ast.Call):
                name, position = position_of(child, error_class)
                if position is not None:
                    argument = child.args[position] if len(child.args) > position else None
                    found.append((child, name, argument))
            visit(child, inside)

    visit(tree, None)
    return found


def literal(argument: ast.expr | None) -> str | None:
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value
    return None


def core_strings() -> list[str]:
    """The core's sentences for the window, in the order they appear in the code."""
    found: dict[str, None] = {}
    trees = core_trees()
    errors = error_classes(trees)
    for tree in trees.values():
        for _call, _called, argument in template_arguments(tree, errors):
            text = literal(argument)
            if text and text.strip():
                found[text] = None
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
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            _set_forms(translation, english_forms(source.text or ""))
        else:
            translation.text = source.text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def english_forms(source: str) -> list[str]:
    """A counted English source ("%n card(s) on the wall") in its two forms: one, many."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def _set_forms(translation: ET.Element, forms: list[str]) -> None:
    for old in list(translation):
        translation.remove(old)
    translation.text = None
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text


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
        if translation is not None and message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            texts = [(form.text or "").strip() for form in forms]
        else:
            texts = [(translation.text or "").strip()] if translation is not None else []
        if (
            translation is None
            or translation.get("type") in ("unfinished",)
            or not texts
            or not all(texts)
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
            wanted = table[source.text]
            if isinstance(wanted, list):  # a counted message: its French forms, one and many
                _set_forms(translation, wanted)
            else:
                translation.text = wanted
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
