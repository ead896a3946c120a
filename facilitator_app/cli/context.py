"""What every command needs: where the data is, and the database opened on first use."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator_app.errors import UserError
from facilitator_app.paths import DATABASE_URL_ENV, choose_data_dir, data_dir
from facilitator_app.settings import Settings
from facilitator_app.storage.location import Location

if TYPE_CHECKING:  # the database layer is imported on first use (the window starts faster)
    from facilitator_app.storage.database import Database


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._database: Database | None = None
        # --data-dir also decides where the tools cache goes, for as long as this command runs.
        self._previous_data_dir = choose_data_dir(getattr(args, "data_dir", None))

    @property
    def data_dir(self) -> Path:
        return data_dir(getattr(self.args, "data_dir", None))

    def use_data_dir(self, folder: Path) -> None:
        """This run on `folder`, as if it had been given with --data-dir."""
        self.args.data_dir = str(folder)
        choose_data_dir(folder)

    @property
    def language(self) -> str | None:
        return getattr(self.args, "lang", None)

    @property
    def location(self) -> Location:
        url = getattr(self.args, "database", None) or os.environ.get(DATABASE_URL_ENV)
        if url:
            return Location.from_url(url, data_dir=self.data_dir)
        return Location.in_data_dir(self.data_dir)

    @property
    def settings(self) -> Settings:
        return Settings.in_data_dir(self.data_dir)

    def organisation_url(self, explicit: str | None = None) -> str:
        """The organisation library's server: `explicit`, else the one in the settings."""
        url = explicit or self.settings.get("organisation_server")
        if not url:
            raise UserError(
                "no organisation library is set: give its URL, or "
                "`facilitator-app organisation connect URL` first"
            )
        return url

    @property
    def db(self) -> Database:
        if self._database is None:
            from facilitator_app.storage.database import open_database

            self._database = open_database(self.location)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
        choose_data_dir(self._previous_data_dir)
