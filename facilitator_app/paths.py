"""Where the user's data lives: --data-dir, then $FACILITATOR_APP_DATA_DIR, then the platform's
user data folder; the last two ("the standard folder") may hold, in their settings, the folder
the user chose instead in the settings dialog (facilitator_app/data_folder.py)."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator_app import APP_SLUG
from facilitator_app.settings import Settings

DATA_DIR_ENV = "FACILITATOR_APP_DATA_DIR"
DATABASE_URL_ENV = "FACILITATOR_APP_DATABASE"
DATABASE_FILENAME = "facilitator.sqlite3"


# The folder a command was given (--data-dir), for the code that does not see the command line
# (the tools cache): everything the app writes follows the folder the user chose.
_chosen: Path | None = None


def choose_data_dir(override: str | os.PathLike[str] | None) -> Path | None:
    """Make `override` the data folder of this run (None forgets it); returns the previous."""
    global _chosen
    previous = _chosen
    _chosen = Path(override).expanduser().resolve() if override else None
    return previous


def data_dir_given() -> bool:
    """Whether this run was given its folder (--data-dir): then the settings' choice waits."""
    return _chosen is not None


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    if _chosen is not None:
        return _chosen
    home = home_data_dir()
    moved = Settings.in_data_dir(home).get("data_folder")
    if not moved:
        return home
    if not Path(moved).is_dir():
        from facilitator_app.errors import ChosenFolderMissing

        raise ChosenFolderMissing(moved, home)
    return Path(moved)


def home_data_dir() -> Path:
    """The standard folder: where the data is unless the user chose another."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILENAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def logs_dir(directory: Path) -> Path:
    return directory / "logs"
