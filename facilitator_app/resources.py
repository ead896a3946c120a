"""Where the shipped resources (icons, fonts, sounds, translations, tool texts) live.

Installed, they sit inside the package (facilitator_app/resources); in a source checkout they
are the top-level resources/ folder. Nothing is ever downloaded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "i18n").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
