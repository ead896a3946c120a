"""French typography of the translations and the tools' data: check it, or set it right.

    python scripts/french_typography.py check [FILE ...]   list the faults, exit 1 if any
    python scripts/french_typography.py fix [FILE ...]     set the spaces, then recompile .qm

With no FILE: every resources/i18n/*_fr.ts (check also reads resources/tools/*.toml). A .ts is
read for its <translation> texts; a .toml for its [fr] and [phases.fr] texts. The rules are
facilitator_app/typography.py's: a narrow no-break space before ; ! ? %, a no-break space
before : and inside « », the one-character ellipsis. `fix` changes nothing else in the files,
so it can be re-run after merging branches that brought new French strings.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator_app.typography import faults, french  # noqa: E402

I18N = ROOT / "resources" / "i18n"
TOOLS = ROOT / "resources" / "tools"
FRENCH_TABLES = ("fr", "phases.fr")
_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.DOTALL)
_TAG = re.compile(r"(<[^<>]+>)")  # real XML tags inside a translation (numerusform)


def default_files(with_tools: bool) -> list[Path]:
    files = sorted(I18N.glob("*_fr.ts"))
    return files + sorted(TOOLS.glob("*.toml")) if with_tools else files


# -- reading -----------------------------------------------------------------------------------
def ts_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for every French translation of a .ts file."""
    found = []
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            if form.text:
                found.append((source[:50], form.text))
    return found


def toml_texts(path: Path) -> list[tuple[str, str]]:
    """(key, text) for every French text of a tool's data file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = [(f"fr.{k}", v) for k, v in _strings(data.get("fr", {}))]
    for index, phase in enumerate(data.get("phases", [])):
        found += [(f"phases[{index}].fr.{k}", v) for k, v in _strings(phase.get("fr", {}))]
    return found


def _strings(table: Any) -> list[tuple[str, str]]:
    if not isinstance(table, dict):
        return []
    return [(k, v) for k, v in table.items() if isinstance(v, str)]


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def check(paths: list[Path]) -> int:
    problems = 0
    for path in paths:
        texts = ts_texts(path) if path.suffix == ".ts" else toml_texts(path)
        for where, text in texts:
            for fault in faults(text):
                problems += 1
                print(f"{_shown(path)}: {where}: {fault}")
    print(f"{problems} fault(s) in {len(paths)} file(s)")
    return 1 if problems else 0


# -- fixing ------------------------------------------------------------------------------------
def fix_ts(text: str) -> str:
    """Each <translation> set right; the XML around it, and its escaping, left as it was."""

    def one(match: re.Match[str]) -> str:
        inner = match.group(2)
        pieces = _TAG.split(inner)
        for index in range(0, len(pieces), 2):  # even pieces are text, odd ones are tags
            pieces[index] = _escape(french(html.unescape(pieces[index])), pieces[index])
        return match.group(1) + "".join(pieces) + match.group(3)

    return _TRANSLATION.sub(one, text)


def _escape(text: str, original: str) -> str:
    """Escaped as Qt's lupdate writes it (quotes only where the original escaped them)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "&apos;" in original:
        text = text.replace("'", "&apos;")
    if "&quot;" in original:
        text = text.replace('"', "&quot;")
    return text


def fix_toml(text: str) -> str:
    """The French tables' string values set right, line by line; keys, comments and the other
    tables untouched."""
    out = []
    table = ""
    multiline = False
    for line in text.splitlines(keepends=True):
        if multiline:
            end = line.find('"""')
            if end < 0:
                out.append(french(line) if table in FRENCH_TABLES else line)
                continue
            multiline = False
            head = french(line[:end]) if table in FRENCH_TABLES else line[:end]
            out.append(head + line[end:])
            continue
        header = re.match(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*$", line)
        if header:
            table = header.group(1)
            out.append(line)
            continue
        value = re.match(r'^(\s*[A-Za-z0-9_\-]+\s*=\s*)(""")?(")?(.*?)(")?(\s*)$', line, re.DOTALL)
        if not value or table not in FRENCH_TABLES:
            out.append(line)
            continue
        key, triple, opening, body, closing, rest = value.groups()
        if triple:
            if body.endswith('"""'):
                out.append(key + '"""' + french(body[:-3]) + '"""' + rest)
            else:
                multiline = True
                out.append(key + '"""' + french(body) + rest)
        elif opening and closing:
            out.append(key + '"' + french(body) + '"' + rest)
        else:
            out.append(line)
    return "".join(out)


def fix(paths: list[Path]) -> int:
    changed = []
    for path in paths:
        before = path.read_text(encoding="utf-8")
        after = fix_ts(before) if path.suffix == ".ts" else fix_toml(before)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed.append(path)
            print(f"fixed {_shown(path)}")
    if any(p.suffix == ".ts" for p in changed):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "release"], check=True)
    print(f"{len(changed)} file(s) changed")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "fix"):
        print(__doc__)
        return 2
    paths = [Path(a).resolve() for a in argv[1:]] or default_files(with_tools=argv[0] == "check")
    return check(paths) if argv[0] == "check" else fix(paths)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
