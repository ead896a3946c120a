"""The three tiers of errors: what the user got wrong, what storage refused, and bugs.

The domain raises these; only the UI (a message box, the status bar) and the CLI (one line on
stderr, exit code 2) decide how to show them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def _english(template: str, params: dict[str, Any]) -> str:
    return template.format(**params) if params else template


class Phrase(str):
    """A sentence for the user inside a message (the problem of a file, the detail of a
    refusal): an English template with {placeholders} and its parameters. It is the English
    text (a str), so code that reads it as text goes on working; the window translates it with
    the message that holds it (the i18n script collects `Phrase("...")` templates too)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Phrase:
        phrase = super().__new__(cls, _english(template, params))
        phrase.template = template
        phrase.params = params
        return phrase


# Between the phrases of a list. French puts a narrow no-break space before a semicolon.
SEPARATOR = Phrase("; ")


class Listing(Phrase):
    """Several phrases shown as one, separated by semicolons ("unknown key; missing")."""

    items: tuple[str, ...]

    def __new__(cls, items: Iterable[str]) -> Listing:
        listed = tuple(items)
        listing = str.__new__(cls, SEPARATOR.join(listed))
        listing.template = ""
        listing.params = {}
        listing.items = listed
        return listing


class FacilitatorError(Exception):
    """Base of the errors we raise on purpose. The message is an English template with
    {placeholders} and its parameters, so the window can show it in the user's language (the
    i18n script collects the templates into the "core" catalogue); `str()` is the English.
    A parameter may be a Phrase: it is translated with the message."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(_english(template, params))


class UserError(FacilitatorError):
    """Bad input from the user: a wrong name, a malformed file. Shown as a message."""


class NotFoundError(UserError):
    """A workshop, item or participant the user named does not exist."""


class StorageError(FacilitatorError):
    """The database could not do what was asked (disk full, read-only, locked)."""


class DatabaseRefused(StorageError):
    """We will not open this file; it is left exactly as it is. `detail` says why (a Phrase:
    the English text, translated by the window)."""

    reason = "refused"

    def __init__(self, path: Path | str, template: str, /, **params: Any) -> None:
        self.path = Path(path) if not isinstance(path, Path) else path
        self.detail = Phrase(template, **params)
        super().__init__("{path}: {detail}", path=str(self.path), detail=self.detail)


class CorruptDatabase(DatabaseRefused):
    reason = "corrupt"


class NotOurDatabase(DatabaseRefused):
    reason = "foreign"


class NewerSchema(DatabaseRefused):
    reason = "newer-schema"


class NotADatabaseFile(DatabaseRefused):
    """A folder (or another kind of non-file) is where the database file should be."""

    reason = "not-a-file"


class ChosenFolderMissing(StorageError):
    """The data folder chosen in the settings is not there (a removable disk not plugged in,
    a network share not mounted). Never made anew in its place: the user would find an empty
    app and think their workshops lost."""

    def __init__(self, folder: Path | str, standard: Path | str) -> None:
        self.folder = Path(folder)
        self.standard = Path(standard)
        super().__init__(
            "the data folder chosen in the settings, {folder}, is not there (a disk that is "
            "not plugged in?): plug it in and start again, or start with --data-dir {standard} "
            "to use the standard folder",
            folder=str(self.folder),
            standard=str(self.standard),
        )


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
    """A server's schema (the workshops on PostgreSQL, or the organisation library) is older
    than the one this version knows, or not set up. It is shared by several laptops, so it is
    never migrated by whichever one connects first: it is left as it is, and the message names
    the command that migrates it (after a backup)."""

    older = True


class ServerSchemaNewer(ServerSchemaRefused):
    """A server's schema was set up by a newer version: this laptop needs that version."""

    older = False
