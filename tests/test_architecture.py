"""The rules the codebase keeps: no Qt outside ui/, one identity, heavy imports off start-up."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import facilitator_app

PACKAGE = Path(facilitator_app.__file__).resolve().parent
ROOT = PACKAGE.parent
QT_MODULES = ("PySide6", "shiboken6", "qtawesome", "qtpy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: {name}")
    assert not offenders, "core modules must not import Qt:\n" + "\n".join(offenders)


def test_timing_is_pure_clock_in_state_out():
    """The timer engine knows no database: the live run that saves it is a service."""
    forbidden = ("sqlalchemy", "facilitator_app.services", "facilitator_app.storage")
    offenders = [
        f"{path.name}: {name}"
        for path in (PACKAGE / "timing").glob("*.py")
        for name in imported_modules(path)
        if name.startswith(forbidden) or name.startswith("facilitator_app.models")
    ]
    assert not offenders, offenders


def test_the_change_bus_and_the_tools_registry_stand_below_the_services():
    """storage/ and tools/ never import services/ (they did: two import circles)."""
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for folder in ("storage", "tools", "exchange", "timing")
        for path in (PACKAGE / folder).rglob("*.py")
        for name in imported_modules(path)
        if name.startswith("facilitator_app.services")
    ]
    assert not offenders, offenders


def test_the_version_is_read_from_the_identity_module():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["tool"]["setuptools"]["dynamic"]["version"]["attr"] == (
        "facilitator_app.__version__"
    )
    assert project["project"]["scripts"]["facilitator-app"] == "facilitator_app.cli:main"


def test_packaging_files_agree_with_the_identity_module():
    desktop = (ROOT / "packaging" / f"{facilitator_app.APP_ID}.desktop").read_text()
    assert f"Name={facilitator_app.APP_NAME}" in desktop
    assert "Exec=facilitator-app" in desktop
    assert f"Icon={facilitator_app.APP_ID}" in desktop
    metainfo = (ROOT / "packaging" / f"{facilitator_app.APP_ID}.metainfo.xml").read_text()
    assert f"<id>{facilitator_app.APP_ID}</id>" in metainfo
    assert f'<release version="{facilitator_app.__version__}"' in metainfo


def test_heavy_libraries_are_not_on_the_start_up_path():
    """Importing what the window needs to appear must not pull ReportLab, Alembic or jsonschema."""
    script = (
        "import sys; import facilitator_app.ui.main_window, facilitator_app.ui.launch, "
        "facilitator_app.storage.database, facilitator_app.services.workshops;"
        "heavy = [m for m in ('reportlab', 'alembic', 'jsonschema', 'hypothesis') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
