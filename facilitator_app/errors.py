"""The three tiers of errors: what the user got wrong, what storage refused, and bugs.

The domain raises these; only the UI (a message box, the status bar) and the CLI (one line on
stderr, exit code 2) decide how to show them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class FacilitatorError(Exception):
    """Base of the errors we raise on purpose. The message is an English template with
    {placeholders} and its parameters, so the window can show it in the user's language (the
    i18n script collects the templates into the "core" catalogue); `str()` is the English."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class UserError(FacilitatorError):
    """Bad input from the user: a wrong name, a malformed file. Shown as a message."""


class NotFoundError(UserError):
    """A workshop, item or participant the user named does not exist."""


class StorageError(FacilitatorError):
    """The database could not do what was asked (disk full, read-only, locked)."""


class DatabaseRefused(StorageError):
    """We will not open this file; it is left exactly as it is."""

    reason = "refused"

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path) if not isinstance(path, Path) else path
        self.detail = detail
        super().__init__(f"{self.path}: {detail}")


class CorruptDatabase(DatabaseRefused):
    reason = "corrupt"


class NotOurDatabase(DatabaseRefused):
    reason = "foreign"


class NewerSchema(DatabaseRefused):
    reason = "newer-schema"


class NotADatabaseFile(DatabaseRefused):
    """A folder (or another kind of non-file) is where the database file should be."""

    reason = "not-a-file"


class ReadOnlyData(StorageError):
    """The data folder or the database file cannot be written: the app could save nothing.
    Not a refusal of the file (it is probably intact), so restoring a backup is no remedy."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            "{path} is read-only: the application cannot save anything there. Make it "
            "writable (or copy the data folder somewhere writable and start with --data-dir "
            "FOLDER), then start again",
            path=str(self.path),
        )


class ServerSchemaRefused(StorageError):
    """A server's schema (the workshops on PostgreSQL, or the organisation library) is not the
    one this version knows. It is shared by several laptops, so it is never migrated by
    whichever one connects first: it is left as it is, and the message names the command that
    migrates it (after a backup) or says that this laptop needs a newer version."""

    def __init__(self, template: str, /, *, older: bool, **params: Any) -> None:
        self.older = older
        super().__init__(template, **params)
