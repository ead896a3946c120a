"""Where the data is: a SQLite file in a data folder, or any SQLAlchemy URL. Kept free of
SQLAlchemy so that the window can appear before the database layer is imported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from facilitator_app.paths import backups_dir, database_path


def sqlite_url(path: str) -> str:
    return f"sqlite+pysqlite:///{path}"


def public_url(url: str) -> str:
    """The URL without its password, for messages and settings: never show a secret."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("@")[-1]
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


@dataclass(frozen=True)
class Location:
    url: str
    file: Path | None = None  # the SQLite file, when there is one
    data_dir: Path | None = None

    @classmethod
    def in_data_dir(cls, directory: Path) -> Location:
        path = database_path(directory)
        return cls(url=sqlite_url(str(path)), file=path, data_dir=directory)

    @classmethod
    def from_url(cls, url: str, data_dir: Path | None = None) -> Location:
        file = None
        if url.startswith("sqlite") and ":///" in url:
            raw = url.split(":///", 1)[1]
            if raw and raw != ":memory:":
                file = Path(raw)
        return cls(url=url, file=file, data_dir=data_dir)

    @property
    def is_server(self) -> bool:
        """A database server (PostgreSQL) rather than a file on this computer."""
        return not self.url.startswith("sqlite")

    @property
    def shown(self) -> str:
        """Where the data is, in a message: the file, or the URL without its password."""
        return str(self.file) if self.file is not None else public_url(self.url)

    @property
    def backups(self) -> Path | None:
        if self.data_dir is not None:
            return backups_dir(self.data_dir)
        if self.file is not None:
            return self.file.parent / "backups"
        return None
