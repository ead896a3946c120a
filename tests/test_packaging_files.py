"""The installers' files agree with the one identity module (facilitator_app/__init__.py):
the PyInstaller spec reads it, the Inno Setup script copies it, and every resource folder and
the migrations are named in the spec."""

from __future__ import annotations

import re
from pathlib import Path

import facilitator_app

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_the_windows_installer_has_the_identity_of_the_app():
    script = (PACKAGING / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    defined = dict(re.findall(r'^#define (\w+) "([^"]*)"', script, flags=re.MULTILINE))
    assert defined["AppId"] == facilitator_app.APP_ID
    assert defined["AppName"] == facilitator_app.APP_NAME
    assert defined["AppSlug"] == facilitator_app.APP_SLUG
    assert defined["AppVersion"] == facilitator_app.__version__
    assert "PrivilegesRequired=lowest" in script  # a locked-down laptop has no admin rights


def test_the_spec_reads_the_identity_and_carries_every_resource_and_the_migrations():
    spec = (PACKAGING / "facilitator.spec").read_text(encoding="utf-8")
    assert "facilitator_app.__version__" in spec and "facilitator_app.APP_ID" in spec
    assert '(str(ROOT / "resources"), "facilitator_app/resources")' in spec
    for piece in ('"env.py"', '"script.py.mako"', '"versions"', 'rglob("migrations/env.py")'):
        assert piece in spec
    assert "BUNDLE(" in spec  # the macOS application bundle


def test_every_migrations_folder_is_found_by_the_spec():
    """The spec takes every folder with an Alembic env.py; each holds what the spec copies."""
    package = ROOT / "facilitator_app"
    folders = sorted(p.parent for p in package.rglob("migrations/env.py"))
    assert len(folders) >= 1
    for folder in folders:
        assert (folder / "script.py.mako").is_file() and (folder / "versions").is_dir()


def test_the_modules_loaded_by_name_are_in_the_bundle():
    spec = (PACKAGING / "facilitator.spec").read_text(encoding="utf-8")
    # Every module of the package goes in (a walk over the package), the CLI's command modules
    # are read from the CLI itself, and the chimes' Qt module is named.
    assert 'PACKAGE.rglob("*.py")' in spec
    assert "*COMMAND_MODULES" in spec
    assert '"PySide6.QtMultimedia"' in spec


def test_the_windows_and_macos_icons_are_the_drawing_of_the_linux_one(qapp):
    """Made by packaging/make_icons.py from the SVG: every size the systems ask for, and the
    same picture (a changed SVG without new icons fails here)."""
    from PIL import Image, ImageChops, ImageStat

    make_icons = _load(PACKAGING / "make_icons.py")
    with Image.open(make_icons.ICO) as ico, Image.open(make_icons.ICNS) as icns:
        assert set(ico.info["sizes"]) == {(s, s) for s in make_icons.ICO_SIZES}
        assert icns.size == (make_icons.ICNS_SIZE, make_icons.ICNS_SIZE)
        ico.size = (256, 256)
        pairs = [(ico.convert("RGBA"), make_icons.render(256))]
        icns.load()  # its largest picture; compared at a size that keeps the test quick
        pairs.append((icns.resize((128, 128)), make_icons.render(1024).resize((128, 128))))
    for shipped, fresh in pairs:
        difference = ImageStat.Stat(ImageChops.difference(shipped.convert("RGBA"), fresh))
        assert max(difference.mean) < 4, f"an icon ({shipped.size}) differs from the SVG"


def _load(path: Path):
    # packaging/ is not a package (and its name is PyPI's `packaging`): loaded by path.
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
