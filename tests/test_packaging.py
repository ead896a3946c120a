"""`pip install .` gives a working app: the wheel carries the migrations (not a package, so
easy to leave behind) and every shipped resource."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a clean copy: a build/ folder left in the tree would hide a missing file.
    source = tmp_path_factory.mktemp("source") / "project"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", ".hypothesis", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            str(source),
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("facilitator_app-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("package", ["storage", "organisation"])
def test_the_wheel_carries_the_migrations(wheel_names, package):
    versions = ROOT / "facilitator_app" / package / "migrations" / "versions"
    scripts = list(versions.glob("*.py"))
    assert scripts
    for script in scripts:
        assert f"facilitator_app/{package}/migrations/versions/{script.name}" in wheel_names
    assert f"facilitator_app/{package}/migrations/env.py" in wheel_names
    assert f"facilitator_app/{package}/migrations/script.py.mako" in wheel_names


def test_the_wheel_carries_every_resource(wheel_names):
    shipped = [
        path
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert shipped
    missing = [
        str(path.relative_to(ROOT))
        for path in shipped
        if f"facilitator_app/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        not in wheel_names
    ]
    assert not missing, missing


def test_the_wheel_declares_the_command(wheel, wheel_names):
    [entry_points] = [n for n in wheel_names if n.endswith("entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        declared = archive.read(entry_points).decode()
    assert "facilitator-app = facilitator_app.cli:main" in declared
